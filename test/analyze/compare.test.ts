import { beforeAll, describe, expect, it } from 'vitest';
import { articleEntities, compareArticles, corpusTables, summarizeArticle, type ArticleSummary, type CompareResult } from '../../src/analyze/compare.js';
import { TfIdf } from 'natural/lib/natural/tfidf/index.js';
import { dot, jaccard, termCounts, tfidfVectors, unpackTermCounts, Vocabulary } from '../../src/analyze/similarity.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractEntities } from '../../src/extract/index.js';
import type { Document, Entity } from '../../src/types.js';
import { at, doc } from './mentions.js';

const JP = { jurisdiction: 'JP', known: true } as const;
const money = (amount: number, currency: string, usd: number | undefined, role: string) =>
  ({ type: 'funding', amount, currency, usd, role, equivalents: [], approximate: false }) as Partial<Entity> & { type: 'funding' };
const date = (value: string, extra: object = {}) =>
  ({ type: 'date', value, precision: value.length === 4 ? 'year' : 'month', inferred: false, fiscal: false, citation: false, ...extra }) as Partial<Entity> & { type: 'date' };

// Soft law and money: a guideline twice, a law once, a subsidy repeated, a market size, and a note.
const SOFT = [
  'METI issued the AI Guidelines for Business in April 2024 under the Copyright Act.',
  'The AI Guidelines for Business sit beside a ¥10 billion subsidy; the ¥10 billion subsidy runs from 2022 to 2026.',
  'The market is worth $5 billion.',
  '',
  'Notes',
  '[1] METI, ¥99 billion report, 2019.',
].join('\n');
const softEntities: Entity[] = [
  at(SOFT, 'METI', { type: 'agency', id: 'meti', canonical: 'Ministry of Economy, Trade and Industry', abbreviation: 'METI', ...JP }),
  at(SOFT, 'AI Guidelines for Business', { type: 'policy', id: 'ai-guidelines', kind: 'guideline', ...JP }),
  at(SOFT, 'April 2024', date('2024-04')),
  at(SOFT, 'Copyright Act', { type: 'law', id: 'copyright-act', kind: 'act', ...JP }),
  at(SOFT, 'AI Guidelines for Business', { type: 'policy', id: 'ai-guidelines', kind: 'guideline', ...JP }, 1),
  at(SOFT, '¥10 billion', money(10e9, 'JPY', 70e6, 'subsidy')),
  at(SOFT, '¥10 billion', money(10e9, 'JPY', 70e6, 'subsidy'), 1),
  at(SOFT, 'from 2022 to 2026', { ...date('2022'), endValue: '2026' }),
  at(SOFT, '$5 billion', money(5e9, 'USD', 5e9, 'market-size')),
  at(SOFT, 'METI', { type: 'agency', id: 'meti', canonical: 'Ministry of Economy, Trade and Industry', abbreviation: 'METI', ...JP }, 1),
  at(SOFT, '¥99 billion', money(99e9, 'JPY', 700e6, 'budget')),
  at(SOFT, '2019', date('2019', { citation: true })),
];

const HARD = 'The U.S. Congress passed the National AI Initiative Act; NIST and METI met in the 1980s and in 2023 over a 5 million XTS grant.';
const hardEntities: Entity[] = [
  at(HARD, 'U.S. Congress', { type: 'agency', id: 'congress', jurisdiction: 'US', known: true }),
  at(HARD, 'National AI Initiative Act', { type: 'law', id: 'naiia', kind: 'act', jurisdiction: 'US', known: true }),
  at(HARD, 'NIST', { type: 'agency', id: 'nist', jurisdiction: 'US', known: true }),
  at(HARD, 'METI', { type: 'agency', id: 'meti', canonical: 'Ministry of Economy, Trade and Industry', abbreviation: 'METI', ...JP }),
  at(HARD, 'the 1980s', { ...date('1980s'), precision: 'decade' }),
  at(HARD, '2023', date('2023')),
  at(HARD, '5 million XTS', money(5e6, 'XTS', undefined, 'aid')),
];

const tables = corpusTables();
const vocabulary = tables.words;
const soft = summarizeArticle(doc('soft.txt', SOFT), softEntities, tables);
const hard = summarizeArticle(doc('hard.txt', HARD), hardEntities, tables);

describe('summarizeArticle', () => {
  it('totals the money as jpai funding does: a repeated figure once, no market sizes', () => {
    // The subsidy (said twice) and the budget in the notes; not the market size.
    expect(soft.funding.figures).toBe(2);
    expect(soft.funding.usd).toBeGreaterThan(0);
    expect(soft.funding.unconverted).toBe(0);
  });

  it('counts a figure it cannot convert to dollars apart', () => {
    expect(hard.funding).toEqual({ figures: 0, usd: 0, unconverted: 1 });
  });

  it('spans the body dates, ranges to their end, citations left out; a decade starts the span', () => {
    expect(soft.dates).toEqual({ dates: 2, first: '2022', last: '2026' });
    expect(hard.dates).toEqual({ dates: 2, first: '1980s', last: '2023' });
  });

  it('keeps counts of numbered words, not the text', () => {
    expect(JSON.stringify(soft)).not.toContain('sit beside');
    const [raw, terms, counts] = [0, 1, 2].map(() => new Int32Array(Math.max(tables.lists.longest, 1000)));
    const n = unpackTermCounts(tables.lists, soft.terms, raw, terms, counts);
    const countOf = (term: string) => counts[terms.subarray(0, n).indexOf(vocabulary.numberOf(term))];
    expect(countOf('guidelines')).toBe(2);
    expect(countOf('business')).toBe(2);
    // Both articles' words are numbered already: a function word is not among them.
    const size = vocabulary.size;
    expect(vocabulary.numberOf('the')).toBe(size);
  });

  it('holds one entry for each entity across articles', () => {
    const meti = (s: ArticleSummary) => articleEntities(s).find((e) => e.entity.id === 'meti')!;
    const again = summarizeArticle(doc('soft.txt', SOFT), structuredClone(softEntities), tables);
    expect(meti(again).entity).toBe(meti(soft).entity);
    expect(meti(again)).toMatchObject({ entity: { canonical: 'Ministry of Economy, Trade and Industry', abbreviation: 'METI' }, mentions: 2 });
  });

  it('packs the entities of every named type with their mentions, in order of first mention', () => {
    expect(articleEntities(hard).map(({ entity, mentions }) => [entity.id, entity.jurisdiction, mentions])).toEqual([
      ['congress', 'US', 1], ['naiia', 'US', 1], ['nist', 'US', 1], ['meti', 'JP', 1],
    ]);
  });
});

describe('compareArticles', () => {
  const result = compareArticles([soft, hard]);

  it('builds the matrix of mentions, most articles first, then most mentions, then by name', () => {
    expect(result.articles.map((a) => a.path)).toEqual(['soft.txt', 'hard.txt']);
    expect(result.matrix.map((r) => [r.id, r.articles, r.counts])).toEqual([
      ['meti', 2, [2, 1]],
      ['ai-guidelines', 1, [2, 0]],
      ['copyright-act', 1, [1, 0]],
      ['naiia', 1, [0, 1]],
      ['nist', 1, [0, 1]],
      ['congress', 1, [0, 1]],
    ]);
  });

  it('drops rows named by fewer than --min-docs articles, and keeps only the types asked for', () => {
    expect(compareArticles([soft, hard], { minDocs: 2 }).matrix.map((r) => r.id)).toEqual(['meti']);
    expect(compareArticles([soft, hard], { types: ['law'] }).matrix.map((r) => r.id)).toEqual(['copyright-act', 'naiia']);
  });

  it('profiles each article: distinct entities by jurisdiction, hard law against soft law', () => {
    expect(result.jurisdictions).toEqual(['JP', 'US']);
    expect(result.profiles.map((p) => p.jurisdictions)).toEqual([{ JP: 3, US: 0 }, { JP: 1, US: 3 }]);
    expect(result.profiles[0]).toMatchObject({ hardLaw: { entities: 1, mentions: 1 }, softLaw: { entities: 1, mentions: 2 } });
    expect(result.profiles[1]).toMatchObject({ hardLaw: { entities: 1, mentions: 1 }, softLaw: { entities: 0, mentions: 0 } });
  });

  it('pairs the articles with the Jaccard overlap of their entities and what they share', () => {
    expect(result.pairs).toHaveLength(1);
    const [pair] = result.pairs;
    expect(pair.jaccard).toBe(round(1 / 6));
    expect(pair.shared.map((e) => e.id)).toEqual(['meti']);
    expect(pair.cosine).toBeGreaterThan(0);
    expect(pair.cosine).toBeLessThan(1);
  });
});

const round = (x: number) => Math.round(x * 10000) / 10000;

describe('similarity', () => {
  it('Jaccard: shared over all, 0 for two empty sets', () => {
    expect(jaccard(new Set(['a', 'b']), new Set(['b', 'c']))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it('cosine of TF-IDF (unit vectors, so a dot product): 1 for the same words, 0 for none shared, else between', () => {
    const [a, b, c, d, empty] = tfidfVectors([
      termCounts('Soft law guidelines for business.'),
      termCounts('guidelines, soft law, business'),
      termCounts('Semiconductor subsidies and chips.'),
      termCounts('Soft law and chips.'),
      termCounts('the 2024'),
    ]);
    expect(dot(a, a)).toBeCloseTo(1);
    expect(dot(a, b)).toBeCloseTo(1);
    expect(dot(a, c)).toBe(0);
    expect(dot(a, d)).toBeGreaterThan(0);
    expect(dot(a, d)).toBeLessThan(1);
    expect(dot(d, a)).toBe(dot(a, d));
    expect(dot(a, empty)).toBe(0);
  });

  it("weighs words as natural's TfIdf does, to the last bit", () => {
    const texts = ['Soft law guidelines for business, soft law.', 'guidelines and chips', 'Chips, chips and law.', 'the 2024'];
    const natural = new TfIdf();
    for (const text of texts) natural.addDocument(Object.fromEntries(termCounts(text)) as unknown as Record<string, string>);
    const vectors = tfidfVectors(texts.map(termCounts));
    const numbers = new Vocabulary();
    for (const text of texts) for (const term of termCounts(text).keys()) numbers.numberOf(term);
    texts.forEach((text, d) => {
      // In term-number order, as the vector holds them and sums them.
      const terms = [...termCounts(text).keys()].sort((x, y) => numbers.numberOf(x) - numbers.numberOf(y));
      const raw = terms.map((term) => natural.tfidf([term], d));
      const length = Math.sqrt(raw.reduce((sum, w) => sum + w * w, 0)) || 1;
      expect([...vectors[d].weights]).toEqual(raw.map((w) => w / length));
    });
  });

  it('counts content words only: no function words, numbers or single letters', () => {
    expect([...termCounts('In 2024 the METI’s a AI plan, and the plan.')]).toEqual([["meti's", 1], ['ai', 1], ['plan', 2]]);
  });
});

describe('the bundled corpus', () => {
  let result: CompareResult;
  const pathOf = (name: string) => result.articles.find((a) => a.path.endsWith(name))!.path;

  let documents: Document[];

  beforeAll(async () => {
    ({ documents } = await loadCorpus([]));
    const shared = corpusTables();
    const summaries: ArticleSummary[] = documents.map((d) => summarizeArticle(d, extractEntities(d), shared));
    result = compareArticles(summaries);
  });

  it('has five articles', () => {
    expect(result.articles).toHaveLength(5);
  });

  it('METI and the Hiroshima AI Process are named by all five articles', () => {
    for (const id of ['ministry-of-economy-trade-and-industry', 'hiroshima-ai-process']) {
      const row = result.matrix.find((r) => r.id === id)!;
      expect(row.articles).toBe(5);
      expect(row.counts.every((n) => n > 0)).toBe(true);
    }
  });

  it('the US-Japan article names more US-jurisdiction entities than any other article', () => {
    const us = (path: string) => result.profiles.find((p) => p.path === path)!.jurisdictions.US;
    const usJapan = pathOf('us-japan-ai-relations.txt');
    for (const other of result.articles.filter((a) => a.path !== usJapan)) expect(us(usJapan)).toBeGreaterThan(us(other.path));
  });

  it('the diplomacy article names more laws than policies; the Japan-Canada article names no law', () => {
    const profile = (name: string) => result.profiles.find((p) => p.path === pathOf(name))!;
    const diplomacy = profile('japans-ai-diplomacy.txt');
    expect(diplomacy.hardLaw.entities).toBeGreaterThan(diplomacy.softLaw.entities);
    expect(profile('japan-canada-ai-strategy.txt').hardLaw.entities).toBe(0);
  });

  it('pairs every two articles once', () => {
    expect(result.pairs).toHaveLength(10);
    expect(new Set(result.pairs.map((p) => `${p.a}|${p.b}`)).size).toBe(10);
  });

  it('lists only the most similar pairs when asked for fewer, the same as the head of the full list', () => {
    const shared = corpusTables();
    const summaries = documents.map((d) => summarizeArticle(d, extractEntities(d), shared));
    expect(compareArticles(summaries, { pairs: 3 }).pairs).toEqual(result.pairs.slice(0, 3));
  });
});
