import { describe, expect, it } from 'vitest';
import { BoxTable, type BoxOptions } from '../../src/render/box.js';

function both(options: BoxOptions, rows: string[][]): [string, string] {
  const t = new BoxTable(options);
  t.push(...rows);
  return [t.drawWithCliTable(), t.drawLines()];
}

describe('BoxTable', () => {
  it('draws long tables line by line exactly as cli-table3 draws them', () => {
    const rows = [
      ['Ministry of Economy, Trade and Industry', '14', 'JP'],
      ['日本語の長い名前がここにあります', '3', 'JP'],
      ['two\nlines', '', 'INTL'],
      ['', '1234567', '?'],
    ];
    const cases: BoxOptions[] = [
      { head: ['entity', 'n', 'jur'] },
      { head: ['entity', 'n', 'jur'], colWidths: [20, 5, 6], colAligns: ['left', 'right', 'left'] },
      { head: ['entity', 'n', 'jur'], colWidths: [12, 4, 8], style: { compact: true } },
      { head: ['entity', 'n', 'jur'], style: { head: ['cyan'], border: ['grey'], compact: true } },
    ];
    for (const options of cases) {
      const [cli, lines] = both(options, rows);
      expect(lines).toBe(cli);
    }
    const [emptyCli, emptyLines] = both({ head: ['a', 'bb'] }, []);
    expect(emptyLines).toBe(emptyCli);
  });

  it('draws thousands of rows in linear time', () => {
    const rows = Array.from({ length: 20_000 }, (_, i) => [`entity ${i}`, String(i), 'JP']);
    const table = new BoxTable({ head: ['entity', 'n', 'jur'], style: { compact: true } });
    table.push(...rows);
    const lines = table.toString().split('\n');
    expect(lines).toHaveLength(20_000 + 4);
    expect(lines[3]).toBe('│ entity 0     │ 0     │ JP  │');
  });

  it('draws more rows than Math.max(...) can take as arguments', () => {
    const table = new BoxTable({ head: ['article', 'n'], style: { compact: true } });
    for (let i = 0; i < 150_000; i++) table.push([`a${i}.txt`, String(i)]);
    const lines = table.toString().split('\n');
    expect(lines).toHaveLength(150_000 + 4);
    expect(lines.at(-2)).toBe('│ a149999.txt │ 149999 │');
  });
});
