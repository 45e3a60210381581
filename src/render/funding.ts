// The funding summary in four formats carrying the same rows and totals: a terminal view (rows table,
// totals table, bar chart, footer saying what was left out), JSON, JSON Lines and CSV.

import { BoxTable } from './box.js';
import type { FundingReport, FundingRow, FundingSummary, LeftOutLine, TotalLine } from '../analyze/funding.js';
import { CONVERSION_TOLERANCE } from '../analyze/funding-same.js';
import type { InputError } from '../types.js';
import { displayWidth, largest, renderBarChart } from './chart.js';
import { painter, type ColourLevel } from './colour.js';
import { csvField } from './csv.js';
import { renderJsonValue } from './json.js';
import { gridLines, type GridRow } from './grid.js';
import { groupThousands } from './numbers.js';

export interface FundingTableOptions {
  colour: ColourLevel;
  /** Terminal columns (default 80). */
  width?: number;
}

/** What the JSON formats carry besides the summary. */
export interface FundingMeta {
  jpai: string;
  /** Role and year filters as given. */
  filters: { roles?: string[]; from?: number; to?: number; include?: string[] };
  errors: InputError[];
}

const LEFT_OUT_WORDS: Record<LeftOutLine['reason'], string> = {
  'market-size': 'market size',
  valuation: 'valuation',
  duplicate: 'same money as another article',
  conversion: 'restates a figure in another currency',
  'no-rate': 'no exchange rate',
};

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** 14927344782 -> "14.93 bn"; for chart captions, where a bar already shows the scale. */
export function compactAmount(n: number): string {
  const scales: [number, string][] = [[1e12, 'tn'], [1e9, 'bn'], [1e6, 'm'], [1e3, 'k']];
  for (const [size, word] of scales) if (Math.abs(n) >= size) return `${(n / size).toFixed(2)} ${word}`;
  return String(n);
}

/**
 * The folder `path` shares with the paths before it, whose shared folder is `common` (undefined for the first path).
 * Paths are shown without the folder all of them share ("corpus/a.txt" -> "a.txt").
 */
export function sharedFolder(common: string | undefined, path: string): string {
  const dir = path.slice(0, path.lastIndexOf('/') + 1);
  if (common === undefined) return dir;
  while (!dir.startsWith(common)) common = common.slice(0, common.lastIndexOf('/', common.length - 2) + 1);
  return common;
}

function normalised(row: FundingRow): string {
  if (row.value === null) return '—';
  const amount = `${row.approximate ? '~' : ''}${groupThousands(row.value)}${row.valueMax !== undefined ? `–${groupThousands(row.valueMax)}` : ''}`;
  // Parentheses mark money listed but not in the totals, as in accounts.
  return row.counted ? amount : `(${amount})`;
}

function yearOf(row: FundingRow): string {
  if (row.year === undefined) return row.fxYear !== undefined ? `– (rate ${row.fxYear})` : '–';
  const marker = row.yearSource === 'article' ? '*' : '';
  return row.fxYear !== undefined && row.fxYear !== row.year ? `${row.year}${marker}→${row.fxYear}` : `${row.year}${marker}`;
}

const partyName = (p: FundingRow['funder']) => (p ? (p.abbreviation ?? p.name) : '?');

function partiesOf(row: FundingRow): string {
  return row.funder || row.recipient ? `${partyName(row.funder)} → ${partyName(row.recipient)}` : '';
}

function notesOf(row: FundingRow, short: (path: string) => string): string[] {
  const notes: string[] = [];
  if (row.purpose) notes.push(`for ${row.purpose}`);
  if (row.conversionOf && row.leftOut === 'conversion') notes.push(`not in totals: restates line ${row.conversionOf.line} in another currency`);
  else if (row.leftOut) notes.push(`not in totals: ${LEFT_OUT_WORDS[row.leftOut]}`);
  if (row.alsoOnLines.length) notes.push(`also on line ${row.alsoOnLines.join(', ')}`);
  for (const s of row.sameAs) notes.push(`also reported by ${short(s.article)}:${s.line}`);
  return notes;
}

/** A word wider than `width` in pieces: after its hyphens where it can, else cut. */
function breakWord(word: string, width: number): string[] {
  const pieces: string[] = [];
  let piece = '';
  for (const part of word.split(/(?<=-)/)) {
    if (piece && displayWidth(piece) + displayWidth(part) > width) [pieces[pieces.length], piece] = [piece, ''];
    for (const ch of part) {
      if (piece && displayWidth(piece) + displayWidth(ch) > width) [pieces[pieces.length], piece] = [piece, ''];
      piece += ch;
    }
  }
  if (piece) pieces.push(piece);
  return pieces;
}

/** `text` in lines of at most `width` columns, broken between words; a longer word after a hyphen, or cut. */
export function wrapText(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && displayWidth(line) + 1 + displayWidth(word) <= width) {
      line += ` ${word}`;
      continue;
    }
    if (line) lines.push(line);
    const pieces = displayWidth(word) > width ? breakWord(word, Math.max(1, width)) : [word];
    line = pieces.pop()!;
    lines.push(...pieces);
  }
  lines.push(line);
  return lines;
}

/**
 * Column widths (padding included) that fit `width`. Tiers give way in order, each down to its floor, the
 * widest column of a tier first; what cannot give way overflows rather than losing a number.
 */
function fitColumns(natural: number[], tiers: { columns: number[]; floor: number }[], width: number): number[] {
  const widths = natural.map((w) => w + 2);
  let excess = widths.reduce((a, b) => a + b, 0) + widths.length + 1 - width;
  for (const { columns, floor } of tiers) {
    while (excess > 0) {
      const widest = columns.reduce((best, i) => (widths[i] > widths[best] ? i : best), columns[0]);
      if (widths[widest] <= floor + 2) break;
      widths[widest]--;
      excess--;
    }
  }
  return widths;
}

function tableStyle(colour: ColourLevel) {
  return colour ? { head: ['cyan'], border: ['grey'] } : { head: [], border: [] };
}

const rowsHead = (currency: string) => ['line', 'as written', currency, 'role, year', 'funder → recipient'];

const rowCells = (r: FundingRow) => [String(r.line), r.text, normalised(r), `${r.role}\n${yearOf(r)}`, partiesOf(r)];

/** What drawing the rows needs to know of all of them before the first: read in a pass of its own. */
interface RowsSeen {
  count: number;
  /** The folder every article shares. */
  folder: string;
  /** Each column's widest line, the head's included. */
  natural: number[];
  /** Whether some figure's year is its article's. */
  articleYears: boolean;
}

function seeRows(rows: Iterable<FundingRow>, head: string[]): RowsSeen {
  const seen: RowsSeen = { count: 0, folder: '', natural: head.map(displayWidth), articleYears: false };
  let folder: string | undefined;
  let article: string | undefined;
  for (const row of rows) {
    seen.count++;
    if (row.article !== article) folder = sharedFolder(folder, (article = row.article));
    rowCells(row).forEach((cell, i) => {
      for (const line of cell.split('\n')) seen.natural[i] = Math.max(seen.natural[i], displayWidth(line));
    });
    if (row.yearSource === 'article') seen.articleYears = true;
  }
  seen.folder = folder ?? '';
  return seen;
}

/** One row per figure under its article's name, each followed by its notes and sentence across the table. */
function* rowsTableLines(report: FundingReport, seen: RowsSeen, short: (path: string) => string, options: FundingTableOptions, width: number): Generator<string> {
  const paint = painter(options.colour);
  // The amount as written and the parties wrap first; the role and year next; numbers last.
  const colWidths = fitColumns(seen.natural, [{ columns: [1, 4], floor: 12 }, { columns: [3], floor: 10 }, { columns: [1, 3, 4], floor: 6 }, { columns: [2], floor: 6 }], width);
  const widths = colWidths.map((w) => w - 2);
  const acrossWidth = colWidths.reduce((a, b) => a + b, 0) + colWidths.length - 1 - 2;
  const wrapped = (text: string, column: number) => text.split('\n').flatMap((part) => wrapText(part, widths[column])).join('\n');
  function* rows(): Generator<GridRow> {
    let article: string | undefined;
    for (const row of report.rows) {
      if (row.article !== article) {
        article = row.article;
        yield { across: paint.bold(wrapText(short(article), acrossWidth).join('\n')) };
      }
      yield { cells: rowCells(row).map(wrapped) };
      const notes = wrapText(notesOf(row, short).join('; '), acrossWidth).join('\n');
      const sentence = wrapText(`“${row.sentence}”`, acrossWidth).map((l) => paint.dim(l)).join('\n');
      yield { across: notes ? `${notes}\n${sentence}` : sentence };
    }
  }
  yield* gridLines({
    widths,
    aligns: ['right', 'left', 'right', 'left', 'left'],
    head: rowsHead(report.currency).map(wrapped),
    rows: rows(),
    paint,
    colour: options.colour > 0,
  });
}

function totalsTable(summary: FundingReport, label: (g: TotalLine) => string, options: FundingTableOptions, width: number): string {
  const paint = painter(options.colour);
  const { total, figures, groups } = summary.totals;
  const share = (n: number) => (total > 0 ? `${((100 * n) / total).toFixed(1)}%` : '–');
  const head = [summary.by, 'figures', summary.currency, 'share'];
  const cells = [
    ...groups.map((g) => [label(g), String(g.figures), groupThousands(g.total), share(g.total)]),
    ['total', String(figures), groupThousands(total), total > 0 ? '100.0%' : '–'],
  ];
  const natural = head.map((h, i) => largest([h, ...cells.map((c) => c[i])].map(displayWidth)));
  const colWidths = fitColumns(natural, [{ columns: [0], floor: 8 }, { columns: [2], floor: 6 }], width);
  const table = new BoxTable({
    head,
    colWidths,
    colAligns: ['left', 'right', 'right', 'right'],
    style: { ...tableStyle(options.colour), compact: true },
  });
  cells.forEach((c, i) => {
    const label = wrapText(c[0], colWidths[0] - 2).join('\n');
    const last = i === cells.length - 1;
    table.push(last ? [label, ...c.slice(1)].map((x) => paint.bold(x)) : [label, ...c.slice(1)]);
  });
  return table.toString();
}

/**
 * The footer: what the totals leave out and why, and how years and rates were chosen (`articleYears`: whether some
 * figure's year is its article's).
 */
export function fundingFooter(summary: Omit<FundingSummary, 'rows'>, articleYears: boolean): string[] {
  const cur = summary.currency;
  const lines = [
    `Amounts in ${cur} at annual average rates for each figure's year (${summary.fx.firstYear}–${summary.fx.lastYear}; ${summary.fx.source.split(',')[0]}).`,
  ];
  for (const l of summary.leftOut) {
    if (l.reason === 'no-rate') {
      lines.push(`Left out of totals: ${plural(l.figures, 'figure')} in ${(l.currencies ?? []).join(', ')}, which the rate table does not cover (not converted).`);
    } else if (l.reason === 'conversion') {
      const within = `${Math.round(CONVERSION_TOLERANCE * 100)}%`;
      lines.push(`Counted once: ${plural(l.figures, 'figure')} (${cur} ${groupThousands(l.total)}) restating an earlier figure of the same article in another currency (within ${within} at the year's rate).`);
    } else if (l.reason === 'duplicate') {
      lines.push(`Counted once: ${plural(l.figures, 'figure')} (${cur} ${groupThousands(l.total)}) that another article already reports (same amount, same funder or recipient).`);
    } else {
      const them = l.figures === 1 ? 'it' : 'them';
      lines.push(`Left out of totals: ${plural(l.figures, LEFT_OUT_WORDS[l.reason])} (${cur} ${groupThousands(l.total)}); add --include ${l.reason} to count ${them}.`);
    }
  }
  for (const c of summary.clampedYears) {
    const table = `${summary.fx.firstYear}–${summary.fx.lastYear}`;
    lines.push(`${c.year}→${c.fxYear}: ${plural(c.figures, 'figure')} dated ${c.year}, outside the rate table (${table}); converted at ${c.fxYear} rates.`);
  }
  if (articleYears) {
    lines.push("*: the figure's sentence gives no year; the year is the article's latest date.");
  }
  if (summary.undated) lines.push(`Left out by --from/--to: ${plural(summary.undated, 'figure')} without a year.`);
  return lines;
}

export function renderFundingTable(summary: FundingReport, options: FundingTableOptions): string {
  return [...fundingTableChunks(summary, options)].join('');
}

/** renderFundingTable in pieces, a line of the rows table at a time; the rows are read twice (to fit, then to draw). */
export function* fundingTableChunks(summary: FundingReport, options: FundingTableOptions): Generator<string> {
  const width = options.width ?? 80;
  const paint = painter(options.colour);
  const seen = seeRows(summary.rows, rowsHead(summary.currency));
  const footer = fundingFooter(summary, seen.articleYears).map((l) => paint.dim(wrapText(l, width).join('\n'))).join('\n');
  if (seen.count === 0) {
    yield `No funding figures.\n${footer}\n`;
    return;
  }
  const short = (path: string) => (path.startsWith(seen.folder) ? path.slice(seen.folder.length) : path);
  const label = (g: TotalLine) => (summary.by === 'article' ? short(g.label) : g.label);
  const chart = renderBarChart(
    summary.totals.groups.map((g) => ({ label: g.abbreviation ?? label(g), value: g.total, caption: compactAmount(g.total) })),
    { width, colour: options.colour },
  );
  yield `${paint.bold(`${plural(seen.count, 'funding figure')}; totals by ${summary.by} (${summary.currency})`)}\n`;
  for (const line of rowsTableLines(summary, seen, short, options, width)) yield `${line}\n`;
  yield `\n${totalsTable(summary, label, options, width)}\n\n${chart}\n${footer}\n`;
}

/** The JSON report's object, key order fixed (jsonChunks writes it a row at a time). */
export function fundingJsonValue(summary: FundingReport, meta: FundingMeta): object {
  const { rows, totals, ...rest } = summary;
  return {
    jpai: meta.jpai,
    schemaVersion: 1,
    currency: rest.currency,
    by: rest.by,
    filters: meta.filters,
    fx: rest.fx,
    rows,
    totals: { by: rest.by, currency: rest.currency, ...totals },
    leftOut: rest.leftOut,
    clampedYears: rest.clampedYears,
    undated: rest.undated,
    errors: meta.errors,
  };
}

export function renderFundingJson(summary: FundingSummary, meta: FundingMeta): string {
  return renderJsonValue(fundingJsonValue(summary, meta));
}

/** One record per line: every figure, every total line, the corpus total, then what was left out. */
export function renderFundingNdjson(summary: FundingReport): string {
  return [...fundingNdjsonLines(summary)].join('');
}

export function* fundingNdjsonLines(summary: FundingReport): Generator<string> {
  const { currency: valueCurrency, by } = summary;
  const line = (record: object) => `${JSON.stringify(record)}\n`;
  for (const r of summary.rows) yield line({ record: 'figure', valueCurrency, ...r });
  for (const g of summary.totals.groups) yield line({ record: 'total', by, valueCurrency, ...g });
  yield line({ record: 'corpus-total', by, valueCurrency, figures: summary.totals.figures, total: summary.totals.total });
  for (const l of summary.leftOut) yield line({ record: 'left-out', valueCurrency, ...l });
  for (const c of summary.clampedYears) yield line({ record: 'clamped-year', ...c });
  if (summary.undated) yield line({ record: 'undated', figures: summary.undated });
}

export const FUNDING_CSV_COLUMNS = [
  'record', 'article', 'line', 'column', 'text', 'amount', 'amountMax', 'currency', 'equivalents', 'approximate',
  'value', 'valueMax', 'valueCurrency', 'role', 'funderId', 'funder', 'funderJurisdiction', 'recipientId', 'recipient',
  'purpose', 'year', 'yearSource', 'fxYear', 'counted', 'leftOut', 'alsoOnLines', 'sameAs', 'sentence',
  'by', 'group', 'label', 'figures', 'total',
] as const;

type CsvRecord = Partial<Record<(typeof FUNDING_CSV_COLUMNS)[number], unknown>>;

function csvLine(record: CsvRecord): string {
  return `${FUNDING_CSV_COLUMNS.map((c) => csvField(record[c])).join(',')}\r\n`;
}

function figureRecord(r: FundingRow, summary: FundingReport): CsvRecord {
  return {
    ...r,
    record: 'figure',
    equivalents: r.equivalents.map((q) => `${q.currency} ${q.amount}`).join('; '),
    valueCurrency: summary.currency,
    funderId: r.funder?.id,
    funder: r.funder?.name,
    funderJurisdiction: r.funder?.jurisdiction,
    recipientId: r.recipient?.id,
    recipient: r.recipient?.name,
    alsoOnLines: r.alsoOnLines.join('; '),
    sameAs: r.sameAs.map((s) => `${s.article}:${s.line}`).join('; '),
    by: summary.by,
  };
}

/** RFC 4180 CSV, one table: `record` says whether a line is a figure, a total line, the corpus total or left out. */
export function renderFundingCsv(summary: FundingReport): string {
  return [...fundingCsvLines(summary)].join('');
}

export function* fundingCsvLines(summary: FundingReport): Generator<string> {
  const { currency, by } = summary;
  yield csvLine(Object.fromEntries(FUNDING_CSV_COLUMNS.map((c) => [c, c])));
  for (const r of summary.rows) yield csvLine(figureRecord(r, summary));
  for (const g of summary.totals.groups) yield csvLine({ record: 'total', valueCurrency: currency, by, group: g.key, label: g.label, figures: g.figures, total: g.total });
  yield csvLine({ record: 'corpus-total', valueCurrency: currency, by, figures: summary.totals.figures, total: summary.totals.total });
  for (const l of summary.leftOut) {
    yield csvLine({ record: 'left-out', leftOut: l.reason, currency: l.currencies?.join('; '), valueCurrency: currency, figures: l.figures, total: l.total });
  }
}
