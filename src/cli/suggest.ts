// "Did you mean ...?" for mistyped option values.

/** Edit distance with transpositions (optimal string alignment); both strings are short option values. */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** The closest choice, when it is close enough to be a typo. */
export function closest(word: string, choices: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const choice of choices) {
    const dist = distance(word.toLowerCase(), choice);
    if (dist < bestDistance) [best, bestDistance] = [choice, dist];
  }
  return bestDistance <= Math.max(1, Math.min(3, Math.floor(word.length / 3))) ? best : undefined;
}

/** "unknown type 'agencey' (did you mean agency?)" or "... (expected one of agency, law)". */
export function unknownChoice(what: string, word: string, choices: readonly string[]): string {
  const guess = closest(word, choices);
  return `unknown ${what} '${word}' (${guess ? `did you mean ${guess}?` : `expected one of ${choices.join(', ')}`})`;
}
