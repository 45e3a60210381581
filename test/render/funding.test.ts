import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { summariseFunding, type FundingReport, type FundingRow } from '../../src/analyze/funding.js';
import { extractEntities } from '../../src/extract/index.js';
import {
  fundingCsvLines, fundingNdjsonLines, fundingTableChunks, renderFundingCsv, renderFundingNdjson, renderFundingTable, sharedFolder,
} from '../../src/render/funding.js';

const documents = readdirSync('corpus').filter((f) => f.endsWith('.txt')).sort().map((f) => {
  const text = readFileSync(`corpus/${f}`, 'utf8');
  return { path: `corpus/${f}`, text, entities: extractEntities({ text }) };
});
const summary = summariseFunding(documents);

/** The summary with its rows read from a source that makes fresh copies at each read, counting the reads. */
function readAgain(rows: FundingRow[]): { report: FundingReport; reads: () => number } {
  let reads = 0;
  const copies = { *[Symbol.iterator]() { reads++; for (const r of rows) yield structuredClone(r); } };
  return { report: { ...summary, rows: copies }, reads: () => reads };
}

describe('funding renderers over rows read as they are needed', () => {
  it('draw the same table from a source read twice (to fit the columns, then to draw) as from the rows held', () => {
    for (const colour of [0, 1] as const) {
      for (const width of [80, 50, 160]) {
        const { report, reads } = readAgain(summary.rows);
        const chunks = [...fundingTableChunks(report, { colour, width })];
        expect(chunks.join('')).toBe(renderFundingTable(summary, { colour, width }));
        expect(chunks.length).toBeGreaterThan(summary.rows.length);
        expect(reads()).toBe(2);
      }
    }
  });

  it('write the same JSON Lines and CSV, a line at a time, reading the rows once', () => {
    const ndjson = readAgain(summary.rows);
    expect([...fundingNdjsonLines(ndjson.report)].join('')).toBe(renderFundingNdjson(summary));
    const csv = readAgain(summary.rows);
    expect([...fundingCsvLines(csv.report)].join('')).toBe(renderFundingCsv(summary));
    expect([ndjson.reads(), csv.reads()]).toEqual([1, 1]);
  });

  it('say so when there are no rows', () => {
    expect(renderFundingTable({ ...summary, rows: [] }, { colour: 0 })).toMatch(/^No funding figures\.\n/);
  });
});

describe('sharedFolder', () => {
  const fold = (paths: string[]) => paths.reduce<string | undefined>(sharedFolder, undefined);

  it('is the folder every path is in, ending in a slash, or empty', () => {
    expect(fold(['corpus/a.txt'])).toBe('corpus/');
    expect(fold(['clips/2024/a.txt', 'clips/2024/b.txt', 'clips/2023/c.txt'])).toBe('clips/');
    expect(fold(['clips/ab/a.txt', 'clips/abc/b.txt'])).toBe('clips/');
    expect(fold(['a.txt', 'clips/b.txt'])).toBe('');
    expect(fold(['/x/y/a.txt', '/x/z/b.txt'])).toBe('/x/');
  });
});
