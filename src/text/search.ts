// Binary search over sorted data: the one piece every offset lookup (lines, sentences, spans, entities) shares.

/** The first index in [0, length) where `before(i)` is false; `before` must hold for a prefix and then never. */
export function partitionPoint(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first item starting at or after `offset` (items sorted by start); `items.length` if none. */
export function firstStartingAt(items: readonly { start: number }[], offset: number): number {
  return partitionPoint(items.length, (i) => items[i].start < offset);
}
