import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseFunding } from '../../src/analyze/funding.js';
import { corpusStats, type StatsInput } from '../../src/analyze/stats.js';
import { extractEntities } from '../../src/extract/index.js';
import { countWords } from '../../src/text/tokens.js';

function input(path: string, text: string): StatsInput {
  return { path, title: path, text, entities: extractEntities({ text }) };
}

const BODY = 'The Digital Agency received 10 billion yen in March 2024. It spent the money on data, on people and on data.';
const PAGE = `Policy Desk\n\nJapan Funds Its Digital Agency\n\nBy Hana Sato\n\n${BODY} The Cabinet Office agreed in 2023.\n\nReferences\nDigital Agency, "Budget", 2019.`;

describe('corpusStats: one article', () => {
  const { articles } = corpusStats([input('a.txt', PAGE)]);
  const a = articles[0];

  it('measures the title and body: no kicker, no byline, no references', () => {
    const body = `Japan Funds Its Digital Agency ${BODY} The Cabinet Office agreed in 2023.`;
    expect(a.words).toBe(countWords(body));
    expect(a.sentences).toBe(4);
    // Characters as a reader sees them: the line breaks between title and paragraph are one space each.
    expect(a.characters).toBe(body.length);
  });

  it('gives the type/token ratio of the lower-cased words', () => {
    const words = `Japan Funds Its Digital Agency ${BODY} The Cabinet Office agreed in 2023.`.toLowerCase().match(/[\p{L}\p{N}]+(?:[.,]\d+)*/gu)!;
    expect(a.types).toBe(new Set(words).size);
    expect(a.typeTokenRatio).toBeCloseTo(a.types / a.words, 3);
  });

  it('counts mentions per type, the funding total as jpai funding counts it, and the span of dates', () => {
    expect(a.mentions.agency).toBe(3);
    expect(a.mentions.funding).toBe(1);
    expect(a.mentions.date).toBe(2);
    const funding = summariseFunding([{ path: 'a.txt', text: PAGE, entities: extractEntities({ text: PAGE }) }], { currency: 'USD' });
    expect(a.funding).toEqual({ figures: 1, usd: Math.round(funding.totals.total) });
    expect(a.funding.usd).toBeGreaterThan(60_000_000);
    // The 2019 of the references is left out.
    expect(a.dates).toEqual({ first: '2023', last: '2024-03' });
  });

  it('brings the references back when asked', () => {
    const withRefs = corpusStats([input('a.txt', PAGE)], { includeReferences: true }).articles[0];
    expect(withRefs.words).toBeGreaterThan(a.words);
    expect(withRefs.dates).toEqual({ first: '2019', last: '2024-03' });
    expect(withRefs.mentions.agency).toBe(4);
  });
});

describe('corpusStats: totals', () => {
  it('adds up articles, and takes types and dates over the whole corpus', () => {
    const result = corpusStats([
      input('a.txt', 'Japan set up the AI Safety Institute in February 2024. Japan funds research.'),
      input('b.txt', 'In the 1980s Japan and the United States argued over chips.'),
    ]);
    const [a, b] = result.articles;
    expect(result.total.articles).toBe(2);
    expect(result.total.words).toBe(a.words + b.words);
    expect(result.total.sentences).toBe(a.sentences + b.sentences);
    expect(result.total.characters).toBe(a.characters + b.characters);
    expect(result.total.types).toBeLessThan(a.types + b.types);
    expect(result.total.dates).toEqual({ first: '1980s', last: '2024-02' });
    expect(b.dates).toEqual({ first: '1980s', last: '1980s' });
  });

  it('on the bundled corpus, totals are the sums of the articles', () => {
    const inputs = readdirSync('corpus').sort().map((f) => input(f, readFileSync(`corpus/${f}`, 'utf8')));
    const result = corpusStats(inputs);
    const sum = (f: (a: (typeof result.articles)[number]) => number) => result.articles.reduce((s, a) => s + f(a), 0);
    expect(result.total.words).toBe(sum((a) => a.words));
    expect(result.total.mentions.agency).toBe(sum((a) => a.mentions.agency));
    expect(result.total.funding.figures).toBe(sum((a) => a.funding.figures));
    expect(Math.abs(result.total.funding.usd - sum((a) => a.funding.usd))).toBeLessThanOrEqual(result.articles.length);
    for (const a of result.articles) {
      expect(a.words, a.path).toBeLessThan(countWords(inputs.find((i) => i.path === a.path)!.text));
      expect(a.typeTokenRatio).toBeGreaterThan(0.2);
      expect(a.typeTokenRatio).toBeLessThan(0.6);
    }
  });
});
