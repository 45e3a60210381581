import { describe, expect, it } from 'vitest';
import { summariseRows, type FundingRow } from '../../src/analyze/funding.js';
import { FundingTally } from '../../src/analyze/funding-tally.js';
import type { FundingRole } from '../../src/types.js';

// Rows as fundingRowsOf makes them: unmarked, in corpus order.
function row(article: string, line: number, value: number, role: FundingRole, more: Partial<FundingRow> = {}): FundingRow {
  return {
    article, line, column: 1, text: `$${value}`, amount: value, currency: 'USD', approximate: false, equivalents: [], value, role,
    year: 2024, yearSource: 'figure', fxYear: 2024, sentence: `It spent $${value}.`, alsoOnLines: [], sameAs: [], counted: false, group: '',
    ...more,
  };
}
const RAPIDUS = { id: 'rapidus', name: 'Rapidus' };
const corpus = () => [
  row('a.txt', 1, 100, 'subsidy', { recipient: RAPIDUS }),
  row('a.txt', 2, 7, 'valuation'),
  row('b.txt', 4, 100, 'subsidy', { recipient: RAPIDUS }),
  row('b.txt', 5, 3, 'aid', { year: undefined, yearSource: undefined }),
  row('c.txt', 1, 100, 'budget', { recipient: RAPIDUS }),
];

/** Everything the tally hands on, in order, as it was when handed on. */
function run(rows: FundingRow[], options = {}) {
  const handed: { row: FundingRow; index: number; sameAs: string }[] = [];
  const tally = new FundingTally(options, (r, index) => handed.push({ row: r, index, sameAs: JSON.stringify(r.sameAs) }));
  const after: number[] = [];
  for (const r of rows) {
    tally.add(r);
    after.push(handed.length);
  }
  return { tally, handed, after, totals: tally.finish() };
}

describe('FundingTally', () => {
  it("hands an article's rows on, numbered, once the next article begins, and the last article's at finish", () => {
    const { handed, after } = run(corpus());
    expect(after).toEqual([0, 0, 2, 2, 4]);
    expect(handed.map((h) => [h.row.article, h.row.line, h.index])).toEqual([['a.txt', 1, 0], ['a.txt', 2, 1], ['b.txt', 4, 2], ['b.txt', 5, 3], ['c.txt', 1, 4]]);
  });

  it('marks each row when handing it on; the later reports of its money come from laterReports', () => {
    const { tally, handed } = run(corpus());
    expect(handed.map((h) => [h.row.counted, h.row.leftOut])).toEqual([[true, undefined], [false, 'valuation'], [false, 'duplicate'], [true, undefined], [false, 'duplicate']]);
    expect(handed[0].sameAs).toBe('[]');
    expect(handed[2].sameAs).toBe(JSON.stringify([{ article: 'a.txt', line: 1 }]));
    expect(tally.laterReports(0)).toEqual([{ article: 'b.txt', line: 4 }, { article: 'c.txt', line: 1 }]);
    expect(tally.laterReports(2)).toEqual([]);
  });

  it('gives the totals summariseRows gives, its rows being the ones handed on with their later reports', () => {
    const options = { by: 'article', from: 2024 } as const;
    const { tally, handed, totals } = run(corpus(), options);
    const rows = handed.map((h) => ({ ...h.row, sameAs: [...h.row.sameAs, ...tally.laterReports(h.index)] }));
    expect({ ...totals, rows }).toEqual(summariseRows(corpus(), options));
    expect(totals.undated).toBe(1);
    expect(handed).toHaveLength(4);
  });
});
