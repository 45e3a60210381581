// An article's term counts held compactly while a corpus is read: term numbers and counts in two typed arrays
// (8 bytes a term) instead of an object per article (~45 bytes a term), turned back into an object only when the
// article's turn comes, one article at a time.

/** Counts by term key; made without a prototype, so any key is safe. */
export type TermCounts = Record<string, number>;

export const emptyCounts = (): TermCounts => Object.create(null) as TermCounts;

/** Counts packed: the keys' numbers in the order they were first counted, and how often each. */
export interface PackedCounts {
  terms: Int32Array;
  counts: Int32Array;
}

/** Numbers term keys across a corpus, to pack counts and unpack them again in the same key order. */
export class TermTable {
  private readonly numbers = new Map<string, number>();
  private readonly keys: string[] = [];

  pack(counts: TermCounts): PackedCounts {
    const keys = Object.keys(counts);
    const packed = { terms: new Int32Array(keys.length), counts: new Int32Array(keys.length) };
    keys.forEach((key, i) => {
      let n = this.numbers.get(key);
      if (n === undefined) {
        n = this.keys.push(key) - 1;
        this.numbers.set(key, n);
      }
      packed.terms[i] = n;
      packed.counts[i] = counts[key];
    });
    return packed;
  }

  unpack(packed: PackedCounts): TermCounts {
    const counts = emptyCounts();
    for (let i = 0; i < packed.terms.length; i++) counts[this.keys[packed.terms[i]]] = packed.counts[i];
    return counts;
  }
}
