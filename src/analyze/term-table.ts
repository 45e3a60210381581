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

// Blocks of this many bytes: few enough objects for a corpus of any size, and a handle (block × BLOCK + offset)
// that stays a small integer for the first two gigabytes.
const BLOCK = 1 << 20;

/**
 * Lists of whole numbers (0 to 2³¹ - 1) packed end to end in shared blocks of bytes, 7 bits a byte, so a small
 * number takes one byte: a corpus's per-article lists cost their bytes, not a typed array (and its ~150 bytes of
 * bookkeeping) each. A list is known by the handle `add` returns.
 */
export class PackedLists {
  private readonly blocks: Uint8Array[] = [];
  private used = BLOCK;
  /** The most numbers any list holds: the size a buffer `read` fills must have. */
  longest = 0;

  add(values: ArrayLike<number>): number {
    // The length first, then the values: at most 5 bytes each.
    const most = 5 * (values.length + 1);
    if (this.blocks.length === 0 || this.used + most > this.blocks[this.blocks.length - 1].length) {
      this.blocks.push(new Uint8Array(Math.max(BLOCK, most)));
      this.used = 0;
    }
    const index = this.blocks.length - 1;
    const block = this.blocks[index];
    const start = this.used;
    let at = writeNumber(block, start, values.length);
    for (let k = 0; k < values.length; k++) at = writeNumber(block, at, values[k]);
    this.used = at;
    this.longest = Math.max(this.longest, values.length);
    return index * BLOCK + start;
  }

  /** The list `handle` names, into `into` (which must hold `longest` numbers); returns how many there are. */
  read(handle: number, into: Int32Array): number {
    const block = this.blocks[Math.floor(handle / BLOCK)];
    let at = handle % BLOCK;
    let length = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = block[at++];
      length |= (byte & 0x7f) << shift;
      if (byte < 0x80) break;
    }
    for (let k = 0; k < length; k++) {
      let value = 0;
      for (let shift = 0; ; shift += 7) {
        const byte = block[at++];
        value |= (byte & 0x7f) << shift;
        if (byte < 0x80) break;
      }
      into[k] = value;
    }
    return length;
  }

  /** The first number of the list `handle` names (which must not be empty). */
  first(handle: number): number {
    const block = this.blocks[Math.floor(handle / BLOCK)];
    let at = handle % BLOCK;
    while (block[at++] >= 0x80);
    let value = 0;
    for (let shift = 0; ; shift += 7) {
      const byte = block[at++];
      value |= (byte & 0x7f) << shift;
      if (byte < 0x80) return value;
    }
  }

  /** Bytes held, blocks included whole. */
  get bytes(): number {
    return this.blocks.reduce((sum, b) => sum + b.length, 0);
  }
}

function writeNumber(block: Uint8Array, at: number, value: number): number {
  if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) throw new RangeError(`cannot pack ${value}`);
  while (value >= 0x80) {
    block[at++] = (value & 0x7f) | 0x80;
    value >>>= 7;
  }
  block[at++] = value;
  return at;
}
