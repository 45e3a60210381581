// How alike two articles are: Jaccard overlap of the entities they name, and cosine similarity of their TF-IDF
// vectors (natural's TfIdf, fed with our own tokens: natural's tokenizer splits "¥1.5" and knows no policy words).

import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokens.js';

/** |A ∩ B| / |A ∪ B|; 0 when both are empty (nothing shared, nothing to compare). */
export function jaccard<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let shared = 0;
  for (const x of small) if (large.has(x)) shared++;
  const union = a.size + b.size - shared;
  return union === 0 ? 0 : shared / union;
}

/**
 * Content words of a text, counted: lower-cased, without function words, numbers and one-letter tokens. This is
 * all the similarity keeps of an article.
 */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const { text: word } of tokenize(text)) {
    const term = word.toLowerCase().replace(/’/g, "'");
    if (term.length < 2 || /^\p{N}/u.test(term) || STOPWORDS.has(term)) continue;
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

export type Vector = Map<string, number>;

/** One TF-IDF vector per article (raw term count × natural's idf, 1 + ln(N / (1 + df))). */
export function tfidfVectors(articles: readonly Map<string, number>[]): Vector[] {
  const tfidf = new TfIdf();
  // natural takes a ready term -> count object as a document as it is; a fresh object per article.
  for (const counts of articles) tfidf.addDocument(Object.fromEntries(counts) as unknown as Record<string, string>);
  return articles.map((counts, d) => {
    const vector: Vector = new Map();
    for (const term of counts.keys()) vector.set(term, tfidf.tfidf([term], d));
    return vector;
  });
}

function norm(v: Vector): number {
  let sum = 0;
  for (const x of v.values()) sum += x * x;
  return Math.sqrt(sum);
}

/** Cosine of the angle between two sparse vectors; 0 when either is empty. */
export function cosine(a: Vector, b: Vector): number {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  let dot = 0;
  for (const [term, x] of small) dot += x * (large.get(term) ?? 0);
  const n = norm(a) * norm(b);
  return n === 0 ? 0 : dot / n;
}
