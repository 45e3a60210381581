// Boxed tables. cli-table3 draws them, but lays out cells in time that grows with the square of the rows (a
// comparison of a thousand articles took minutes), so past a few hundred rows the same look is drawn line by line
// here (the options our renderers use: head, colWidths, colAligns, style.head/border/compact). Cells may hold
// several lines; a line too wide for its column is cut with "…". A test keeps the two drawings identical.

import { createRequire } from 'node:module';
import Table from 'cli-table3';
import { Chalk, type ChalkInstance } from 'chalk';
import { displayWidth, largest } from './chart.js';

type Align = 'left' | 'right';

export interface BoxStyle {
  /** Colour names for the head cells ("cyan"); none: no colour. */
  head?: string[];
  /** Colour names for the borders ("grey"); none: no colour. */
  border?: string[];
  /** No rule between body rows. */
  compact?: boolean;
}

export interface BoxOptions {
  head: string[];
  /** Column widths including one space of padding on each side; missing ones fit their content. */
  colWidths?: number[];
  colAligns?: Align[];
  style?: BoxStyle;
}

const ANSI = /\u001b\[[0-9;]*m/g;
const visible = (s: string) => displayWidth(s.replace(ANSI, ''));
const paintWith = new Chalk({ level: 1 });

function painter(names: string[] | undefined): (s: string) => string {
  if (!names || names.length === 0) return (s) => s;
  return (s) => names.reduce((text, name) => (paintWith as unknown as Record<string, ChalkInstance>)[name]?.(text) ?? text, s);
}

// cli-table3 paints with @colors/colors, which decides by itself from stdout and the environment whether to paint
// (CI=1 turned it off while chalk painted). Our callers already chose: a style names colours only when colour is on.
function enableCliTableColours(): void {
  try {
    createRequire(createRequire(import.meta.url).resolve('cli-table3'))('@colors/colors/safe').enable();
  } catch {
    // @colors/colors is an optional dependency of cli-table3; without it cli-table3 draws its tables plain.
  }
}

/** Cuts a line to `width` display columns, ending in "…" when cut. */
function fit(line: string, width: number): string {
  if (visible(line) <= width) return line;
  const plain = line.replace(ANSI, '');
  let out = '';
  let used = 0;
  for (const ch of plain) {
    const w = displayWidth(ch);
    if (used + w > width - 1) break;
    out += ch;
    used += w;
  }
  return `${out}…`;
}

function pad(line: string, width: number, align: Align): string {
  const space = ' '.repeat(Math.max(0, width - visible(line)));
  return align === 'right' ? space + line : line + space;
}

/** Up to this many rows cli-table3 draws the table; past it, drawLines does. */
export const CLI_TABLE_ROWS = 300;

export class BoxTable {
  private readonly rows: string[][] = [];

  constructor(private readonly options: BoxOptions) {}

  push(...rows: string[][]): number {
    this.rows.push(...rows);
    return this.rows.length;
  }

  toString(): string {
    return this.rows.length <= CLI_TABLE_ROWS ? this.drawWithCliTable() : this.drawLines();
  }

  drawWithCliTable(): string {
    const { head, colWidths, colAligns, style = {} } = this.options;
    if (style.head?.length || style.border?.length) enableCliTableColours();
    const table = new Table({
      head,
      ...(colWidths ? { colWidths } : {}),
      ...(colAligns ? { colAligns } : {}),
      style: { head: style.head ?? [], border: style.border ?? [], compact: style.compact ?? false },
    });
    table.push(...this.rows);
    return table.toString();
  }

  drawLines(): string {
    const { head, colAligns = [], style = {} } = this.options;
    const all = [head, ...this.rows];
    // A table may have more rows than Math.max(...) takes arguments.
    const count = largest(all.map((r) => r.length));
    const colWidths = Array.from({ length: count }, (_, i) =>
      this.options.colWidths?.[i] ?? largest(all.map((r) => largest(String(r[i] ?? '').split('\n').map(visible)))) + 2,
    );
    return [...boxLines({ head, colWidths, colAligns, style }, this.rows)].join('\n');
  }
}

/**
 * A table drawn as drawLines draws it, from rows made one at a time and with every column's width given: line by
 * line, so a table of a hundred thousand rows never exists whole, neither its rows nor its text.
 */
export function* boxLines(options: BoxOptions & { colWidths: number[] }, rows: Iterable<string[]>): Generator<string> {
  const { head, colWidths: widths, colAligns = [], style = {} } = options;
  const border = painter(style.border);
  const headPaint = painter(style.head);
  const plain = (s: string) => s;
  // Painted the way cli-table3 paints a rule: the corner with the first column, then each joint with its column.
  const rule = (left: string, joint: string, right: string) =>
    widths.map((w, i) => border((i === 0 ? left : joint) + '─'.repeat(w) + (i === widths.length - 1 ? right : ''))).join('');
  const lines = function* (row: string[], paint: (s: string) => string): Generator<string> {
    const cells = widths.map((_, i) => String(row[i] ?? '').split('\n'));
    const height = Math.max(...cells.map((c) => c.length));
    for (let k = 0; k < height; k++) {
      const parts = cells.map((c, i) => paint(` ${pad(fit(c[k] ?? '', widths[i] - 2), widths[i] - 2, colAligns[i] ?? 'left')} `));
      yield border('│') + parts.join(border('│')) + border('│');
    }
  };
  yield rule('┌', '┬', '┐');
  yield* lines(head, headPaint);
  let first = true;
  for (const row of rows) {
    if (first || !style.compact) yield rule('├', '┼', '┤');
    first = false;
    yield* lines(row, plain);
  }
  yield rule('└', '┴', '┘');
}
