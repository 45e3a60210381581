// How the articles differ: an article × entity matrix, a profile of each article (whose bodies and instruments it
// names, hard law against soft law, the money it reports, the years it covers), and how alike each pair is.
// Each article is first summarised to counts (summarizeArticle), so the comparison never holds the texts; the
// counts are packed as numbers in the corpus's tables (a few hundred bytes an article), and the matrix is kept
// sparse: a gigabyte of articles is 144,000 columns.

import type { Document, Entity } from '../types.js';
import {
  byReach, entityKey, EntityTable, sharedName, tallyEntities, type ArticleRef, type EntityEntry, type NameTable, type NameType,
} from './entities.js';
import { summariseFunding } from './funding.js';
import { numberTerms, packTermCounts, PackedVectors, termCounts, Vocabulary } from './similarity.js';
import { mostSimilarPairs, roundScore } from './pair-search.js';
import { PackedLists } from './term-table.js';
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
export interface ArticleSummary extends ArticleRef {
  funding: FundingTotal;
  dates: DateSpan;
  /** The corpus's tables, which the two lists below are packed in. */
  tables: CorpusTables;
  /** Handle of the article's entities (numbers of tables.entities) and mentions, in pairs, in tables.lists. */
  entities: number;
  /** Handle of its content words' numbers (of tables.words) and counts, for TF-IDF (packTermCounts). */
  terms: number;
}

function fundingTotal(path: string, text: string, entities: readonly Entity[]): FundingTotal {
  const { totals, leftOut } = summariseFunding([{ path, text, entities: [...entities] }], { currency: 'USD' });
  const unconverted = leftOut.find((l) => l.reason === 'no-rate')?.figures ?? 0;
  return { figures: totals.figures, usd: Math.round(totals.total), unconverted };
}

function dateSpan(entities: readonly Entity[]): DateSpan {
  // Every field at once: a span given its dates later would keep them in a separate block of properties.
  const span: DateSpan = { dates: 0, first: undefined, last: undefined };
  for (const e of entities) {
    if (e.type !== 'date' || !e.value || e.citation) continue;
    span.dates++;
    const last = e.endValue ?? e.value;
    if (!span.first || startKey(e.value) < startKey(span.first)) span.first = e.value;
    if (!span.last || endKey(last) > endKey(span.last)) span.last = last;
  }
  return span;
}

/**
 * What the summaries of one corpus share: the numbers of its words and entities, one copy of each date, and the
 * lists each article's counts are packed in.
 */
export interface CorpusTables {
  words: Vocabulary;
  dates: NameTable;
  entities: EntityTable;
  lists: PackedLists;
}

export function corpusTables(): CorpusTables {
  return { words: new Vocabulary(), dates: new Map(), entities: new EntityTable(), lists: new PackedLists() };
}

/**
 * What an article gives a comparison before anything is numbered: made where the article is extracted (a worker
 * thread), so the thread that compares receives counts instead of the text and its entities.
 */
export interface ArticleParts extends ArticleRef {
  funding: FundingTotal;
  dates: DateSpan;
  /** The entities it names, in order of first mention, with their mentions. */
  named: { entity: EntityEntry; mentions: number }[];
  /** Its content words with their counts, in the order first seen. */
  terms: Map<string, number>;
}

export function articleParts(doc: Document, entities: readonly Entity[]): ArticleParts {
  return {
    path: doc.path,
    title: doc.title,
    words: doc.words,
    funding: fundingTotal(doc.path, doc.text, entities),
    dates: dateSpan(entities),
    named: tallyEntities(entities).map(({ aliases: _aliases, mentions, ...entity }) => ({ entity, mentions })),
    terms: termCounts(doc.plain ?? doc.text),
  };
}

/** The article's parts numbered and packed in the corpus's tables: all the comparison keeps of it. */
export function summarizeParts(parts: ArticleParts, tables: CorpusTables): ArticleSummary {
  const { dates } = parts;
  // Dates repeat across a corpus: one copy of each.
  if (dates.first) dates.first = sharedName(tables.dates, dates.first);
  if (dates.last) dates.last = sharedName(tables.dates, dates.last);
  return {
    path: parts.path,
    title: parts.title,
    words: parts.words,
    funding: parts.funding,
    dates,
    tables,
    entities: tables.lists.add(parts.named.flatMap(({ entity, mentions }) => [tables.entities.numberOf(entity), mentions])),
    terms: packTermCounts(tables.lists, numberTerms(parts.terms, tables.words)),
  };
}

/** What the comparison keeps of an article: counts, never the text. `tables` are shared by the whole corpus. */
export function summarizeArticle(doc: Document, entities: readonly Entity[], tables: CorpusTables): ArticleSummary {
  return summarizeParts(articleParts(doc, entities), tables);
}

/** The entities an article names (of every named type), each with its mentions: what its summary packs. */
export function articleEntities(article: ArticleSummary): { entity: EntityEntry; mentions: number }[] {
  const reader = new EntityReader(article.tables).load(article);
  return Array.from({ length: reader.count }, (_, k) => ({ entity: reader.entity(k), mentions: reader.mentions(k) }));
}

/** An entity named by `articles` of the corpus: the matrix's row, kept sparse. */
interface RowEntity extends EntityEntry {
  /** How many articles name it. */
  articles: number;
  mentions: number;
}

/**
 * A row of the matrix: the entity, and its mentions in each article. Only the articles that name it are held; the
 * full row (`counts`, and the JSON) is made when asked for.
 */
export class MatrixRow implements RowEntity {
  readonly type: NameType;
  readonly id: string;
  readonly canonical: string;
  readonly jurisdiction?: string;
  readonly abbreviation?: string;
  readonly articles: number;
  readonly mentions: number;

  /**
   * `named`: the numbers (in CompareResult.articles) of the articles that name it, increasing; `times`: the
   * mentions in each; `width`: the number of articles.
   */
  constructor(entity: RowEntity, readonly named: Int32Array, readonly times: Int32Array, private readonly width: number) {
    this.type = entity.type;
    this.id = entity.id;
    this.canonical = entity.canonical;
    if (entity.jurisdiction) this.jurisdiction = entity.jurisdiction;
    if (entity.abbreviation) this.abbreviation = entity.abbreviation;
    this.articles = entity.articles;
    this.mentions = entity.mentions;
  }

  /** Mentions in article `i` (of CompareResult.articles). */
  countIn(i: number): number {
    let [low, high] = [0, this.named.length - 1];
    while (low <= high) {
      const mid = (low + high) >> 1;
      if (this.named[mid] === i) return this.times[mid];
      if (this.named[mid] < i) low = mid + 1;
      else high = mid - 1;
    }
    return 0;
  }

  /** Mentions per article, in the order of CompareResult.articles. */
  get counts(): number[] {
    const counts = new Array<number>(this.width).fill(0);
    this.named.forEach((i, k) => (counts[i] = this.times[k]));
    return counts;
  }

  toJSON() {
    const { type, id, canonical, jurisdiction, abbreviation, articles, mentions } = this;
    return { type, id, canonical, ...(jurisdiction ? { jurisdiction } : {}), ...(abbreviation ? { abbreviation } : {}), articles, mentions, counts: this.counts };
  }
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

/** The articles' entity lists, read one at a time (numbers of the tables' EntityTable, with their mentions). */
class EntityReader {
  readonly numbers: Int32Array;
  length = 0;

  constructor(private readonly tables: CorpusTables) {
    this.numbers = new Int32Array(tables.lists.longest);
  }

  /** Reads the article's list; then pairs 0..length/2 - 1 are (entity, mentions) at 2k, 2k + 1. */
  load(article: ArticleSummary): this {
    this.length = this.tables.lists.read(article.entities, this.numbers);
    return this;
  }

  entity(k: number): EntityEntry {
    return this.tables.entities.entries[this.numbers[2 * k]];
  }

  mentions(k: number): number {
    return this.numbers[2 * k + 1];
  }

  get count(): number {
    return this.length / 2;
  }
}

function profileArticles(articles: readonly ArticleSummary[], tables: CorpusTables, types: ReadonlySet<string>): { jurisdictions: string[]; profiles: ArticleProfile[] } {
  const reader = new EntityReader(tables);
  const jurisdictionOf = (e: EntityEntry) => e.jurisdiction ?? UNKNOWN_JURISDICTION;
  const totals = new Map<string, number>();
  for (const article of articles) {
    reader.load(article);
    for (let k = 0; k < reader.count; k++) {
      const e = reader.entity(k);
      if (types.has(e.type)) totals.set(jurisdictionOf(e), (totals.get(jurisdictionOf(e)) ?? 0) + 1);
    }
  }
  const jurisdictions = [...totals]
    .sort(([ja, a], [jb, b]) => Number(ja === UNKNOWN_JURISDICTION) - Number(jb === UNKNOWN_JURISDICTION) || b - a || ja.localeCompare(jb))
    .map(([j]) => j);
  const column = new Map(jurisdictions.map((j, c) => [j, c]));
  const counts = new Int32Array(jurisdictions.length);
  const profiles = articles.map((article): ArticleProfile => {
    reader.load(article);
    counts.fill(0);
    const hardLaw = { entities: 0, mentions: 0 };
    const softLaw = { entities: 0, mentions: 0 };
    for (let k = 0; k < reader.count; k++) {
      const e = reader.entity(k);
      if (types.has(e.type)) counts[column.get(jurisdictionOf(e))!]++;
      const law = e.type === 'law' ? hardLaw : e.type === 'policy' ? softLaw : undefined;
      if (law) {
        law.entities++;
        law.mentions += reader.mentions(k);
      }
    }
    return {
      path: article.path,
      jurisdictions: Object.fromEntries(jurisdictions.map((j, c) => [j, counts[c]])),
      hardLaw,
      softLaw,
      funding: article.funding,
      dates: article.dates,
    };
  });
  return { jurisdictions, profiles };
}

/**
 * The entities of the compared types, in matrix order (most articles, then most mentions, then by name), each as
 * the first article that names it writes it (jurisdiction and abbreviation: the first that knows them), and for
 * each EntityTable number, its place in that order (-1 for other types).
 */
function matrixOrder(articles: readonly ArticleSummary[], tables: CorpusTables, types: ReadonlySet<string>): { entities: RowEntity[]; placeOf: Int32Array } {
  const reader = new EntityReader(tables);
  const byKey = new Map<string, RowEntity>();
  for (const article of articles) {
    reader.load(article);
    for (let k = 0; k < reader.count; k++) {
      const t = reader.entity(k);
      if (!types.has(t.type)) continue;
      let e = byKey.get(entityKey(t));
      if (!e) byKey.set(entityKey(t), (e = { type: t.type, id: t.id, canonical: t.canonical, articles: 0, mentions: 0 }));
      e.articles++;
      e.mentions += reader.mentions(k);
      e.jurisdiction ??= t.jurisdiction;
      e.abbreviation ??= t.abbreviation;
    }
  }
  const entities = [...byKey.values()].sort(byReach((x) => x.articles));
  const place = new Map(entities.map((e, p) => [entityKey(e), p]));
  const placeOf = Int32Array.from(tables.entities.entries, (e) => place.get(entityKey(e)) ?? -1);
  return { entities, placeOf };
}

/** The rows of `entities` named by at least `minDocs` articles, with the articles that name them. */
function matrixRows(articles: readonly ArticleSummary[], tables: CorpusTables, order: { entities: RowEntity[]; placeOf: Int32Array }, minDocs: number): MatrixRow[] {
  const kept = order.entities.map((e) => e.articles >= minDocs);
  const named = order.entities.map((e, p) => (kept[p] ? new Int32Array(e.articles) : undefined));
  const times = order.entities.map((e, p) => (kept[p] ? new Int32Array(e.articles) : undefined));
  const filled = new Int32Array(order.entities.length);
  const reader = new EntityReader(tables);
  articles.forEach((article, i) => {
    reader.load(article);
    for (let k = 0; k < reader.count; k++) {
      const p = order.placeOf[reader.numbers[2 * k]];
      if (p < 0 || !kept[p]) continue;
      named[p]![filled[p]] = i;
      times[p]![filled[p]++] = reader.mentions(k);
    }
  });
  return order.entities.flatMap((e, p) => (kept[p] ? [new MatrixRow(e, named[p]!, times[p]!, articles.length)] : []));
}

/** An article's entities of the compared types, as matrix places, in matrix order, with their EntityTable numbers. */
function placesOf(reader: EntityReader, placeOf: Int32Array): { places: number[]; numbers: number[] } {
  const found: [number, number][] = [];
  for (let k = 0; k < reader.count; k++) {
    const p = placeOf[reader.numbers[2 * k]];
    if (p >= 0) found.push([p, reader.numbers[2 * k]]);
  }
  found.sort((a, b) => a[0] - b[0]);
  return { places: found.map(([p]) => p), numbers: found.map(([, n]) => n) };
}

/** How many numbers two increasing lists share. */
function countShared(a: readonly number[], b: readonly number[]): number {
  let shared = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) (shared++, i++, j++);
    else if (a[i] < b[j]) i++;
    else j++;
  }
  return shared;
}

function pairArticles(articles: readonly ArticleSummary[], tables: CorpusTables, placeOf: Int32Array, listed: number): ArticlePair[] {
  // Two articles' entities read at a time, in matrix order, so a pair's shared list comes out in that order.
  const [first, second] = [new EntityReader(tables), new EntityReader(tables)];
  const entitiesOf = (i: number, reader: EntityReader) => placesOf(reader.load(articles[i]), placeOf);
  const overlap = (i: number, j: number) => {
    const [a, b] = [entitiesOf(i, first).places, entitiesOf(j, second).places];
    const shared = countShared(a, b);
    const union = a.length + b.length - shared;
    return { shared, jaccard: union === 0 ? 0 : shared / union };
  };
  const vectors = new PackedVectors(tables.lists, articles.map((a) => a.terms));
  const pairs = mostSimilarPairs(vectors, listed, (i, j) => roundScore(overlap(i, j).jaccard));
  return pairs.map(({ i, j, cosine, jaccard }, rank) => {
    const a = entitiesOf(i, first);
    const inB = new Set(entitiesOf(j, second).places);
    return {
      a: articles[i].path,
      b: articles[j].path,
      jaccard,
      cosine,
      sharedCount: overlap(i, j).shared,
      shared: rank < SHARED_LISTED
        ? a.numbers.filter((_, k) => inB.has(a.places[k])).map((n) => {
          const { type, id, canonical } = tables.entities.entries[n];
          return { type, id, canonical };
        })
        : [],
    };
  });
}

export function compareArticles(articles: readonly ArticleSummary[], options: CompareOptions = {}): CompareResult {
  const types = [...(options.types ?? COMPARE_TYPES)];
  const typeSet = new Set<string>(types);
  const tables = articles[0]?.tables ?? corpusTables();
  if (articles.some((a) => a.tables !== tables)) throw new Error('compareArticles: the articles were summarised with different tables');
  const order = matrixOrder(articles, tables, typeSet);
  const { jurisdictions, profiles } = profileArticles(articles, tables, typeSet);
  return {
    types,
    articles: articles.map(({ path, title, words }) => ({ path, title, words })),
    jurisdictions,
    matrix: matrixRows(articles, tables, order, options.minDocs ?? 1),
    profiles,
    pairs: pairArticles(articles, tables, order.placeOf, options.pairs ?? PAIRS_LISTED),
  };
}
