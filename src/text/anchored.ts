// Anchored scanning: a sticky pattern tried only where a cheap search says a match can start, instead of at every
// character. Given every position where a match can start, the result is what a global search finds.

/** Every position of any of `literals` in `text`, ascending. indexOf finds a string many times faster than a regex
 * search moves through text, so a pattern that starts with rare ones is best tried only there. */
export function positionsOf(text: string, ...literals: string[]): number[] {
  const positions: number[] = [];
  for (const literal of literals) {
    for (let i = text.indexOf(literal); i !== -1; i = text.indexOf(literal, i + 1)) positions.push(i);
  }
  return literals.length > 1 ? positions.sort((a, b) => a - b) : positions;
}

/**
 * Tries the sticky `pattern` at each of `starts` (ascending) that is not inside an earlier match. `read` takes a
 * match and returns where the next may start (its end, or less when the reader gives back a trailing word).
 */
export function readAt(text: string, pattern: RegExp, starts: Iterable<number>, read: (m: RegExpExecArray) => number): void {
  let from = 0;
  for (const at of starts) {
    if (at < from) continue;
    pattern.lastIndex = at;
    const m = pattern.exec(text);
    if (m) from = read(m);
  }
}
