// A boxed grid for long tables: rows of cells, or one cell across the whole width, with rules between rows.
// cli-table3 lays out cells in time that grows with the square of the row count, which a corpus with
// thousands of funding figures feels; this draws line by line. Cells come wrapped to their column's width.

import type { ChalkInstance } from 'chalk';
import { displayWidth } from './chart.js';

export type GridRow = { cells: string[] } | { across: string };

export interface GridOptions {
  /** Content width of each column (without the padding of one space each side). */
  widths: number[];
  aligns: ('left' | 'right')[];
  head: string[];
  rows: GridRow[];
  paint: ChalkInstance;
  colour: boolean;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => displayWidth(s.replace(ANSI, ''));

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - visible(text)));
  return align === 'right' ? space + text : text + space;
}

export function renderGrid(options: GridOptions): string {
  const { widths, aligns, paint } = options;
  const border = (s: string) => (options.colour ? paint.grey(s) : s);
  const total = widths.reduce((a, w) => a + w + 2, 0) + widths.length - 1;
  const split = (row: GridRow | undefined) => row !== undefined && 'cells' in row;
  // A rule between two rows: column joints where either side is split into columns.
  const rule = (above: GridRow | undefined, below: GridRow | undefined, [left, right]: [string, string]) => {
    const up = split(above);
    const down = split(below);
    const joint = up && down ? '┼' : up ? '┴' : down ? '┬' : '─';
    return border(left + widths.map((w) => '─'.repeat(w + 2)).join(joint) + right);
  };
  const lines = (row: GridRow): string[] => {
    if ('across' in row) return row.across.split('\n').map((l) => `${border('│')} ${pad(l, total - 2, 'left')} ${border('│')}`);
    const cells = row.cells.map((c) => c.split('\n'));
    const height = Math.max(...cells.map((c) => c.length));
    const out: string[] = [];
    for (let i = 0; i < height; i++) {
      const parts = cells.map((c, col) => ` ${pad(c[i] ?? '', widths[col], aligns[col])} `);
      out.push(border('│') + parts.join(border('│')) + border('│'));
    }
    return out;
  };
  const head: GridRow = { cells: options.head.map((h) => (options.colour ? paint.cyan(h) : h)) };
  const all = [head, ...options.rows];
  const out = [rule(undefined, head, ['┌', '┐'])];
  all.forEach((row, i) => {
    if (i > 0) out.push(rule(all[i - 1], row, ['├', '┤']));
    out.push(...lines(row));
  });
  out.push(rule(all[all.length - 1], undefined, ['└', '┘']));
  return out.join('\n');
}
