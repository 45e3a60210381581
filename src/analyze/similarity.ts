// How alike two articles are: Jaccard overlap of the entities they name, and cosine similarity of their TF-IDF
// vectors, weighted as natural's TfIdf weighs them (count × (1 + ln(N / (1 + df)))) but from term numbers and
// document frequencies: natural keeps every document as an object and scans them all for each term's idf, which
// a corpus of thousands of articles cannot afford. Our own tokens: natural's split "¥1.5" and know no policy words.

import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokens.js';
import type { PackedLists } from './term-table.js';

/** |A ∩ B| / |A ∪ B|; 0 when both are empty (nothing shared, nothing to compare). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/** The content word a token counts as (lower-cased), or undefined for function words, numbers and one-letter tokens. */
function contentTerm(word: string): string | undefined {
  const term = word.toLowerCase().replace(/’/g, "'");
  return term.length < 2 || /^\p{N}/u.test(term) || STOPWORDS.has(term) ? undefined : term;
}

/**
 * Content words of a text, counted: lower-cased, without function words, numbers and one-letter tokens. This is
 * all the similarity keeps of an article.
 */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text: word } of tokenize(text)) {
    const term = contentTerm(word);
    if (term !== undefined) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Terms numbered across a corpus in the order first seen, so an article's words are kept as numbers. */
export class Vocabulary {
  private readonly numbers = new Map<string, number>();

  get size(): number {
    return this.numbers.size;
  }

  numberOf(term: string): number {
    let n = this.numbers.get(term);
    if (n === undefined) this.numbers.set(term, (n = this.numbers.size));
    return n;
  }
}

/** An article's content words as counts: term numbers (of a Vocabulary) in increasing order, and how often each. */
export interface TermCounts {
  terms: Int32Array;
  counts: Int32Array;
}

/** `counts` (in the order the words were first seen) numbered by `vocabulary`. */
export function numberTerms(counts: ReadonlyMap<string, number>, vocabulary: Vocabulary): TermCounts {
  const entries = [...counts].map(([term, n]) => [vocabulary.numberOf(term), n] as const).sort((a, b) => a[0] - b[0]);
  return { terms: Int32Array.from(entries, ([t]) => t), counts: Int32Array.from(entries, ([, n]) => n) };
}

/** A sparse vector: term numbers in increasing order, and their weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/** One more than the highest term number the articles use (their terms are in increasing order): the size of an
 * array indexed by term. */
export function vocabularySize(articles: readonly { terms: Int32Array }[]): number {
  return articles.reduce((max, a) => Math.max(max, a.terms.length > 0 ? a.terms[a.terms.length - 1] + 1 : 0), 0);
}

/**
 * One TF-IDF vector per article (raw term count × natural's idf, 1 + ln(N / (1 + df))), scaled to unit length so
 * that the cosine of two is their dot product. Articles must be numbered by one Vocabulary, in corpus order.
 */
export function tfidfOfCounts(articles: readonly TermCounts[]): Vector[] {
  const size = vocabularySize(articles);
  const df = new Int32Array(size);
  for (const a of articles) for (const t of a.terms) df[t]++;
  const idf = Float64Array.from(df, (n) => 1 + Math.log(articles.length / (1 + n)));
  return articles.map(({ terms, counts }) => {
    const weights = Float64Array.from(terms, (t, i) => counts[i] * idf[t]);
    const length = Math.sqrt(weights.reduce((sum, w) => sum + w * w, 0)) || 1;
    for (let i = 0; i < weights.length; i++) weights[i] /= length;
    return { terms, weights };
  });
}

/** tfidfOfCounts for articles given as term -> count maps (numbered in corpus order, as a Vocabulary would). */
export function tfidfVectors(articles: readonly Map<string, number>[]): Vector[] {
  const vocabulary = new Vocabulary();
  return tfidfOfCounts(articles.map((counts) => numberTerms(counts, vocabulary)));
}

/**
 * Unit vectors read one at a time into buffers, so that a corpus's vectors need not all exist at once (144,000
 * articles of ~350 terms: 400 MB of weights).
 */
export interface VectorSet {
  readonly count: number;
  /** One more than the highest term number. */
  readonly size: number;
  /** The most terms a vector has: the size of the buffers `read` fills. */
  readonly longest: number;
  /** Vector i's terms (in increasing order) and weights into the buffers; returns how many. */
  read(i: number, terms: Int32Array, weights: Float64Array): number;
}

/** Vectors already made, as a VectorSet. */
export function vectorList(vectors: readonly Vector[]): VectorSet {
  return {
    count: vectors.length,
    size: vocabularySize(vectors),
    longest: vectors.reduce((max, v) => Math.max(max, v.terms.length), 0),
    read(i, terms, weights) {
      terms.set(vectors[i].terms);
      weights.set(vectors[i].weights);
      return vectors[i].terms.length;
    },
  };
}

// An article's counts packed in bits, ~6 a term instead of 64: the gaps between its term numbers (in increasing
// order) in exponential-Golomb code of an order fitted to the article's mean gap (a small gap takes a few bits, a
// rare large one twice its length), then a bit saying whether the count is more than 1 (most words of an article
// are said once) and, if so, the count. The bits are stored 7 to a number, so PackedLists keeps each in a byte.
const CHUNK_BITS = 7;

class BitWriter {
  readonly chunks: number[] = [];
  private chunk = 0;
  private filled = 0;

  bit(b: number): void {
    this.chunk = (this.chunk << 1) | b;
    if (++this.filled === CHUNK_BITS) {
      this.chunks.push(this.chunk);
      this.chunk = 0;
      this.filled = 0;
    }
  }

  /** value ≥ 0 in exponential-Golomb code of order k: value + 2^k in binary, after as many 0s as it has bits past k + 1. */
  golomb(value: number, k: number): void {
    const x = value + 2 ** k;
    const top = 31 - Math.clz32(x);
    for (let i = k; i < top; i++) this.bit(0);
    for (let i = top; i >= 0; i--) this.bit((x >>> i) & 1);
  }

  finish(): number[] {
    if (this.filled > 0) this.chunks.push(this.chunk << (CHUNK_BITS - this.filled));
    return this.chunks;
  }
}

/** `counts` into `lists`; returns the handle. Term numbers must be below 2³¹. */
export function packTermCounts(lists: PackedLists, { terms, counts }: TermCounts): number {
  const n = terms.length;
  const gapAt = (k: number) => (k === 0 ? terms[0] : terms[k] - terms[k - 1] - 1);
  let sum = 0;
  for (let k = 0; k < n; k++) sum += gapAt(k);
  const mean = n > 0 ? Math.floor(sum / n) : 0;
  const order = mean > 0 ? 31 - Math.clz32(mean) : 0;
  const bits = new BitWriter();
  for (let k = 0; k < n; k++) {
    bits.golomb(gapAt(k), order);
    bits.bit(counts[k] > 1 ? 1 : 0);
    if (counts[k] > 1) bits.golomb(counts[k] - 2, 0);
  }
  return lists.add([n, order, ...bits.finish()]);
}

/** How many terms the counts packed under `handle` have. */
export function packedTermCount(lists: PackedLists, handle: number): number {
  return lists.first(handle);
}

/** Reads the bits BitWriter stored, from 7-bit chunks, several at a time. */
class BitReader {
  private chunks: Int32Array = new Int32Array(0);
  private next = 0;
  // The bits read from chunks and not yet taken: the low `have` of `held`.
  private held = 0;
  private have = 0;

  start(chunks: Int32Array, at: number): void {
    this.chunks = chunks;
    this.next = at;
    this.held = 0;
    this.have = 0;
  }

  /** The next `count` bits (at most 24) as a number. */
  bits(count: number): number {
    if (this.have < count) this.fill(count);
    this.have -= count;
    return (this.held >>> this.have) & ((1 << count) - 1);
  }

  /** At least `least` (at most 24) bits held. Past the list come stale chunks or zeros: never taken, every code ends within it. */
  private fill(least: number): void {
    while (this.have < least) {
      const chunk = this.next < this.chunks.length ? this.chunks[this.next++] : 0;
      this.held = ((this.held & ((1 << this.have) - 1)) << CHUNK_BITS) | chunk;
      this.have += CHUNK_BITS;
    }
  }

  golomb(k: number): number {
    // Most codes are short: their zeros counted at once and their bits taken at once from 24 or more held.
    this.fill(24);
    const zeros = Math.clz32(this.held << (32 - this.have));
    const length = 2 * zeros + k + 1;
    if (length <= this.have) {
      this.have -= length;
      return ((this.held >>> this.have) & ((1 << (zeros + k + 1)) - 1)) - (1 << k);
    }
    let counted = 0;
    while (this.bits(1) === 0) counted++;
    // The bits of value + 2^k below its leading 1, 24 at a time (a 31-bit number has up to 31 of them).
    let x = 1;
    for (let left = counted + k; left > 0; ) {
      const take = Math.min(left, 24);
      x = x * 2 ** take + this.bits(take);
      left -= take;
    }
    return x - 2 ** k;
  }
}

const reader = new BitReader();

/**
 * The counts packed under `handle`, into `terms` and `counts` (each of at least packedTermCount numbers; `raw` of at
 * least `lists.longest`); returns how many.
 */
export function unpackTermCounts(lists: PackedLists, handle: number, raw: Int32Array, terms: Int32Array, counts: Int32Array): number {
  lists.read(handle, raw);
  const [n, order] = [raw[0], raw[1]];
  reader.start(raw, 2);
  let term = -1;
  for (let k = 0; k < n; k++) {
    term += reader.golomb(order) + 1;
    terms[k] = term;
    counts[k] = reader.bits(1) ? reader.golomb(0) + 2 : 1;
  }
  return n;
}

/**
 * The TF-IDF vectors of articles whose counts are packed (packTermCounts), weighed as tfidfOfCounts weighs them,
 * to the last bit: each weight is worked out when read, from the count, the idf and the article's length.
 */
export class PackedVectors implements VectorSet {
  readonly count: number;
  readonly size: number;
  readonly longest: number;
  private readonly idf: Float64Array;
  private readonly lengths: Float64Array;
  private readonly raw: Int32Array;
  private readonly counts: Int32Array;

  constructor(private readonly lists: PackedLists, private readonly handles: ArrayLike<number>) {
    this.count = handles.length;
    let longest = 0;
    for (let i = 0; i < this.count; i++) longest = Math.max(longest, packedTermCount(lists, handles[i]));
    this.longest = longest;
    this.raw = new Int32Array(lists.longest);
    this.counts = new Int32Array(longest);
    const terms = new Int32Array(longest);
    let df = new Int32Array(1024);
    let size = 0;
    for (let i = 0; i < this.count; i++) {
      const n = unpackTermCounts(lists, handles[i], this.raw, terms, this.counts);
      if (n > 0) size = Math.max(size, terms[n - 1] + 1);
      while (df.length < size) {
        const grown = new Int32Array(df.length * 2);
        grown.set(df);
        df = grown;
      }
      for (let k = 0; k < n; k++) df[terms[k]]++;
    }
    this.size = size;
    this.idf = Float64Array.from(df.subarray(0, size), (d) => 1 + Math.log(this.count / (1 + d)));
    this.lengths = new Float64Array(this.count);
    for (let i = 0; i < this.count; i++) {
      const n = unpackTermCounts(lists, handles[i], this.raw, terms, this.counts);
      let squares = 0;
      for (let k = 0; k < n; k++) {
        const w = this.counts[k] * this.idf[terms[k]];
        squares += w * w;
      }
      this.lengths[i] = Math.sqrt(squares) || 1;
    }
  }

  read(i: number, terms: Int32Array, weights: Float64Array): number {
    const n = unpackTermCounts(this.lists, this.handles[i], this.raw, terms, this.counts);
    for (let k = 0; k < n; k++) weights[k] = (this.counts[k] * this.idf[terms[k]]) / this.lengths[i];
    return n;
  }
}

export function dot(a: Vector, b: Vector): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.terms.length && j < b.terms.length; ) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}
