import { describe, expect, it } from 'vitest';
import { MatrixRow, type ArticleProfile, type CompareResult } from '../../src/analyze/compare.js';
import { BoxTable } from '../../src/render/box.js';
import {
  compareCsvChunks, renderCompareTable, renderProfileTable, renderTransposedCsv, renderTransposedTable, SIMILARITY_GRID_MOST,
} from '../../src/render/compare.js';

const row = (id: string, named: number[], times: number[], width: number) =>
  new MatrixRow({ type: 'agency', id, canonical: `Agency ${id}`, jurisdiction: 'JP', articles: named.length, mentions: times.reduce((a, b) => a + b, 0) }, Int32Array.from(named), Int32Array.from(times), width);

/** n articles; the first two rows name a few of them, the profiles count one JP entity each. */
function result(n: number): CompareResult {
  const articles = Array.from({ length: n }, (_, i) => ({ path: `a${i}.txt`, title: `Article ${i}`, words: 100 }));
  const profiles: ArticleProfile[] = articles.map((a, i) => ({
    path: a.path,
    jurisdictions: { JP: i % 3 },
    hardLaw: { entities: i % 2, mentions: i % 2 },
    softLaw: { entities: 0, mentions: 0 },
    funding: { figures: 0, usd: 0, unconverted: 0 },
    dates: { dates: 1, first: '2023', last: '2024' },
  }));
  return {
    types: ['agency'],
    articles,
    jurisdictions: ['JP'],
    matrix: [row('meti', [0, 2, n - 1], [3, 12, 1], n), row('nist', [1], [2], n)],
    profiles,
    pairs: [
      { a: 'a0.txt', b: 'a2.txt', cosine: 0.9, jaccard: 0.5, sharedCount: 1, shared: [{ type: 'agency', id: 'meti', canonical: 'Agency meti' }] },
      { a: 'a1.txt', b: `a${n - 1}.txt`, cosine: 0.4, jaccard: 0, sharedCount: 0, shared: [] },
    ],
  };
}

describe('MatrixRow', () => {
  const r = row('meti', [0, 2, 4], [3, 12, 1], 6);

  it('gives each article its mentions from the articles that name it, 0 for the others', () => {
    expect([0, 1, 2, 3, 4, 5].map((i) => r.countIn(i))).toEqual([3, 0, 12, 0, 1, 0]);
    expect(r.counts).toEqual([3, 0, 12, 0, 1, 0]);
  });

  it('writes the full row in JSON, in the order of the contract', () => {
    expect(JSON.parse(JSON.stringify(r))).toEqual({
      type: 'agency', id: 'meti', canonical: 'Agency meti', jurisdiction: 'JP', articles: 3, mentions: 16, counts: [3, 0, 12, 0, 1, 0],
    });
    expect(Object.keys(JSON.parse(JSON.stringify(r)))).toEqual(['type', 'id', 'canonical', 'jurisdiction', 'articles', 'mentions', 'counts']);
  });
});

describe('compare tables and CSV', () => {
  it.each([5, 400])('draws its tables line by line exactly as cli-table3 would (%i articles)', (n) => {
    const text = renderProfileTable(result(n), { colour: 0, width: 80 });
    const lines = text.split('\n');
    const top = lines.findIndex((l) => l.startsWith('┌'));
    const bottom = lines.findIndex((l) => l.startsWith('└'));
    const drawn = lines.slice(top, bottom + 1).join('\n');
    const table = new BoxTable({
      head: ['', 'JP', 'hard', 'soft', 'funding', 'dates'],
      colWidths: [n > 26 ? 4 : 3, 4, 6, 6, 9, 11],
      colAligns: ['left', 'right', 'right', 'right', 'right', 'left'],
      style: { head: [], border: [], compact: true },
    });
    result(n).profiles.forEach((p, i) =>
      table.push([lines[top + 3 + i].split('│')[1].trim(), p.jurisdictions.JP ? String(p.jurisdictions.JP) : '·', p.hardLaw.entities ? '1' : '·', '·', '·', '2023–2024']),
    );
    expect(drawn).toBe(table.drawWithCliTable());
  });

  it('lists the most similar pairs instead of a grid past SIMILARITY_GRID_MOST articles', () => {
    const small = renderCompareTable(result(30), { colour: 0, width: 80 });
    expect(small).toContain('Above the diagonal');
    const large = renderCompareTable(result(SIMILARITY_GRID_MOST + 1), { colour: 0, width: 80 });
    expect(large).not.toContain('Above the diagonal');
    expect(large).toContain(' 1. A a0.txt  ↔  C a2.txt');
    expect(large).toContain('Too many articles for a grid: the 2 most similar pairs');
  });

  it('puts every count in the matrix and transposed views, 12 mentions included', () => {
    const r = result(5);
    expect([...compareCsvChunks(r)][1]).toBe('agency,meti,Agency meti,JP,3,16,3,0,12,0,1\r\n');
    expect(renderTransposedCsv(r).split('\r\n')[3]).toBe('a2.txt,12,0');
    const turned = renderTransposedTable(r, { colour: 0, width: 80 });
    expect(turned).toContain('│ C │ 12 │ · │');
  });
});
