// The most similar pairs of articles by cosine, without scoring every pair: a corpus of 144,000 articles has ten
// billion pairs, and only the best few thousand are listed. An inverted index with prefix filtering (Bayardo et al.,
// "Scaling up all pairs similarity search", WWW 2007) finds every pair that can still beat the k-th best cosine
// kept so far; a cheap first guess at that cosine (pairs of articles whose heaviest words agree) makes it prune
// from the start. The result is exactly that of scoring every pair: same pairs, same scores, same order.

import type { VectorSet } from './similarity.js';
import { TopK } from './top-k.js';

export interface SimilarPair {
  /** Articles in corpus order, i < j. */
  i: number;
  j: number;
  /** Their vectors' dot product, rounded to 4 decimals. */
  cosine: number;
  /** What ranks pairs of equal cosine (the Jaccard overlap of their entities), rounded by the caller. */
  jaccard: number;
}

/** The rounding of every score shown. */
export const roundScore = (x: number) => Math.round(x * 10000) / 10000;

/** Most similar text first, then most entities in common, then corpus order. */
const ranksBefore = (x: SimilarPair, y: SimilarPair) =>
  x.cosine !== y.cosine ? x.cosine > y.cosine
  : x.jaccard !== y.jaccard ? x.jaccard > y.jaccard
  : x.i !== y.i ? x.i < y.i
  : x.j < y.j;

/** Under this many articles every pair is scored: building the index would cost more than it saves. */
export const SCORE_EVERY_PAIR_BELOW = 500;

// Bounds are summed in another order than the scores and the scores are rounded: a pair is passed over only when
// its bound is below the threshold by more than the rounding step (0.5e-4 either way) and any float error.
const MARGIN = 2e-4;

/**
 * The `listed` best pairs of unit `vectors` (most similar first; see ranksBefore). `jaccardOf(i, j)` gives the
 * tie-breaking overlap (0 to 1) of articles i < j; it is asked only of pairs that reach the list's threshold.
 */
export function mostSimilarPairs(vectors: VectorSet, listed: number, jaccardOf: (i: number, j: number) => number): SimilarPair[] {
  return vectors.count < SCORE_EVERY_PAIR_BELOW ? scoreEveryPair(vectors, listed, jaccardOf) : searchIndexed(vectors, listed, jaccardOf);
}

/** Buffers for one vector read from a VectorSet. */
class Slot {
  readonly terms: Int32Array;
  readonly weights: Float64Array;
  length = 0;

  constructor(longest: number) {
    this.terms = new Int32Array(longest);
    this.weights = new Float64Array(longest);
  }

  load(vectors: VectorSet, i: number): this {
    this.length = vectors.read(i, this.terms, this.weights);
    return this;
  }
}

/** The reference: every pair's dot product, each summed over the terms in increasing order. */
export function scoreEveryPair(vectors: VectorSet, listed: number, jaccardOf: (i: number, j: number) => number): SimilarPair[] {
  const spread = new Float64Array(vectors.size);
  const [a, b] = [new Slot(vectors.longest), new Slot(vectors.longest)];
  const top = new TopK<SimilarPair>(listed, ranksBefore);
  for (let i = 0; i < vectors.count; i++) {
    spreadOut(spread, a.load(vectors, i));
    for (let j = i + 1; j < vectors.count; j++) {
      const cosine = roundScore(dotWithSpread(spread, b.load(vectors, j)));
      // Jaccard only breaks ties: a pair less similar in text than every pair kept is out already.
      const worst = top.worst;
      if (worst && cosine < worst.cosine) continue;
      top.offer({ i, j, cosine, jaccard: jaccardOf(i, j) });
    }
    clearSpread(spread, a);
  }
  return top.sorted();
}

/**
 * The same pairs as scoreEveryPair, found through an index. Terms are ordered from the most to the least common;
 * each article indexes only its rarest terms, as many as could alone reach the threshold (its other, common terms
 * cannot add up to it), so a pair of articles that share nothing rare is never looked at.
 */
export function searchIndexed(vectors: VectorSet, listed: number, jaccardOf: (i: number, j: number) => number): SimilarPair[] {
  if (listed <= 0) return [];
  const n = vectors.count;
  const size = vectors.size;
  const v = new Slot(vectors.longest);
  const other = new Slot(vectors.longest);
  const df = new Int32Array(size);
  const maxWeight = new Float64Array(size);
  for (let x = 0; x < n; x++) {
    v.load(vectors, x);
    for (let k = 0; k < v.length; k++) {
      df[v.terms[k]]++;
      maxWeight[v.terms[k]] = Math.max(maxWeight[v.terms[k]], v.weights[k]);
    }
  }
  const rank = commonFirst(df);
  const top = new TopK<SimilarPair>(listed, ranksBefore);
  const guess = guessThreshold(vectors, listed);
  const threshold = () => Math.max(guess, top.worst?.cosine ?? 0);
  // Once every pair kept scores the most there is (cosine 1 and overlap 1: a corpus of copies), only pairs that come
  // first in corpus order can still get in: articles after the worst kept pair's first are passed over.
  const lastFirst = () => {
    const worst = top.worst;
    return worst && worst.cosine === 1 && worst.jaccard === 1 ? worst.i : n;
  };

  // Postings of the indexed terms: the articles and their weights.
  const postedArticles: number[][] = [];
  const postedWeights: number[][] = [];
  // What an article's unindexed terms can add to any dot product, at most.
  const unindexedBound = new Float64Array(n);
  const partial = new Float64Array(n);
  const lastSeenBy = new Int32Array(n).fill(-1);
  const candidates = new Int32Array(n);
  const spread = new Float64Array(size);
  const order = new Int32Array(vectors.longest);
  const keys = new Float64Array(vectors.longest);
  // bound[p]: what the article's terms order[0..p] (its most common) can add to a dot product, at most.
  const bound = new Float64Array(vectors.longest);

  for (let x = 0; x < n; x++) {
    v.load(vectors, x);
    const length = v.length;
    sortCommonFirst(v, rank, keys, order);
    let byMax = 0;
    let squares = 0;
    for (let p = 0; p < length; p++) {
      const w = v.weights[order[p]];
      byMax += w * maxWeight[v.terms[order[p]]];
      squares += w * w;
      // Capped by the largest weights any article has, and by Cauchy-Schwarz (the other vector has length 1).
      bound[p] = Math.min(byMax, Math.sqrt(squares));
    }

    // Rarest terms first: once the terms left (the more common) cannot reach the threshold, an article met only
    // through them is not worth a look.
    let floor = threshold() - MARGIN;
    let found = 0;
    for (let p = length - 1; p >= 0; p--) {
      const term = v.terms[order[p]];
      const articles = postedArticles[term];
      if (!articles) continue;
      const weights = postedWeights[term];
      const w = v.weights[order[p]];
      const admit = bound[p] >= floor;
      const last = lastFirst();
      // Postings are in corpus order.
      for (let q = 0; q < articles.length && articles[q] <= last; q++) {
        const y = articles[q];
        if (lastSeenBy[y] === x) partial[y] += w * weights[q];
        else if (admit) {
          lastSeenBy[y] = x;
          partial[y] = w * weights[q];
          candidates[found++] = y;
        }
      }
    }

    spreadOut(spread, v);
    for (let c = 0; c < found; c++) {
      const y = candidates[c];
      floor = threshold() - MARGIN;
      if (partial[y] + unindexedBound[y] < floor || y > lastFirst()) continue;
      const cosine = roundScore(dotWithSpread(spread, other.load(vectors, y)));
      if (cosine < threshold()) continue;
      top.offer({ i: y, j: x, cosine, jaccard: jaccardOf(y, x) });
    }
    clearSpread(spread, v);

    if (x > lastFirst()) continue;
    floor = threshold() - MARGIN;
    let first = 0;
    while (first < length && bound[first] < floor) first++;
    unindexedBound[x] = first > 0 ? bound[first - 1] : 0;
    for (let p = first; p < length; p++) {
      const term = v.terms[order[p]];
      (postedArticles[term] ??= []).push(x);
      (postedWeights[term] ??= []).push(v.weights[order[p]]);
    }
  }
  // A k-th best of 0 reaches pairs that share no word at all, which no index finds: then every pair is scored.
  const worst = top.worst;
  return worst && worst.cosine > 0 ? top.sorted() : scoreEveryPair(vectors, listed, jaccardOf);
}

/**
 * A cosine the k-th best pair reaches for sure: the k-th best of some real pairs, those of articles that share one
 * of their two heaviest terms and weigh it alike (neighbours once sorted by that weight). 0 if they are too few.
 */
function guessThreshold(vectors: VectorSet, listed: number): number {
  const HEAVIEST = 2;
  const n = vectors.count;
  // Enough neighbours for a few times `listed` pairs in all.
  const neighbours = 4 + Math.ceil((4 * listed) / Math.max(1, n));
  const byTerm = new Map<number, { article: number; weight: number }[]>();
  const [a, b] = [new Slot(vectors.longest), new Slot(vectors.longest)];
  for (let article = 0; article < n; article++) {
    a.load(vectors, article);
    for (const k of heaviest(a, HEAVIEST)) {
      const list = byTerm.get(a.terms[k]) ?? [];
      list.push({ article, weight: a.weights[k] });
      byTerm.set(a.terms[k], list);
    }
  }
  // Each pair once, whatever terms brought it: a pair counted twice would raise the guess above the truth.
  const keys: number[] = [];
  for (const list of byTerm.values()) {
    list.sort((x, y) => y.weight - x.weight || x.article - y.article);
    for (let p = 0; p < list.length; p++) {
      for (let q = p + 1; q < Math.min(list.length, p + 1 + neighbours); q++) {
        const [i, j] = list[p].article < list[q].article ? [list[p].article, list[q].article] : [list[q].article, list[p].article];
        keys.push(i * n + j);
      }
    }
  }
  byTerm.clear();
  const pairs = Float64Array.from(keys).sort();
  keys.length = 0;
  const cosines: number[] = [];
  // Pairs in order, so those of one first article come together: it is read once for all of them.
  let loaded = -1;
  for (let p = 0; p < pairs.length; p++) {
    if (p > 0 && pairs[p] === pairs[p - 1]) continue;
    const i = Math.floor(pairs[p] / n);
    if (i !== loaded) a.load(vectors, (loaded = i));
    cosines.push(roundScore(mergedDot(a, b.load(vectors, pairs[p] % n))));
  }
  if (cosines.length < listed) return 0;
  return Float64Array.from(cosines).sort()[cosines.length - listed];
}

/** The dot product of two vectors read into slots, summed in increasing term order as similarity.ts's dot does. */
function mergedDot(a: Slot, b: Slot): number {
  let sum = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a.terms[i] === b.terms[j]) sum += a.weights[i++] * b.weights[j++];
    else if (a.terms[i] < b.terms[j]) i++;
    else j++;
  }
  return sum;
}

/** Positions of the `count` largest weights of v, heaviest first. */
function heaviest(v: Slot, count: number): number[] {
  const best: number[] = [];
  for (let k = 0; k < v.length; k++) {
    if (best.length === count && v.weights[k] <= v.weights[best[count - 1]]) continue;
    best.push(k);
    for (let p = best.length - 1; p > 0 && v.weights[best[p - 1]] < v.weights[best[p]]; p--) [best[p - 1], best[p]] = [best[p], best[p - 1]];
    if (best.length > count) best.pop();
  }
  return best;
}

/** Each term's place when ordered from the most to the least common (ties by term number). */
function commonFirst(df: Int32Array): Int32Array {
  const terms = Int32Array.from(df.keys()).sort((a, b) => df[b] - df[a] || a - b);
  const rank = new Int32Array(df.length);
  terms.forEach((t, place) => (rank[t] = place));
  return rank;
}

/** v's positions, most common term first, into `order`: sorted as numbers (place × length + position) in `keys`. */
function sortCommonFirst(v: Slot, rank: Int32Array, keys: Float64Array, order: Int32Array): void {
  const length = v.length;
  const own = keys.subarray(0, length);
  for (let k = 0; k < length; k++) own[k] = rank[v.terms[k]] * length + k;
  own.sort();
  for (let p = 0; p < length; p++) order[p] = own[p] % length;
}

// A dot product with one vector spread out by term number: the products of the shared terms, added in increasing
// term order (as merging the two sparse vectors would), so every way of scoring a pair gives the same number.
function spreadOut(spread: Float64Array, v: Slot): void {
  for (let k = 0; k < v.length; k++) spread[v.terms[k]] = v.weights[k];
}

function clearSpread(spread: Float64Array, v: Slot): void {
  for (let k = 0; k < v.length; k++) spread[v.terms[k]] = 0;
}

function dotWithSpread(spread: Float64Array, v: Slot): number {
  let sum = 0;
  for (let k = 0; k < v.length; k++) sum += spread[v.terms[k]] * v.weights[k];
  return sum;
}
