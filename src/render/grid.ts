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
  /** Read once, a row at a time. */
  rows: Iterable<GridRow>;
  paint: ChalkInstance;
  colour: boolean;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => displayWidth(s.replace(ANSI, ''));

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const space = ' '.repeat(Math.max(0, width - visible(text)));
  return align === 'right' ? space + text : text + space;
}

/** The grid a line at a time (without line ends), so a long table is never one string. */
export function* gridLines(options: GridOptions): Generator<string> {
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
  yield rule(undefined, head, ['┌', '┐']);
  yield* lines(head);
  let above: GridRow = head;
  for (const row of options.rows) {
    yield rule(above, row, ['├', '┤']);
    yield* lines(row);
    above = row;
  }
  yield rule(above, undefined, ['└', '┘']);
}

export function renderGrid(options: GridOptions): string {
  return [...gridLines(options)].join('\n');
}
