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

/** A sparse vector: term numbers in increasing order, and their weights. */
export interface Vector {
  terms: Int32Array;
  weights: Float64Array;
}

/**
 * One TF-IDF vector per article (raw term count × natural's idf, 1 + ln(N / (1 + df))), scaled to unit length so
 * that the cosine of two is their dot product. Terms are numbered across the corpus, so a dot product is one
 * merge of two sorted arrays.
 */
export function tfidfVectors(articles: readonly Map<string, number>[]): Vector[] {
  const tfidf = new TfIdf();
  // natural takes a ready term -> count object as a document as it is; a fresh object per article.
  for (const counts of articles) tfidf.addDocument(Object.fromEntries(counts) as unknown as Record<string, string>);
  const numbers = new Map<string, number>();
  return articles.map((counts, d) => {
    const entries = [...counts.keys()].map((term) => {
      let n = numbers.get(term);
      if (n === undefined) numbers.set(term, (n = numbers.size));
      return [n, tfidf.tfidf([term], d)] as const;
    });
    entries.sort((a, b) => a[0] - b[0]);
    const length = Math.sqrt(entries.reduce((sum, [, w]) => sum + w * w, 0)) || 1;
    return { terms: Int32Array.from(entries, ([n]) => n), weights: Float64Array.from(entries, ([, w]) => w / length) };
  });
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
