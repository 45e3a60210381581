import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  fundingRowsOf, shortenAround, summariseFunding, summariseRows, TOTAL_KEYS, type FundingInput, type FundingRow, type FundingSummary,
} from '../../src/analyze/funding.js';
import { extractEntities } from '../../src/extract/index.js';
import { convert, fxTable } from '../../src/extract/normalise.js';
import type { AgencyEntity, DateEntity, Entity, FundingEntity, FundingRole, MoneyValue, OrganizationEntity } from '../../src/types.js';

// Hand-made entities: each test states exactly what the extractor handed over.
let offset = 0;
function figure(line: number, amount: number, currency: string, role: FundingRole, more: Partial<FundingEntity> = {}): FundingEntity {
  const start = (offset += 100);
  return {
    type: 'funding', text: `${currency} ${amount}`, start, end: start + 10, line, column: 1, canonical: `${currency} ${amount}`,
    id: `${currency}-${amount}`, rule: 'test', amount, currency, equivalents: [], role, approximate: false, ...more,
  };
}
function agency(id: string, name: string, jurisdiction: string, abbreviation?: string): AgencyEntity {
  return {
    type: 'agency', text: name, start: 0, end: name.length, line: 1, column: 1, canonical: name, id, rule: 'test', jurisdiction, known: true,
    ...(abbreviation ? { abbreviation } : {}),
  };
}
function organization(id: string, name: string, jurisdiction?: string): OrganizationEntity {
  return { type: 'organization', text: name, start: 0, end: name.length, line: 1, column: 1, canonical: name, id, rule: 'test', known: true, ...(jurisdiction ? { jurisdiction } : {}) };
}
function date(value: string, citation = false): DateEntity {
  return { type: 'date', text: value, start: 1, end: 5, line: 1, column: 2, canonical: value, id: value, rule: 'test', value, precision: 'year', inferred: false, fiscal: false, citation };
}
const METI = agency('meti', 'Ministry of Economy, Trade and Industry', 'JP', 'METI');
const NVIDIA = organization('nvidia', 'Nvidia', 'US');
const SAKANA = organization('sakana-ai', 'Sakana AI', 'JP');
const RAPIDUS = organization('rapidus', 'Rapidus', 'JP');
// One line (a sentence) per 100 characters, so each figure has its own sentence.
const doc = (path: string, entities: Entity[]): FundingInput => ({ path, text: `${'x'.repeat(99)}\n`.repeat(offset / 100 + 2), entities });

/** Every --by: each group is the sum of its counted rows, and the groups sum to the corpus total. */
function expectReconciled(summary: FundingSummary): void {
  const counted = summary.rows.filter((r) => r.counted);
  const byGroup = new Map<string, number>();
  for (const r of counted) byGroup.set(r.group, (byGroup.get(r.group) ?? 0) + r.value!);
  expect(new Map(summary.totals.groups.map((g) => [g.key, g.total]))).toEqual(byGroup);
  expect(summary.totals.groups.reduce((a, g) => a + g.total, 0)).toBe(summary.totals.total);
  expect(counted.reduce((a, r) => a + r.value!, 0)).toBe(summary.totals.total);
  expect(summary.totals.figures).toBe(counted.length);
  for (const g of summary.totals.groups) expect(g.figures).toBe(counted.filter((r) => r.group === g.key).length);
}

describe('summariseFunding: one row per figure', () => {
  it('makes one row of a figure an article mentions twice, keeping the mention that names the parties', () => {
    const { rows } = summariseFunding([
      doc('a.txt', [METI, figure(3, 8.4e9, 'JPY', 'aid'), figure(7, 8.4e9, 'JPY', 'subsidy', { funder: 'meti' })]),
    ]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ line: 7, role: 'subsidy', funder: { id: 'meti', abbreviation: 'METI' }, alsoOnLines: [3] });
  });

  it('never makes a bracketed equivalent a second figure, nested or mentioned again on its own', () => {
    const yen: MoneyValue = { amount: 5.3e9, currency: 'JPY', text: '5.3 billion yen' };
    const whole = figure(2, 48.7e6, 'CAD', 'subsidy', { equivalents: [yen], funder: 'meti' });
    // Even when it was read with other parties, a span inside a figure's span is its bracket.
    const inside = { ...figure(2, 5.3e9, 'JPY', 'other', { funder: 'nvidia' }), start: whole.start + 2, end: whole.end - 1 };
    const again = figure(9, 5.3e9, 'JPY', 'subsidy');
    const { rows, totals } = summariseFunding([doc('a.txt', [METI, NVIDIA, whole, inside, again])]);
    expect(rows.map((r) => [r.text, r.alsoOnLines])).toEqual([[whole.text, [9]]]);
    expect(totals.total).toBe(Math.round(convert(48.7e6, 'CAD', 'USD', rows[0].fxYear!).value));
  });

  it('keeps two equal amounts apart when their funders differ', () => {
    const { rows } = summariseFunding([
      doc('a.txt', [METI, NVIDIA, figure(2, 1e8, 'USD', 'investment', { funder: 'meti' }), figure(4, 1e8, 'USD', 'investment', { funder: 'nvidia' })]),
    ]);
    expect(rows).toHaveLength(2);
  });

  it('keeps two mentions of an amount apart when their years differ', () => {
    const { rows } = summariseFunding([doc('a.txt', [figure(2, 1e9, 'JPY', 'subsidy'), figure(3, 1e9, 'JPY', 'subsidy', { year: 2015 }), figure(4, 1e9, 'JPY', 'subsidy', { year: 2020 })])]);
    expect(rows.map((r) => [r.year, r.line, r.alsoOnLines])).toEqual([[2015, 3, [2]], [2020, 4, []]]);
  });

  it('keeps a valuation apart from an investment of the same amount', () => {
    const { rows } = summariseFunding([doc('a.txt', [figure(2, 1e9, 'USD', 'valuation'), figure(4, 1e9, 'USD', 'investment')])]);
    expect(rows.map((r) => r.role)).toEqual(['valuation', 'investment']);
  });

  it('names parties by canonical name, with id and jurisdiction; a party the text does not give stays empty', () => {
    const { rows } = summariseFunding([doc('a.txt', [NVIDIA, SAKANA, figure(2, 137e6, 'USD', 'funding-round', { funder: 'nvidia', recipient: 'sakana-ai' }), figure(3, 2e6, 'USD', 'spending')])]);
    expect(rows[0].funder).toEqual({ id: 'nvidia', name: 'Nvidia', jurisdiction: 'US' });
    expect(rows[0].recipient).toEqual({ id: 'sakana-ai', name: 'Sakana AI', jurisdiction: 'JP' });
    expect(rows[1].funder).toBeUndefined();
    expect(rows[1].recipient).toBeUndefined();
  });
});

describe('summariseFunding: money counted once', () => {
  const subsidy = (line: number, more: Partial<FundingEntity> = {}) => figure(line, 590e9, 'JPY', 'subsidy', { year: 2024, ...more });

  it('counts the same money reported by two articles once, listing both sources', () => {
    const summary = summariseFunding([
      doc('nikkei.txt', [METI, RAPIDUS, subsidy(2, { funder: 'meti', recipient: 'rapidus' })]),
      doc('japan-times.txt', [RAPIDUS, subsidy(5, { recipient: 'rapidus' })]),
    ]);
    const [first, second] = summary.rows;
    expect(first).toMatchObject({ counted: true, sameAs: [{ article: 'japan-times.txt', line: 5 }] });
    expect(second).toMatchObject({ counted: false, leftOut: 'duplicate', sameAs: [{ article: 'nikkei.txt', line: 2 }] });
    expect(summary.totals.total).toBe(first.value);
    expect(summary.leftOut).toEqual([{ reason: 'duplicate', figures: 1, total: second.value }]);
    expectReconciled(summary);
  });

  it('links each later report to the first report of its money, and the first to every later one', () => {
    const articles = Array.from({ length: 1000 }, (_, i) => doc(`clip-${i}.txt`, [RAPIDUS, subsidy(i + 1, { recipient: 'rapidus' })]));
    const summary = summariseFunding(articles);
    const [first, ...rest] = summary.rows;
    expect(first.sameAs).toHaveLength(999);
    expect(first.sameAs[998]).toEqual({ article: 'clip-999.txt', line: 1000 });
    expect(rest.every((r) => r.sameAs.length === 1 && r.sameAs[0].article === 'clip-0.txt' && !r.counted)).toBe(true);
    expect(summary.totals.total).toBe(first.value);
  });

  it('a report that shares a party only with a later report of the money names that one', () => {
    const summary = summariseFunding([
      doc('a.txt', [METI, RAPIDUS, subsidy(1, { funder: 'meti', recipient: 'rapidus' })]),
      doc('b.txt', [METI, SAKANA, subsidy(2, { funder: 'meti', recipient: 'sakana-ai' })]),
      doc('c.txt', [SAKANA, subsidy(3, { recipient: 'sakana-ai' })]),
    ]);
    expect(summary.rows.map((r) => r.sameAs)).toEqual([
      [{ article: 'b.txt', line: 2 }],
      [{ article: 'a.txt', line: 1 }, { article: 'c.txt', line: 3 }],
      [{ article: 'b.txt', line: 2 }],
    ]);
    expect(summary.rows.map((r) => r.counted)).toEqual([true, false, false]);
  });

  it('matches a report to another that gives the amount as a bracketed conversion', () => {
    const dollars = figure(3, 3.9e9, 'USD', 'subsidy', { recipient: 'rapidus', equivalents: [{ amount: 590e9, currency: 'JPY', text: '590 billion yen' }] });
    const summary = summariseFunding([doc('a.txt', [RAPIDUS, subsidy(2, { recipient: 'rapidus' })]), doc('b.txt', [RAPIDUS, dollars])]);
    expect(summary.rows.map((r) => r.counted)).toEqual([true, false]);
  });

  it('counts equal amounts in two articles twice when nothing says they are the same money', () => {
    const summary = summariseFunding([doc('a.txt', [subsidy(2)]), doc('b.txt', [RAPIDUS, subsidy(2, { recipient: 'rapidus' })])]);
    expect(summary.rows.map((r) => r.counted)).toEqual([true, true]);
    expect(summary.totals.figures).toBe(2);
  });
});

describe('summariseFunding: an article converting its own figure', () => {
  const yen = (more: Partial<FundingEntity> = {}) => figure(29, 2e12, 'JPY', 'budget', { year: 2023, ...more });
  const dollars = (more: Partial<FundingEntity> = {}) => figure(84, 13e9, 'USD', 'budget', { year: 2023, ...more });

  it('counts a later figure in another currency within 10% of an earlier one once, and says which it restates', () => {
    const summary = summariseFunding([doc('a.txt', [yen(), dollars()])]);
    expect(summary.rows.map((r) => [r.counted, r.leftOut])).toEqual([[true, undefined], [false, 'conversion']]);
    expect(summary.rows[1].conversionOf).toEqual({ article: 'a.txt', line: 29 });
    expect(summary.totals.total).toBe(summary.rows[0].value);
  });

  it('keeps both when the years, the parties, the currencies or the articles differ, or the values are far apart', () => {
    const counted = (docs: FundingInput[]) => summariseFunding(docs).rows.map((r) => r.counted);
    expect(counted([doc('a.txt', [yen(), dollars({ year: 2024 })])])).toEqual([true, true]);
    expect(counted([doc('a.txt', [METI, NVIDIA, yen({ funder: 'meti' }), dollars({ funder: 'nvidia' })])])).toEqual([true, true]);
    expect(counted([doc('a.txt', [yen(), figure(84, 1.9e12, 'JPY', 'budget', { year: 2023 })])])).toEqual([true, true]);
    expect(counted([doc('a.txt', [yen()]), doc('b.txt', [dollars()])])).toEqual([true, true]);
    expect(counted([doc('a.txt', [yen(), dollars({ amount: 10e9 })])])).toEqual([true, true]);
  });
});

describe('summariseFunding: totals', () => {
  const corpus = () => [
    doc('a.txt', [
      METI, NVIDIA, SAKANA, date('2023'),
      figure(2, 137e6, 'USD', 'funding-round', { funder: 'nvidia', recipient: 'sakana-ai' }),
      figure(3, 1e9, 'USD', 'valuation', { year: 2024 }),
      figure(4, 8.4e9, 'JPY', 'subsidy', { funder: 'meti', year: 2024 }),
    ]),
    doc('b.txt', [METI, figure(2, 2e12, 'JPY', 'budget', { year: 2023 }), figure(5, 10.1e9, 'CAD', 'market-size', { year: 2027 })]),
  ];

  it('reconciles for every --by and every currency', () => {
    for (const by of TOTAL_KEYS) {
      for (const currency of ['USD', 'JPY', 'EUR', 'CAD', 'GBP'] as const) expectReconciled(summariseFunding(corpus(), { by, currency }));
    }
  });

  it('leaves market sizes and valuations out unless included, and says how much', () => {
    const summary = summariseFunding(corpus());
    expect(summary.totals.figures).toBe(3);
    expect(summary.leftOut.map((l) => [l.reason, l.figures])).toEqual([['valuation', 1], ['market-size', 1]]);
    expect(summary.leftOut[0].total).toBe(1e9);
    const included = summariseFunding(corpus(), { include: ['market-size', 'valuation'] });
    expect(included.totals.total).toBe(summary.totals.total + summary.leftOut[0].total + summary.leftOut[1].total);
    expect(included.leftOut).toEqual([]);
  });

  it('groups by funder, with the funder not named as its own line', () => {
    const { totals } = summariseFunding(corpus(), { by: 'funder' });
    expect(totals.groups.map((g) => g.label)).toEqual(['(funder not named)', 'Nvidia', 'Ministry of Economy, Trade and Industry']);
  });

  it("groups by the funder's jurisdiction", () => {
    const { totals } = summariseFunding(corpus(), { by: 'jurisdiction' });
    expect(totals.groups.map((g) => g.key).sort()).toEqual(['', 'JP', 'US']);
  });

  it('converts to the chosen currency at the rate of the year used; a yen figure in yen is itself', () => {
    const { rows } = summariseFunding(corpus(), { currency: 'JPY' });
    const subsidy = rows.find((r) => r.role === 'subsidy')!;
    expect([subsidy.value, subsidy.fxYear]).toEqual([8.4e9, 2024]);
    const round = rows.find((r) => r.role === 'funding-round')!;
    expect(round).toMatchObject({ year: 2023, yearSource: 'article', fxYear: 2023 });
    expect(round.value).toBe(Math.round(137e6 * fxTable().rates.get(2023)!.JPY));
  });

  it('filters by role and by year; figures without a year are dropped by a year filter and counted', () => {
    const roles = summariseFunding(corpus(), { roles: ['subsidy', 'budget'] });
    expect(roles.rows.map((r) => r.role)).toEqual(['subsidy', 'budget']);
    const years = summariseFunding(corpus(), { from: 2024, to: 2024 });
    expect(years.rows.map((r) => r.year)).toEqual([2024, 2024]);
    const undated = summariseFunding([doc('c.txt', [figure(2, 5e6, 'USD', 'aid')])], { from: 2020 });
    expect([undated.rows.length, undated.undated]).toEqual([0, 1]);
  });
});

describe('summariseFunding: rates', () => {
  it('never gives a number for a currency without a rate: the row is listed and left out, by currency', () => {
    const summary = summariseFunding([doc('a.txt', [figure(2, 30e9, 'TWD', 'budget', { year: 2024 }), figure(3, 1e6, 'USD', 'aid', { year: 2024 })])]);
    expect(summary.rows[0]).toMatchObject({ value: null, counted: false, leftOut: 'no-rate' });
    expect(summary.rows[0].fxYear).toBeUndefined();
    expect(summary.totals.total).toBe(1e6);
    expect(summary.leftOut).toEqual([{ reason: 'no-rate', figures: 1, total: 0, currencies: ['TWD'] }]);
  });

  it('converts a year outside the rate table at its nearest year and reports it', () => {
    const table = fxTable();
    const summary = summariseFunding([doc('a.txt', [figure(2, 3e9, 'JPY', 'spending', { year: 2012 }), figure(3, 1e9, 'JPY', 'budget', { year: 2031 })])]);
    expect(summary.rows.map((r) => [r.year, r.fxYear])).toEqual([[2012, table.firstYear], [2031, table.lastYear]]);
    expect(summary.clampedYears).toEqual([
      { year: 2012, fxYear: table.firstYear, figures: 1 },
      { year: 2031, fxYear: table.lastYear, figures: 1 },
    ]);
    expect(summary.rows[0].value).toBe(Math.round(3e9 / table.rates.get(table.firstYear)!.JPY));
  });
});

describe('summariseFunding: the sentence', () => {
  it('reads the sentence from the text extraction saw, so HTML tags never show', () => {
    const text = '<p>Aid</p>\n<p>METI <b>gave</b> ¥5 billion to Rapidus.</p>';
    const plain = text.replace(/<[^>]*>/g, (tag) => ' '.repeat(tag.length));
    const start = text.indexOf('¥5 billion');
    const f = { ...figure(2, 5e9, 'JPY', 'subsidy'), start, end: start + 10 };
    const [row] = summariseFunding([{ path: 'a.html', text, plain, entities: [f] }]).rows;
    expect(row.sentence).toBe('METI gave ¥5 billion to Rapidus.');
  });
});

describe('shortenAround', () => {
  const text = `${'Lead words go on and on here. '.repeat(3)}METI gave ¥5 billion to Rapidus${' and then more words follow it'.repeat(4)}.`;
  const start = text.indexOf('¥5 billion');

  it('keeps the figure, cuts at word boundaries and marks the cuts', () => {
    const short = shortenAround(text, { start: 0, end: text.length }, start, start + 10);
    expect(short).toContain('METI gave ¥5 billion to Rapidus');
    expect(short.length).toBeLessThan(180);
    expect(short).toMatch(/^… ?\S/);
    expect(short).toMatch(/\S…$/);
  });

  it('returns a short sentence whole', () => {
    expect(shortenAround('He gave $5 to\n  me.', { start: 0, end: 19 }, 8, 10)).toBe('He gave $5 to me.');
  });
});

// The bundled corpus against its gold annotations: every gold figure once, roles, and the parties the issue pins.
describe('summariseFunding on the bundled corpus', () => {
  const files = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort();
  const documents = files.map((f) => {
    const text = readFileSync(`corpus/${f}`, 'utf8');
    return { path: `corpus/${f}`, text, entities: extractEntities({ text }) };
  });
  const summary = summariseFunding(documents);
  const gold = JSON.parse(readFileSync('test/fixtures/gold-corpus.json', 'utf8')) as {
    documents: { doc: string; funding?: { text: string; values: { amount: number; currency: string }[]; role?: string; optional?: boolean }[] }[];
  };
  const near = (a: number, b: number) => Math.abs(a - b) <= 0.005 * Math.abs(b);
  const values = (r: FundingRow) => [{ amount: r.amount, currency: r.currency }, ...r.equivalents];
  const matches = (r: FundingRow, g: { values: { amount: number; currency: string }[] }) =>
    values(r).some((v) => g.values.some((w) => w.currency === v.currency && near(v.amount, w.amount)));
  const goldFigures = gold.documents.flatMap((d) => (d.funding ?? []).filter((g) => !g.optional).map((g) => ({ ...g, doc: d.doc })));

  it('lists every gold funding figure exactly once, and nothing else', () => {
    for (const g of goldFigures) {
      const found = summary.rows.filter((r) => r.article.endsWith(`/${g.doc}`) && matches(r, g));
      expect(found.map((r) => r.text), `${g.doc}: ${g.text}`).toHaveLength(1);
    }
    expect(summary.rows).toHaveLength(goldFigures.length);
  });

  it('gives at least 90% of gold figures their gold role', () => {
    const withRole = goldFigures.filter((g) => g.role);
    const right = withRole.filter((g) => summary.rows.find((r) => r.article.endsWith(`/${g.doc}`) && matches(r, g))?.role === g.role);
    expect(right.length / withRole.length).toBeGreaterThanOrEqual(0.9);
  });

  const row = (article: string, amount: number) => summary.rows.find((r) => r.article === `corpus/${article}` && r.amount === amount)!;
  const parties = (r: FundingRow) => [r.funder?.id, r.recipient?.id];

  it('pins METI -> SoftBank for the supercomputer subsidy', () => {
    expect(parties(row('japan-canada-ai-strategy.txt', 48.7e6))).toEqual(['ministry-of-economy-trade-and-industry', 'softbank-group']);
  });

  it('pins Nvidia -> Sakana AI for the funding round', () => {
    expect(parties(row('most-ai-friendly-country.txt', 137e6))).toEqual(['nvidia', 'sakana-ai']);
  });

  it("pins Microsoft as the funder of its data-centre investment (the text names no receiving body)", () => {
    expect(parties(row('most-ai-friendly-country.txt', 2.9e9))).toEqual(['microsoft', undefined]);
  });

  it("pins Amazon as the funder of its cloud investment (into its own infrastructure: no recipient named)", () => {
    const amazon = row('most-ai-friendly-country.txt', 2.26e12);
    expect(amazon.funder?.name).toMatch(/^Amazon\b/);
    expect(amazon.recipient).toBeUndefined();
  });

  it("pins METI as the funder of GENIAC's ¥8.4 billion (GENIAC is the purpose; no body receives it in the text)", () => {
    const geniac = row('domestic-ai-ecosystem.txt', 8.4e9);
    expect(parties(geniac)).toEqual(['ministry-of-economy-trade-and-industry', undefined]);
    expect(geniac.purpose).toBe('GENIAC');
  });

  it("counts the footnote headline's $13bn once: it restates the ¥2 trillion of line 29 in dollars", () => {
    const headline = row('domestic-ai-ecosystem.txt', 13e9);
    expect([headline.counted, headline.leftOut, headline.conversionOf]).toEqual([false, 'conversion', { article: 'corpus/domestic-ai-ecosystem.txt', line: 29 }]);
    expect(row('domestic-ai-ecosystem.txt', 2e12).counted).toBe(true);
  });

  it('reconciles for every --by', () => {
    for (const by of TOTAL_KEYS) expectReconciled(summariseFunding(documents, { by }));
  });

  it('gives the same summary from rows made one article at a time (the text dropped after each)', () => {
    const options = { currency: 'JPY', by: 'recipient', include: ['market-size'] } as const;
    const rows = documents.flatMap((d) => fundingRowsOf(d, 'JPY'));
    expect(summariseRows(rows, options)).toEqual(summariseFunding(documents, options));
  });
});
