// What each article is about: its terms (words, 2-3-word phrases, linked entity names), scored by TF-IDF
// (natural's TfIdf) per article or across the corpus, or by keyness (G², log ratio) against a reference.
// Boilerplate and, unless asked for, references are left out before anything is counted.

import { createRequire } from 'node:module';
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { Entity, EntityType } from '../types.js';
import { GENERAL_WORDS, STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokens.js';
import type { Span } from '../text/sentences.js';
import { blankSpans, excludedSpans, findBoilerplate, overlapsAny, sharedLines } from './boilerplate.js';
import { G2_CRITICAL_05, logLikelihood, logRatio, pValue } from './keyness.js';

// Only the Porter stemmer, not natural's stemmer index (every language) nor its root (slow, prints).
const PorterStemmer = createRequire(import.meta.url)('natural/lib/natural/stemmers/porter_stemmer.js') as Stemmer;

export const KEYWORD_METHODS = ['tfidf', 'keyness'] as const;
export type KeywordMethod = (typeof KEYWORD_METHODS)[number];
export type TermKind = 'word' | 'phrase' | 'entity';

/** Entity types whose names are terms; money and dates are not what an article is about. */
const NAME_TYPES: ReadonlySet<EntityType> = new Set(['agency', 'law', 'policy', 'organization']);
// A "word" longer than this is a run of garbage or a glued URL; it would also make the stemmer slow.
const MAX_WORD = 40;

export interface KeywordInput {
  path: string;
  /** Used to recognise a target article inside the reference. */
  sha256?: string;
  text: string;
  entities: readonly Entity[];
}

export interface TermTally {
  kind: TermKind;
  count: number;
  /** How often each surface form was written (for an entity, its canonical name). */
  forms: Map<string, number>;
  entity?: { type: EntityType; id: string };
}

export interface ArticleTerms {
  path: string;
  /** Running words of the body: the size keyness compares. */
  tokens: number;
  terms: Map<string, TermTally>;
}

interface RowBase {
  term: string;
  kind: TermKind;
  count: number;
  entity?: { type: EntityType; id: string };
}

export interface TfidfRow extends RowBase {
  /** Articles that use the term. */
  articles: number;
  tfidf: number;
}

export interface KeynessRow extends RowBase {
  referenceCount: number;
  g2: number;
  logRatio: number;
  p: number;
}

export interface KeywordList<R> {
  /** "corpus" for a corpus-wide list, else the article (or the first of a set of articles). */
  label: string;
  paths: string[];
  tokens: number;
  reference?: { paths: string[]; tokens: number };
  rows: R[];
}

export type KeywordsResult =
  | { method: 'tfidf'; perDoc: boolean; lists: KeywordList<TfidfRow>[] }
  | { method: 'keyness'; perDoc: boolean; lists: KeywordList<KeynessRow>[] };

export interface KeywordsOptions {
  method: KeywordMethod;
  top: number;
  perDoc: boolean;
  minFreq: number;
  includeReferences?: boolean;
}

/** A request that cannot be answered as asked (keyness with nothing to compare against). */
export class KeywordsError extends Error {
  override name = 'KeywordsError';
}

const stems = new Map<string, string>();
function stem(word: string): string {
  let s = stems.get(word);
  if (s === undefined) {
    s = PorterStemmer.stem(word);
    stems.set(word, s);
  }
  return s;
}

/** The term a token stands for (lower case, possessive dropped), or undefined for a number or function word. */
function wordOf(raw: string): string | undefined {
  if (raw.length > MAX_WORD || !/^\p{L}/u.test(raw)) return undefined;
  const word = raw.toLowerCase().replace(/’/g, "'").replace(/'s$/, '');
  if (word.length < 2 || STOPWORDS.has(word) || GENERAL_WORDS.has(word) || word.endsWith("n't")) return undefined;
  return word;
}

function tally(terms: Map<string, TermTally>, key: string, kind: TermKind, form: string, entity?: TermTally['entity']) {
  let t = terms.get(key);
  if (!t) {
    t = { kind, count: 0, forms: new Map(), entity };
    terms.set(key, t);
  }
  t.count++;
  t.forms.set(form, (t.forms.get(form) ?? 0) + 1);
}

/** Only spaces between two tokens: a phrase may span them (punctuation, a line break or a cut-out may not). */
function adjacent(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

/** The terms of one text, with `excluded` spans (boilerplate) left out. Linear in the text. */
export function countTerms(path: string, text: string, entities: readonly Entity[], excluded: readonly Span[]): ArticleTerms {
  const terms = new Map<string, TermTally>();
  const names: Entity[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!NAME_TYPES.has(e.type) || overlapsAny(excluded, e.start, e.end)) continue;
    const last = names[names.length - 1];
    if (last && e.start < last.end) continue;
    names.push(e);
  }
  const tokens = tokenize(blankSpans(text, excluded));
  let n = 0;
  let counted = -1;
  let run: { stem: string; word: string; end: number }[] = [];
  for (const token of tokens) {
    while (n < names.length && names[n].end <= token.start) n++;
    if (n < names.length && names[n].start < token.end) {
      if (counted !== n) tally(terms, `@${names[n].type}:${names[n].id}`, 'entity', names[n].canonical, { type: names[n].type, id: names[n].id });
      counted = n;
      run = [];
      continue;
    }
    const word = wordOf(token.text);
    if (!word) {
      run = [];
      continue;
    }
    const item = { stem: stem(word), word, end: token.end };
    if (run.length > 0 && !adjacent(text, run[run.length - 1].end, token.start)) run = [];
    run.push(item);
    if (run.length > 3) run.shift();
    tally(terms, item.stem, 'word', word);
    for (let size = 2; size <= run.length; size++) {
      const parts = run.slice(run.length - size);
      tally(terms, parts.map((p) => p.stem).join(' '), 'phrase', parts.map((p) => p.word).join(' '));
    }
  }
  return { path, tokens: tokens.length, terms };
}

/** The form to show: the most frequent, then the shortest, then the first in code-unit order. */
function shownForm(forms: Map<string, number>): string {
  let best = '';
  let bestCount = -1;
  for (const [form, count] of forms) {
    if (count > bestCount || (count === bestCount && (form.length < best.length || (form.length === best.length && form < best)))) {
      best = form;
      bestCount = count;
    }
  }
  return best;
}

function rowBase(t: TermTally, count: number): RowBase {
  return { term: shownForm(t.forms), kind: t.kind, count, ...(t.entity ? { entity: t.entity } : {}) };
}

// A shorter term mostly used inside one longer phrase is left to the phrase.
const SUBSUMED_SHARE = 0.75;

/**
 * Keys that occur mostly inside one longer phrase ("executive" in "executive order", "robust domestic" in
 * "robust domestic ai"): the phrase says it, so the shorter is not listed.
 */
function subsumed(terms: ReadonlyMap<string, TermTally>): Set<string> {
  const out = new Set<string>();
  for (const [key, t] of terms) {
    if (t.kind !== 'phrase') continue;
    const parts = key.split(' ');
    for (let size = 1; size < parts.length; size++) {
      for (let from = 0; from + size <= parts.length; from++) {
        const sub = parts.slice(from, from + size).join(' ');
        const count = terms.get(sub)?.count;
        if (count !== undefined && t.count >= SUBSUMED_SHARE * count) out.add(sub);
      }
    }
  }
  return out;
}

/** The terms worth ranking: frequent enough (a phrase seen once is a coincidence of words) and not subsumed. */
function candidates(terms: ReadonlyMap<string, TermTally>, minFreq: number): [string, TermTally][] {
  const inside = subsumed(terms);
  return [...terms].filter(([key, t]) => t.count >= (t.kind === 'phrase' ? Math.max(2, minFreq) : minFreq) && !inside.has(key));
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function byScore<R extends RowBase>(score: (r: R) => number) {
  return (a: R, b: R) => score(b) - score(a) || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/** natural's TfIdf, with document frequencies counted once: its own idf scans every document for every term. */
class CountedTfIdf extends TfIdf {
  constructor(private readonly df: ReadonlyMap<string, number>) {
    super();
  }

  // natural's formula, 1 + ln(N / (1 + df)).
  override idf(term: string): number {
    return 1 + Math.log(this.documents.length / (1 + (this.df.get(term) ?? 0)));
  }
}

function tfidfLists(articles: ArticleTerms[], options: KeywordsOptions): KeywordList<TfidfRow>[] {
  const df = new Map<string, number>();
  for (const a of articles) for (const key of a.terms.keys()) df.set(key, (df.get(key) ?? 0) + 1);
  const tfidf = new CountedTfIdf(df);
  for (const a of articles) {
    // natural keeps a ready term -> count object as the document; without a prototype no term is a method name.
    const counts: Record<string, number> = Object.create(null);
    for (const [key, t] of a.terms) counts[key] = t.count;
    tfidf.addDocument(counts as unknown as Record<string, string>);
  }
  const rank = (rows: TfidfRow[]) => rows.sort(byScore((r) => r.tfidf)).slice(0, options.top);
  if (options.perDoc) {
    return articles.map((a, d) => ({
      label: a.path,
      paths: [a.path],
      tokens: a.tokens,
      rows: rank(
        candidates(a.terms, options.minFreq).map(([key, t]) => ({ ...rowBase(t, t.count), articles: df.get(key) ?? 0, tfidf: round(tfidf.tfidf([key], d), 3) })),
      ),
    }));
  }
  const scores = new Map<string, number>();
  articles.forEach((a, d) => {
    for (const key of a.terms.keys()) scores.set(key, (scores.get(key) ?? 0) + tfidf.tfidf([key], d));
  });
  const rows = candidates(mergeTerms(articles), options.minFreq).map(([key, t]) => ({ ...rowBase(t, t.count), articles: df.get(key) ?? 0, tfidf: round(scores.get(key) ?? 0, 3) }));
  return [{ label: 'corpus', paths: articles.map((a) => a.path), tokens: articles.reduce((s, a) => s + a.tokens, 0), rows: rank(rows) }];
}

/** The terms of several articles added up. */
function mergeTerms(articles: readonly ArticleTerms[]): Map<string, TermTally> {
  const merged = new Map<string, TermTally>();
  for (const a of articles) {
    for (const [key, t] of a.terms) {
      let m = merged.get(key);
      if (!m) {
        m = { kind: t.kind, count: 0, forms: new Map(), entity: t.entity };
        merged.set(key, m);
      }
      m.count += t.count;
      for (const [form, c] of t.forms) m.forms.set(form, (m.forms.get(form) ?? 0) + c);
    }
  }
  return merged;
}

interface Side {
  paths: string[];
  tokens: number;
  terms: Map<string, TermTally>;
}

function side(articles: readonly ArticleTerms[]): Side {
  return { paths: articles.map((a) => a.path), tokens: articles.reduce((s, a) => s + a.tokens, 0), terms: mergeTerms(articles) };
}

/** Terms over-used in the target, by G² (p < 0.05 only); `referenceCount` gives the reference's count of a key. */
function keynessList(target: Side, reference: Side, referenceCount: (key: string) => number, options: KeywordsOptions): KeywordList<KeynessRow> {
  const rows: KeynessRow[] = [];
  for (const [key, t] of candidates(target.terms, options.minFreq)) {
    const f = { target: t.count, reference: referenceCount(key), targetSize: target.tokens, referenceSize: reference.tokens };
    if (f.target / f.targetSize <= f.reference / f.referenceSize) continue;
    const g2 = logLikelihood(f);
    if (g2 < G2_CRITICAL_05) continue;
    rows.push({ ...rowBase(t, t.count), referenceCount: f.reference, g2: round(g2, 2), logRatio: round(logRatio(f), 2), p: Number(pValue(g2).toPrecision(3)) });
  }
  return {
    label: target.paths[0],
    paths: target.paths,
    tokens: target.tokens,
    reference: { paths: reference.paths, tokens: reference.tokens },
    rows: rows.sort(byScore((r) => r.g2)).slice(0, options.top),
  };
}

function keynessLists(targets: ArticleTerms[], reference: ArticleTerms[] | undefined, options: KeywordsOptions): KeywordList<KeynessRow>[] {
  if (!reference) {
    if (targets.length < 2) throw new KeywordsError('keyness compares an article with a reference: give --reference, or two articles or more');
    // Each article against the rest: the whole corpus minus the article.
    const all = side(targets);
    return targets.map((a) => {
      const rest: Side = { paths: all.paths.filter((p) => p !== a.path), tokens: all.tokens - a.tokens, terms: all.terms };
      return keynessList(side([a]), rest, (key) => (all.terms.get(key)?.count ?? 0) - (a.terms.get(key)?.count ?? 0), options);
    });
  }
  if (reference.length === 0) throw new KeywordsError('the reference has no article that is not also a target; give other articles to --reference');
  const ref = side(reference);
  const countIn = (key: string) => ref.terms.get(key)?.count ?? 0;
  return options.perDoc ? targets.map((a) => keynessList(side([a]), ref, countIn, options)) : [keynessList(side(targets), ref, countIn, options)];
}

/**
 * Keywords of `articles`. With `method: 'keyness'` they are compared with `reference` (its articles that are also
 * targets are left out of it), or, without one, each article with the rest.
 */
export function keywords(articles: readonly KeywordInput[], options: KeywordsOptions, reference?: readonly KeywordInput[]): KeywordsResult {
  const isTarget = new Set(articles.flatMap((a) => [a.path, ...(a.sha256 ? [a.sha256] : [])]));
  const others = reference?.filter((r) => !isTarget.has(r.path) && !(r.sha256 && isTarget.has(r.sha256)));
  const shared = sharedLines([...articles, ...(others ?? [])].map((a) => a.text));
  const terms = (a: KeywordInput) => countTerms(a.path, a.text, a.entities, excludedSpans(findBoilerplate(a.text, shared), options.includeReferences));
  const targets = articles.map(terms);
  if (options.method === 'tfidf') return { method: 'tfidf', perDoc: options.perDoc, lists: tfidfLists(targets, options) };
  return { method: 'keyness', perDoc: options.perDoc || !reference, lists: keynessLists(targets, others?.map(terms), options) };
}
