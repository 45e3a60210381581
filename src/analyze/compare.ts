// How the articles differ: an article × entity matrix, a profile of each article (whose bodies and instruments it
// names, hard law against soft law, the money it reports, the years it covers), and how alike each pair is.
// Each article is first summarised to counts (summarizeArticle), so the comparison never holds the texts.

import type { Document, Entity } from '../types.js';
import {
  entityKey, indexEntities, tallyEntities, type ArticleEntities, type ArticleRef, type EntityTally, type NameTable, type NameType,
} from './entities.js';
import { summariseFunding } from './funding.js';
import { countTerms, jaccard, tfidfOfCounts, Vocabulary, type TermCounts } from './similarity.js';
import { mostSimilarPairs, roundScore } from './pair-search.js';
import { endKey, startKey } from './timeline.js';

export const COMPARE_TYPES: readonly NameType[] = ['agency', 'law', 'policy'];
/** The profile's bucket for entities whose jurisdiction the linker does not know. */
export const UNKNOWN_JURISDICTION = 'unknown';

/** The article's money as `jpai funding` totals it: no market sizes or valuations, no figure counted twice. */
export interface FundingTotal {
  figures: number;
  /** Their sum in US dollars. */
  usd: number;
  /** Figures left out of the sum for want of an exchange rate. */
  unconverted: number;
}

export interface DateSpan {
  /** The earliest and latest dates of the body (not the notes), as ISO values. */
  first?: string;
  last?: string;
  dates: number;
}

/** What the comparison keeps of one article. */
export interface ArticleSummary extends ArticleEntities {
  funding: FundingTotal;
  dates: DateSpan;
  /** Content words, counted (numbered by the Vocabulary shared by the corpus), for TF-IDF. */
  terms: TermCounts;
}

function fundingTotal(path: string, text: string, entities: readonly Entity[]): FundingTotal {
  const { totals, leftOut } = summariseFunding([{ path, text, entities: [...entities] }], { currency: 'USD' });
  const unconverted = leftOut.find((l) => l.reason === 'no-rate')?.figures ?? 0;
  return { figures: totals.figures, usd: Math.round(totals.total), unconverted };
}

function dateSpan(entities: readonly Entity[]): DateSpan {
  const span: DateSpan = { dates: 0 };
  for (const e of entities) {
    if (e.type !== 'date' || !e.value || e.citation) continue;
    span.dates++;
    const last = e.endValue ?? e.value;
    if (!span.first || startKey(e.value) < startKey(span.first)) span.first = e.value;
    if (!span.last || endKey(last) > endKey(span.last)) span.last = last;
  }
  return span;
}

/** What the summaries of one corpus share: the numbers of its words and one copy of each entity name. */
export interface CorpusTables {
  words: Vocabulary;
  names: NameTable;
}

export function corpusTables(): CorpusTables {
  return { words: new Vocabulary(), names: new Map() };
}

// The comparison never shows the forms an entity is written in: one empty map for every tally, not one each.
const NO_ALIASES: EntityTally['aliases'] = new Map();

/** What the comparison keeps of an article: counts, never the text. `tables` are shared by the whole corpus. */
export function summarizeArticle(doc: Document, entities: readonly Entity[], tables: CorpusTables): ArticleSummary {
  const text = doc.plain ?? doc.text;
  return {
    path: doc.path,
    title: doc.title,
    words: doc.words,
    entities: tallyEntities(entities, tables.names).map((t) => ({ ...t, aliases: NO_ALIASES })),
    funding: fundingTotal(doc.path, doc.text, entities),
    dates: dateSpan(entities),
    terms: countTerms(text, tables.words),
  };
}

export interface MatrixRow {
  type: NameType;
  id: string;
  canonical: string;
  jurisdiction?: string;
  abbreviation?: string;
  /** How many articles name it. */
  articles: number;
  mentions: number;
  /** Mentions per article, in the order of CompareResult.articles. */
  counts: number[];
}

export interface LawProfile {
  entities: number;
  mentions: number;
}

export interface ArticleProfile {
  path: string;
  /** Distinct entities (of the compared types) per jurisdiction, in the order of CompareResult.jurisdictions. */
  jurisdictions: Record<string, number>;
  /** Laws, acts, treaties, executive orders. */
  hardLaw: LawProfile;
  /** Guidelines, strategies, principles, codes of conduct, plans. */
  softLaw: LawProfile;
  funding: FundingTotal;
  dates: DateSpan;
}

export interface SharedEntity {
  type: NameType;
  id: string;
  canonical: string;
}

export interface ArticlePair {
  a: string;
  b: string;
  /** Jaccard overlap of the linked entities (of the compared types) the two name. */
  jaccard: number;
  /** Cosine similarity of their TF-IDF vectors. */
  cosine: number;
  /** How many entities both name. */
  sharedCount: number;
  /** The entities both name, in matrix order; listed for the SHARED_LISTED most similar pairs only. */
  shared: SharedEntity[];
}

// A corpus of n articles has n²/2 pairs: a few thousand articles would not fit in memory, let alone in the output.
/** Pairs listed by default: every pair of up to 141 articles, the most similar of more. */
export const PAIRS_LISTED = 10_000;
/** Pairs (most similar first) whose shared entities are listed. */
export const SHARED_LISTED = 100;

export interface CompareResult {
  types: NameType[];
  articles: ArticleRef[];
  /** Every jurisdiction seen, most entities first. */
  jurisdictions: string[];
  /** Rows in order: most articles, then most mentions, then name. */
  matrix: MatrixRow[];
  profiles: ArticleProfile[];
  /** The most similar pairs of articles (every pair when there are few), most similar text first. */
  pairs: ArticlePair[];
}

export interface CompareOptions {
  types?: readonly NameType[];
  /** Matrix rows named by at least this many articles (default 1). */
  minDocs?: number;
  /** How many pairs to list, most similar first (default PAIRS_LISTED). */
  pairs?: number;
}

function lawProfile(article: ArticleEntities, type: NameType): LawProfile {
  const of = article.entities.filter((e) => e.type === type);
  return { entities: of.length, mentions: of.reduce((sum, e) => sum + e.mentions, 0) };
}

function profileArticles(articles: readonly ArticleSummary[], types: ReadonlySet<string>): { jurisdictions: string[]; profiles: ArticleProfile[] } {
  const totals = new Map<string, number>();
  const perArticle = articles.map((article) => {
    const counts = new Map<string, number>();
    for (const e of article.entities) {
      if (!types.has(e.type)) continue;
      const j = e.jurisdiction ?? UNKNOWN_JURISDICTION;
      counts.set(j, (counts.get(j) ?? 0) + 1);
      totals.set(j, (totals.get(j) ?? 0) + 1);
    }
    return counts;
  });
  const jurisdictions = [...totals]
    .sort(([ja, a], [jb, b]) => Number(ja === UNKNOWN_JURISDICTION) - Number(jb === UNKNOWN_JURISDICTION) || b - a || ja.localeCompare(jb))
    .map(([j]) => j);
  return {
    jurisdictions,
    profiles: articles.map((article, i) => ({
      path: article.path,
      jurisdictions: Object.fromEntries(jurisdictions.map((j) => [j, perArticle[i].get(j) ?? 0])),
      hardLaw: lawProfile(article, 'law'),
      softLaw: lawProfile(article, 'policy'),
      funding: article.funding,
      dates: article.dates,
    })),
  };
}

function pairArticles(articles: readonly ArticleSummary[], types: ReadonlySet<string>, order: Map<string, number>, listed: number): ArticlePair[] {
  // Each article's entities in matrix order, so a pair's shared list comes out in that order without sorting.
  const entities = articles.map((a) =>
    a.entities.filter((e) => types.has(e.type)).sort((x, y) => order.get(entityKey(x))! - order.get(entityKey(y))!),
  );
  const keySets = entities.map((list) => new Set(list.map(entityKey)));
  const vectors = tfidfOfCounts(articles.map((a) => a.terms));
  const pairs = mostSimilarPairs(vectors, listed, (i, j) => roundScore(jaccard(keySets[i], keySets[j])));
  return pairs.map(({ i, j, cosine, jaccard }, rank) => ({
    a: articles[i].path,
    b: articles[j].path,
    jaccard,
    cosine,
    sharedCount: countShared(keySets[i], keySets[j]),
    shared: rank < SHARED_LISTED ? entities[i].filter((e) => keySets[j].has(entityKey(e))).map(({ type, id, canonical }) => ({ type, id, canonical })) : [],
  }));
}

function countShared(a: ReadonlySet<string>, b: ReadonlySet<string>): number {
  let n = 0;
  for (const k of a) if (b.has(k)) n++;
  return n;
}

export function compareArticles(articles: readonly ArticleSummary[], options: CompareOptions = {}): CompareResult {
  const types = [...(options.types ?? COMPARE_TYPES)];
  const typeSet = new Set<string>(types);
  const minDocs = options.minDocs ?? 1;
  const index = indexEntities(articles, { types });
  const column = new Map(articles.map((a, i) => [a.path, i]));
  // The index is already in matrix order.
  const all: MatrixRow[] = index.entities.map((e) => {
    const counts = articles.map(() => 0);
    for (const a of e.articles) counts[column.get(a.path)!] += a.mentions;
    return {
      type: e.type,
      id: e.id,
      canonical: e.canonical,
      ...(e.jurisdiction ? { jurisdiction: e.jurisdiction } : {}),
      ...(e.abbreviation ? { abbreviation: e.abbreviation } : {}),
      articles: e.articles.length,
      mentions: e.mentions,
      counts,
    };
  });
  const order = new Map(all.map((r, i) => [entityKey(r), i]));
  const { jurisdictions, profiles } = profileArticles(articles, typeSet);
  return {
    types,
    articles: index.articles,
    jurisdictions,
    matrix: all.filter((r) => r.articles >= minDocs),
    profiles,
    pairs: pairArticles(articles, typeSet, order, options.pairs ?? PAIRS_LISTED),
  };
}
