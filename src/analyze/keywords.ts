// What each article is about: its terms (words, 2-3-word phrases, linked entity names), scored by TF-IDF
// (natural's TfIdf) per article or across the corpus, or by keyness (G², log ratio) against a reference.
// Boilerplate and, unless asked for, references are left out before anything is counted. Articles are counted
// one at a time and only their counts kept, so a large corpus costs memory per distinct term, not per word.

import { createRequire } from 'node:module';
import type { Stemmer } from 'natural/lib/natural/stemmers/index.js';
import type { Entity, EntityType } from '../types.js';
import { GENERAL_WORDS, STOPWORDS } from '../text/stopwords.js';
import { tokenize } from '../text/tokens.js';
import type { Span } from '../text/sentences.js';
import { blankSpans, excludedSpans, findBoilerplate, overlapsAny } from './boilerplate.js';
import { G2_CRITICAL_05, logLikelihood, logRatio, pValue } from './keyness.js';
import { emptyCounts, TermTable, type PackedCounts, type TermCounts } from './term-table.js';

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

/** What a term key stands for, across the corpus. */
export interface TermInfo {
  kind: TermKind;
  /** How often each surface form was written (for an entity, its canonical name): the commonest is shown. */
  forms: Map<string, number>;
  entity?: { type: EntityType; id: string };
}

/** Term key (a stem, stems joined by spaces, or "@type:id") -> what it stands for. */
export type Vocabulary = Map<string, TermInfo>;

export type { TermCounts } from './term-table.js';

export interface ArticleTerms {
  path: string;
  /** Running words of the body: the size keyness compares. */
  tokens: number;
  counts: TermCounts;
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
  /** What keyness compared with: the articles of --reference (listed), or the rest of the corpus (not listed). */
  reference?: { articles: number; tokens: number; paths?: string[] };
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


/** Only spaces between two tokens: a phrase may span them (punctuation, a line break or a cut-out may not). */
function adjacent(text: string, from: number, to: number): boolean {
  if (to <= from) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 0xa0) return false;
  }
  return true;
}

export interface CountedText {
  tokens: number;
  counts: TermCounts;
  /** The same for each of the `sections` asked for. */
  sections: { tokens: number; counts: TermCounts }[];
}

/**
 * The terms of one text, with `excluded` spans (boilerplate) left out, added to `vocabulary`; and, separately, those
 * of each of the sorted, disjoint `sections` (lines that may turn out to be furniture). Linear in the text.
 */
export function countTerms(
  text: string,
  entities: readonly Entity[],
  excluded: readonly Span[],
  vocabulary: Vocabulary = new Map(),
  sections: readonly Span[] = [],
): CountedText {
  const counted: CountedText = { tokens: 0, counts: emptyCounts(), sections: sections.map(() => ({ tokens: 0, counts: emptyCounts() })) };
  const names: Entity[] = [];
  for (const e of [...entities].sort((a, b) => a.start - b.start || b.end - a.end)) {
    if (!NAME_TYPES.has(e.type) || overlapsAny(excluded, e.start, e.end)) continue;
    const last = names[names.length - 1];
    if (last && e.start < last.end) continue;
    names.push(e);
  }
  let section: CountedText['sections'][number] | undefined;
  const tally = (key: string, kind: TermKind, form: string, entity?: TermInfo['entity']) => {
    let info = vocabulary.get(key);
    if (!info) {
      info = { kind, forms: new Map(), entity };
      vocabulary.set(key, info);
    }
    info.forms.set(form, (info.forms.get(form) ?? 0) + 1);
    counted.counts[key] = (counted.counts[key] ?? 0) + 1;
    if (section) section.counts[key] = (section.counts[key] ?? 0) + 1;
  };
  let n = 0;
  let s = 0;
  let entityCounted = -1;
  let run: { stem: string; word: string; end: number }[] = [];
  for (const token of tokenize(blankSpans(text, excluded))) {
    counted.tokens++;
    while (s < sections.length && sections[s].end <= token.start) s++;
    section = s < sections.length && sections[s].start <= token.start ? counted.sections[s] : undefined;
    if (section) section.tokens++;
    while (n < names.length && names[n].end <= token.start) n++;
    if (n < names.length && names[n].start < token.end) {
      const e = names[n];
      if (entityCounted !== n) tally(`@${e.type}:${e.id}`, 'entity', e.canonical, { type: e.type, id: e.id });
      entityCounted = n;
      run = [];
      continue;
    }
    const word = wordOf(token.text);
    if (!word) {
      run = [];
      continue;
    }
    if (run.length > 0 && !adjacent(text, run[run.length - 1].end, token.start)) run = [];
    run.push({ stem: stem(word), word, end: token.end });
    if (run.length > 3) run.shift();
    tally(run[run.length - 1].stem, 'word', word);
    for (let size = 2; size <= run.length; size++) {
      const parts = run.slice(run.length - size);
      tally(parts.map((p) => p.stem).join(' '), 'phrase', parts.map((p) => p.word).join(' '));
    }
  }
  return counted;
}

interface Pending {
  path: string;
  tokens: number;
  counts: PackedCounts;
  /** Short lines kept, with their own counts: taken out again if two articles or more share them. */
  lines: { key: string; tokens: number; counts: PackedCounts }[];
}

/** Articles whose counts are made one at a time, as they are read (`each`), so only one exists at once. */
export interface ArticleSeries {
  paths: string[];
  tokens: number[];
  each(): Iterable<ArticleTerms>;
}

/**
 * Counts the terms of articles handed over one at a time (targets, then any reference), keeping only counts.
 * Short lines that two articles or more share are site furniture: their counts come off at the end.
 */
export class TermCounter {
  readonly vocabulary: Vocabulary = new Map();
  private readonly table = new TermTable();
  private readonly targets: Pending[] = [];
  private readonly reference: Pending[] = [];
  private readonly seen = new Set<string>();
  private readonly lineArticles = new Map<string, number>();

  /** Target articles added so far. */
  get articles(): number {
    return this.targets.length;
  }

  /** `withReference`: keyness is against the reference articles added, not each article against the rest. */
  constructor(private readonly options: { includeReferences?: boolean; withReference?: boolean } = {}) {}

  /** Adds an article; a reference article that is also a target is left out of the reference. */
  add(input: KeywordInput, role: 'target' | 'reference' = 'target'): void {
    const ids = [input.path, ...(input.sha256 ? [input.sha256] : [])];
    if (role === 'reference') {
      if (ids.some((id) => this.seen.has(id))) return;
    } else {
      for (const id of ids) this.seen.add(id);
    }
    const boilerplate = findBoilerplate(input.text);
    const counted = countTerms(input.text, input.entities, excludedSpans(boilerplate, this.options.includeReferences), this.vocabulary, boilerplate.shortLines);
    const lines = boilerplate.shortLines
      .map((l, i) => ({ key: l.key, tokens: counted.sections[i].tokens, counts: this.table.pack(counted.sections[i].counts) }))
      .filter((l) => l.tokens > 0);
    for (const key of new Set(lines.map((l) => l.key))) this.lineArticles.set(key, (this.lineArticles.get(key) ?? 0) + 1);
    const pending = { path: input.path, tokens: counted.tokens, counts: this.table.pack(counted.counts), lines };
    (role === 'target' ? this.targets : this.reference).push(pending);
  }

  /** One article's counts, without the shared short lines. */
  private settle({ path, tokens, counts: packed, lines }: Pending): ArticleTerms {
    const counts = this.table.unpack(packed);
    let left = tokens;
    for (const line of lines) {
      if ((this.lineArticles.get(line.key) ?? 0) < 2) continue;
      left -= line.tokens;
      const lineCounts = this.table.unpack(line.counts);
      for (const key in lineCounts) {
        counts[key] -= lineCounts[key];
        if (counts[key] <= 0) delete counts[key];
      }
    }
    return { path, tokens: left, counts };
  }

  private settled(articles: Pending[]): ArticleSeries {
    const counter = this;
    return {
      paths: articles.map((a) => a.path),
      tokens: articles.map((a) => counter.settleTokens(a)),
      *each() {
        for (const a of articles) yield counter.settle(a);
      },
    };
  }

  private settleTokens({ tokens, lines }: Pending): number {
    return lines.reduce((left, line) => ((this.lineArticles.get(line.key) ?? 0) < 2 ? left : left - line.tokens), tokens);
  }

  /** The keyword lists asked for, over everything added. */
  rank(options: KeywordsOptions): KeywordsResult {
    const targets = this.settled(this.targets);
    if (options.method === 'tfidf') return { method: 'tfidf', perDoc: options.perDoc, lists: tfidfLists(targets, this.vocabulary, options) };
    const reference = this.options.withReference ? this.settled(this.reference) : undefined;
    return { method: 'keyness', perDoc: options.perDoc || !reference, lists: keynessLists(targets, reference, this.vocabulary, options) };
  }
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

function rowBase(key: string, count: number, vocabulary: Vocabulary): RowBase {
  const info = vocabulary.get(key)!;
  return { term: shownForm(info.forms), kind: info.kind, count, ...(info.entity ? { entity: info.entity } : {}) };
}

// A shorter term mostly used inside one longer phrase is left to the phrase.
const SUBSUMED_SHARE = 0.75;

/**
 * Keys that occur mostly inside one longer phrase ("executive" in "executive order", "robust domestic" in
 * "robust domestic ai"): the phrase says it, so the shorter is not listed.
 */
function subsumed(counts: TermCounts, vocabulary: Vocabulary): Set<string> {
  const out = new Set<string>();
  for (const key in counts) {
    if (vocabulary.get(key)!.kind !== 'phrase') continue;
    const parts = key.split(' ');
    for (let size = 1; size < parts.length; size++) {
      for (let from = 0; from + size <= parts.length; from++) {
        const sub = parts.slice(from, from + size).join(' ');
        const count = counts[sub];
        if (count !== undefined && counts[key] >= SUBSUMED_SHARE * count) out.add(sub);
      }
    }
  }
  return out;
}

/** The keys worth ranking: frequent enough (a phrase seen once is a coincidence of words) and not subsumed. */
function candidates(counts: TermCounts, vocabulary: Vocabulary, minFreq: number): string[] {
  const inside = subsumed(counts, vocabulary);
  return Object.keys(counts).filter(
    (key) => counts[key] >= (vocabulary.get(key)!.kind === 'phrase' ? Math.max(2, minFreq) : minFreq) && !inside.has(key),
  );
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

function byScore<R extends RowBase>(score: (r: R) => number) {
  return (a: R, b: R) => score(b) - score(a) || b.count - a.count || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0);
}

/** The counts of several articles added up. */
function sum(articles: Iterable<ArticleTerms>): TermCounts {
  const total = emptyCounts();
  for (const a of articles) for (const key in a.counts) total[key] = (total[key] ?? 0) + a.counts[key];
  return total;
}

/** natural's TfIdf weight, count × (1 + ln(N / (1 + df))), with document frequencies counted once. */
function tfidfLists(articles: ArticleSeries, vocabulary: Vocabulary, options: KeywordsOptions): KeywordList<TfidfRow>[] {
  const df = emptyCounts();
  for (const a of articles.each()) for (const key in a.counts) df[key] = (df[key] ?? 0) + 1;
  const idf = (key: string) => 1 + Math.log(articles.paths.length / (1 + (df[key] ?? 0)));
  const rank = (rows: TfidfRow[]) => rows.sort(byScore((r) => r.tfidf)).slice(0, options.top);
  if (options.perDoc) {
    const lists: KeywordList<TfidfRow>[] = [];
    for (const a of articles.each()) {
      const rows = candidates(a.counts, vocabulary, options.minFreq).map((key) => ({
        ...rowBase(key, a.counts[key], vocabulary),
        articles: df[key],
        tfidf: round(a.counts[key] * idf(key), 3),
      }));
      lists.push({ label: a.path, paths: [a.path], tokens: a.tokens, rows: rank(rows) });
    }
    return lists;
  }
  const scores = emptyCounts();
  const total = emptyCounts();
  for (const a of articles.each()) {
    for (const key in a.counts) {
      scores[key] = (scores[key] ?? 0) + a.counts[key] * idf(key);
      total[key] = (total[key] ?? 0) + a.counts[key];
    }
  }
  const rows = candidates(total, vocabulary, options.minFreq).map((key) => ({
    ...rowBase(key, total[key], vocabulary),
    articles: df[key],
    tfidf: round(scores[key], 3),
  }));
  return [{ label: 'corpus', paths: articles.paths, tokens: articles.tokens.reduce((t, n) => t + n, 0), rows: rank(rows) }];
}

interface Side {
  /** Listed for targets and for a --reference; not for the rest of the corpus. */
  paths?: string[];
  articles: number;
  tokens: number;
  counts: TermCounts;
}

function side(articles: ArticleSeries): Side {
  return { paths: articles.paths, articles: articles.paths.length, tokens: articles.tokens.reduce((t, n) => t + n, 0), counts: sum(articles.each()) };
}

function one(a: ArticleTerms): Side {
  return { paths: [a.path], articles: 1, tokens: a.tokens, counts: a.counts };
}

/** Terms over-used in the target, by G² (p < 0.05 only); `referenceCount` gives the reference's count of a key. */
function keynessList(target: Side, reference: Side, referenceCount: (key: string) => number, vocabulary: Vocabulary, options: KeywordsOptions): KeywordList<KeynessRow> {
  const rows: KeynessRow[] = [];
  for (const key of candidates(target.counts, vocabulary, options.minFreq)) {
    const f = { target: target.counts[key], reference: referenceCount(key), targetSize: target.tokens, referenceSize: reference.tokens };
    if (f.target / f.targetSize <= f.reference / f.referenceSize) continue;
    const g2 = logLikelihood(f);
    if (g2 < G2_CRITICAL_05) continue;
    rows.push({
      ...rowBase(key, f.target, vocabulary),
      referenceCount: f.reference,
      g2: round(g2, 2),
      logRatio: round(logRatio(f), 2),
      p: Number(pValue(g2).toPrecision(3)),
    });
  }
  return {
    label: target.paths![0],
    paths: target.paths!,
    tokens: target.tokens,
    reference: { articles: reference.articles, tokens: reference.tokens, ...(reference.paths ? { paths: reference.paths } : {}) },
    rows: rows.sort(byScore((r) => r.g2)).slice(0, options.top),
  };
}

function keynessLists(targets: ArticleSeries, reference: ArticleSeries | undefined, vocabulary: Vocabulary, options: KeywordsOptions): KeywordList<KeynessRow>[] {
  if (!reference) {
    if (targets.paths.length < 2) throw new KeywordsError('keyness compares an article with a reference: give --reference, or two articles or more');
    // Each article against the rest: the whole corpus minus the article.
    const all = side(targets);
    const lists: KeywordList<KeynessRow>[] = [];
    for (const a of targets.each()) {
      const rest: Side = { articles: all.articles - 1, tokens: all.tokens - a.tokens, counts: all.counts };
      lists.push(keynessList(one(a), rest, (key) => (all.counts[key] ?? 0) - (a.counts[key] ?? 0), vocabulary, options));
    }
    return lists;
  }
  if (reference.paths.length === 0) throw new KeywordsError('the reference has no article that is not also a target; give other articles to --reference');
  const ref = side(reference);
  const countIn = (key: string) => ref.counts[key] ?? 0;
  if (!options.perDoc) return [keynessList(side(targets), ref, countIn, vocabulary, options)];
  const lists: KeywordList<KeynessRow>[] = [];
  for (const a of targets.each()) lists.push(keynessList(one(a), ref, countIn, vocabulary, options));
  return lists;
}

/**
 * Keywords of `articles`. With `method: 'keyness'` they are compared with `reference` (its articles that are also
 * targets are left out of it), or, without one, each article with the rest.
 */
export function keywords(articles: readonly KeywordInput[], options: KeywordsOptions, reference?: readonly KeywordInput[]): KeywordsResult {
  const counter = new TermCounter({ includeReferences: options.includeReferences, withReference: reference !== undefined });
  for (const a of articles) counter.add(a, 'target');
  for (const r of reference ?? []) counter.add(r, 'reference');
  return counter.rank(options);
}
