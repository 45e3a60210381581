// The size and make-up of each article and of the corpus: characters, words, sentences, type/token ratio,
// entity mentions per type, the funding total (as `jpai funding` counts it) and the span of the dates cited.
// Everything is measured on the body: boilerplate, and references unless asked for, are left out.

import { ENTITY_TYPES, type DateEntity, type Entity, type EntityType } from '../types.js';
import { splitSentences } from '../text/sentences.js';
import { tokenize } from '../text/tokens.js';
import { blankSpans, excludedSpans, findBoilerplate, overlapsAny, sharedLines } from './boilerplate.js';
import { summariseFunding } from './funding.js';

export interface StatsInput {
  path: string;
  title: string;
  text: string;
  entities: readonly Entity[];
}

export interface StatsOptions {
  includeReferences?: boolean;
}

export interface StatsCounts {
  /** Characters of the body, each run of white space counted as one space. */
  characters: number;
  words: number;
  sentences: number;
  /** Distinct word forms, lower-cased. */
  types: number;
  /** types / words, three decimals; 0 for no words. */
  typeTokenRatio: number;
  mentions: Record<EntityType, number>;
  /** Funding figures counted and their total in US dollars (no money twice; market sizes and valuations out). */
  funding: { figures: number; usd: number };
  /** The earliest and latest date cited (ISO), when there are any. */
  dates: { first?: string; last?: string };
}

export interface ArticleStats extends StatsCounts {
  path: string;
  title: string;
}

export interface StatsResult {
  articles: ArticleStats[];
  total: StatsCounts & { articles: number };
}

function noMentions(): Record<EntityType, number> {
  return Object.fromEntries(ENTITY_TYPES.map((t) => [t, 0])) as Record<EntityType, number>;
}

const ratio = (types: number, words: number) => (words === 0 ? 0 : Number((types / words).toFixed(3)));

// A decade ("1980s") sorts by its first year when it opens a span and by its last when it closes one.
const firstKey = (value: string) => (value.endsWith('s') ? value.slice(0, -1) : value);
const lastKey = (value: string) => (value.endsWith('s') ? String(Number(value.slice(0, -1)) + 9) : value);

function dateSpan(dates: readonly DateEntity[], into: StatsCounts['dates'] = {}): StatsCounts['dates'] {
  for (const d of dates) {
    if (!d.value) continue;
    const last = d.endValue ?? d.value;
    if (!into.first || firstKey(d.value) < firstKey(into.first)) into.first = d.value;
    if (!into.last || lastKey(last) > lastKey(into.last)) into.last = last;
  }
  return into;
}

interface Body {
  input: StatsInput;
  entities: Entity[];
  counts: Omit<StatsCounts, 'funding'>;
}

/** One article's counts; its word forms go into `corpusTypes` (kept per article, every token would be held). */
function measure(input: StatsInput, shared: ReadonlySet<string>, options: StatsOptions, corpusTypes: Set<string>): Body {
  const excluded = excludedSpans(findBoilerplate(input.text, shared), options.includeReferences);
  const text = blankSpans(input.text, excluded);
  const words = tokenize(text).map((t) => t.text.toLowerCase().replace(/’/g, "'"));
  const entities = input.entities.filter((e) => !overlapsAny(excluded, e.start, e.end));
  const mentions = noMentions();
  for (const e of entities) mentions[e.type]++;
  const types = new Set(words).size;
  for (const w of words) corpusTypes.add(w);
  return {
    input,
    entities,
    counts: {
      // As a reader sees them: a run of white space is one space (an HTML page's blanked tags or a cut-out are none).
      characters: text.replace(/\s+/g, ' ').trim().length,
      words: words.length,
      sentences: splitSentences(text).length,
      types,
      typeTokenRatio: ratio(types, words.length),
      mentions,
      dates: dateSpan(entities.filter((e): e is DateEntity => e.type === 'date')),
    },
  };
}

export function corpusStats(inputs: readonly StatsInput[], options: StatsOptions = {}): StatsResult {
  const shared = sharedLines(inputs.map((i) => i.text));
  const types = new Set<string>();
  const bodies = inputs.map((input) => measure(input, shared, options, types));
  const funding = summariseFunding(bodies.map((b) => ({ path: b.input.path, text: b.input.text, entities: b.entities })), {
    currency: 'USD',
    by: 'article',
  });
  const byArticle = new Map(funding.totals.groups.map((g) => [g.key, g]));
  const articles = bodies.map((b) => {
    const group = byArticle.get(b.input.path);
    return {
      path: b.input.path,
      title: b.input.title,
      ...b.counts,
      funding: { figures: group?.figures ?? 0, usd: Math.round(group?.total ?? 0) },
    };
  });
  const mentions = noMentions();
  const dates: StatsCounts['dates'] = {};
  for (const b of bodies) {
    for (const t of ENTITY_TYPES) mentions[t] += b.counts.mentions[t];
    dateSpan(b.entities.filter((e): e is DateEntity => e.type === 'date'), dates);
  }
  const sum = (key: 'characters' | 'words' | 'sentences') => articles.reduce((s, a) => s + a[key], 0);
  const words = sum('words');
  return {
    articles,
    total: {
      articles: articles.length,
      characters: sum('characters'),
      words,
      sentences: sum('sentences'),
      types: types.size,
      typeTokenRatio: ratio(types.size, words),
      mentions,
      funding: { figures: funding.totals.figures, usd: Math.round(funding.totals.total) },
      dates,
    },
  };
}
