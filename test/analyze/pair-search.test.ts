import { describe, expect, it } from 'vitest';
import { mostSimilarPairs, scoreEveryPair, searchIndexed, SCORE_EVERY_PAIR_BELOW } from '../../src/analyze/pair-search.js';
import { tfidfOfCounts, vectorList, type TermCounts } from '../../src/analyze/similarity.js';

// A repeatable random source (mulberry32), so a failing seed can be replayed.
function random(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function counts(terms: Map<number, number>): TermCounts {
  const sorted = [...terms].sort((a, b) => a[0] - b[0]);
  return { terms: Int32Array.from(sorted, ([t]) => t), counts: Int32Array.from(sorted, ([, n]) => n) };
}

/**
 * Articles of a few dozen words drawn from a vocabulary where a few words are common (as in real text); many
 * are near-copies of an earlier article (a word or two changed), some exact copies, some empty.
 */
function corpus(seed: number, n: number): TermCounts[] {
  const next = random(seed);
  const word = () => Math.floor(Math.pow(next(), 3) * 400);
  const articles: Map<number, number>[] = [];
  for (let a = 0; a < n; a++) {
    const roll = next();
    let terms: Map<number, number>;
    if (a > 0 && roll < 0.4) {
      terms = new Map(articles[Math.floor(next() * a)]);
      if (roll < 0.3) for (let c = 0; c < 1 + next() * 3; c++) terms.set(word(), 1 + Math.floor(next() * 3));
    } else if (roll > 0.97) terms = new Map();
    else {
      terms = new Map();
      for (let k = 0; k < 5 + next() * 40; k++) {
        const w = word();
        terms.set(w, (terms.get(w) ?? 0) + 1);
      }
    }
    articles.push(terms);
  }
  return articles.map(counts);
}

// Few distinct overlaps, so pairs of equal cosine often tie on it too and fall back to corpus order.
const overlap = (seed: number) => (i: number, j: number) => ((i * 7 + j * 13 + seed) % 5) / 4;

const vectorsOf = (articles: TermCounts[]) => vectorList(tfidfOfCounts(articles));

describe('searchIndexed', () => {
  it.each([1, 2, 3, 4, 5, 6])('lists the same pairs, scores and order as scoring every pair (seed %i)', (seed) => {
    const vectors = vectorsOf(corpus(seed, 150 + seed * 20));
    for (const listed of [1, 10, 100, 1000]) {
      expect(searchIndexed(vectors, listed, overlap(seed))).toEqual(scoreEveryPair(vectors, listed, overlap(seed)));
    }
  });

  it('lists every pair, even those that share no word, when asked for more pairs than there are', () => {
    const vectors = vectorsOf(corpus(7, 40));
    const pairs = searchIndexed(vectors, 1000, overlap(7));
    expect(pairs).toHaveLength((40 * 39) / 2);
    expect(pairs).toEqual(scoreEveryPair(vectors, 1000, overlap(7)));
    expect(pairs.at(-1)!.cosine).toBe(0);
  });

  it('lists nothing when asked for nothing', () => {
    expect(searchIndexed(vectorsOf(corpus(8, 30)), 0, overlap(8))).toEqual([]);
  });

  it('keeps the pairs of equal cosine that rank first by overlap, then by corpus order', () => {
    // Four copies of one article: six pairs of cosine 1, ranked by overlap alone.
    const same = counts(new Map([[1, 2], [2, 1], [3, 1]]));
    const other = counts(new Map([[4, 1], [5, 3]]));
    const vectors = vectorsOf([same, other, same, same, other, same]);
    const byOverlap = (i: number, j: number) => (i === 2 && j === 5 ? 1 : 0);
    const pairs = searchIndexed(vectors, 3, byOverlap);
    expect(pairs.map(({ i, j }) => [i, j])).toEqual([[2, 5], [0, 2], [0, 3]]);
  });

  it('lists the first pairs in corpus order when more copies tie at cosine 1 and overlap 1 than are listed', () => {
    const copies = corpus(10, 300).map((article, a) => (a % 3 === 0 ? corpus(10, 1)[0] : article));
    const vectors = vectorsOf(copies);
    const pairs = searchIndexed(vectors, 500, () => 1);
    expect(pairs.at(-1)).toMatchObject({ cosine: 1, jaccard: 1 });
    expect(pairs).toEqual(scoreEveryPair(vectors, 500, () => 1));
  });
});

describe('mostSimilarPairs', () => {
  it('gives the same list whether it scores every pair or searches the index', () => {
    const vectors = vectorsOf(corpus(9, SCORE_EVERY_PAIR_BELOW));
    expect(mostSimilarPairs(vectors, 500, overlap(9))).toEqual(scoreEveryPair(vectors, 500, overlap(9)));
  });
});
