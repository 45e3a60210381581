// The terminal views of a comparison, made to fit a terminal of `width` columns (80 unless the terminal says):
// articles get short labels (A, B, ...) explained in a legend, long names are cut with an ellipsis, and a matrix
// with more columns than fit is printed in blocks of columns rather than wrapped. JSON and CSV carry everything.

import { BoxTable } from './box.js';
import type { ChalkInstance } from 'chalk';
import type { ArticlePair, CompareResult, FundingTotal, MatrixRow } from '../analyze/compare.js';
import { UNKNOWN_JURISDICTION } from '../analyze/compare.js';
import type { ArticleRef } from '../analyze/entities.js';
import { painter, type ColourLevel } from './colour.js';
import { csvField } from './csv.js';

export interface CompareTableOptions {
  colour: ColourLevel;
  /** Terminal width in columns. */
  width: number;
}

export const DEFAULT_WIDTH = 80;
/** The narrowest an entity-name column gets before the matrix is split into blocks. */
const MIN_NAME = 16;

/** A, B, ..., Z, AA, AB, ...: short enough for a matrix column. */
export function articleLabel(i: number): string {
  let n = i + 1;
  let label = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    label = String.fromCharCode(65 + r) + label;
    n = Math.floor((n - 1) / 26);
  }
  return label;
}

export function truncate(text: string, max: number): string {
  if (max <= 0) return '';
  return text.length <= max ? text : `${text.slice(0, Math.max(0, max - 1))}…`;
}

/** Words wrapped into lines of at most `width` columns (a word longer than a line is cut), each after `indent`. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const room = Math.max(1, width - indent.length);
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > room) {
      lines.push(indent + line);
      line = '';
    }
    line = line ? `${line} ${truncate(word, room)}` : truncate(word, room);
  }
  if (line) lines.push(indent + line);
  return lines;
}

/** The width a boxed table draws: each column (padding included) plus one border between and around. */
export function tableWidth(colWidths: number[]): number {
  return colWidths.reduce((sum, w) => sum + w, 0) + colWidths.length + 1;
}

/** Splits columns into consecutive blocks whose widths, with `fixed` columns in front, fit `width`. */
export function columnBlocks(fixed: number[], columns: number[], width: number): number[][] {
  const blocks: number[][] = [];
  let block: number[] = [];
  for (let i = 0; i < columns.length; i++) {
    const widths = [...fixed, ...block.map((j) => columns[j]), columns[i]];
    if (block.length > 0 && tableWidth(widths) > width) {
      blocks.push(block);
      block = [];
    }
    block.push(i);
  }
  if (block.length > 0) blocks.push(block);
  return blocks;
}

export function tableStyle(colour: ColourLevel) {
  return colour ? { head: ['cyan'], border: ['grey'], compact: true } : { head: [], border: [], compact: true };
}

/** "A  corpus/x.txt  Title", one line per article, cut to the width. */
export function articleLegend(articles: readonly ArticleRef[], width: number, paint: ChalkInstance): string {
  const labelWidth = articleLabel(articles.length - 1).length;
  return articles
    .map((a, i) => {
      const head = `  ${articleLabel(i).padEnd(labelWidth)}  ${a.path}`;
      const line = truncate(`${head}  ${a.title.replace(/\s+/g, ' ')}`, width);
      return paint.bold(line.slice(0, 2 + labelWidth)) + line.slice(2 + labelWidth, head.length) + paint.dim(line.slice(head.length));
    })
    .join('\n');
}

const cell = (n: number) => (n === 0 ? '·' : String(n));
const jurisdictionLabel = (j: string | undefined) => (!j || j === UNKNOWN_JURISDICTION ? '?' : j);

/** Name, type, jurisdiction: the fixed columns of a matrix row. A name cut short leads with its abbreviation. */
function entityCells(row: MatrixRow, nameWidth: number): string[] {
  const fits = row.canonical.length <= nameWidth || !row.abbreviation || row.abbreviation === row.canonical;
  const name = fits ? row.canonical : `${row.abbreviation} · ${row.canonical}`;
  return [truncate(name, nameWidth), row.type, jurisdictionLabel(row.jurisdiction)];
}

function matrixTable(result: CompareResult, options: CompareTableOptions): string {
  const labels = result.articles.map((_, i) => articleLabel(i));
  const countWidth = (i: number) => Math.max(labels[i].length, ...result.matrix.map((r) => cell(r.counts[i]).length)) + 2;
  const columns = labels.map((_, i) => countWidth(i));
  const typeWidth = Math.max(4, ...result.matrix.map((r) => r.type.length)) + 2;
  const jWidth = Math.max(3, ...result.matrix.map((r) => jurisdictionLabel(r.jurisdiction).length)) + 2;
  const blocks = columnBlocks([MIN_NAME + 2, typeWidth, jWidth], columns, options.width);
  // One name width for every block, so the blocks line up.
  const widest = Math.max(...blocks.map((block) => tableWidth([typeWidth, jWidth, ...block.map((i) => columns[i])])));
  const longest = Math.max(6, ...result.matrix.map((r) => r.canonical.length));
  const nameWidth = Math.max(6, Math.min(longest, options.width - widest - 1 - 2));
  return blocks
    .map((block) => {
      const table = new BoxTable({
        head: ['entity', 'type', 'jur', ...block.map((i) => labels[i])],
        colWidths: [nameWidth + 2, typeWidth, jWidth, ...block.map((i) => columns[i])],
        colAligns: ['left', 'left', 'left', ...block.map(() => 'right' as const)],
        style: tableStyle(options.colour),
      });
      for (const row of result.matrix) table.push([...entityCells(row, nameWidth), ...block.map((i) => cell(row.counts[i]))]);
      return table.toString();
    })
    .join('\n');
}

/** $14.6B, $750.1M, $48K: a total at a glance (the exact figure is in the JSON). */
export function shortUsd(usd: number): string {
  const scales: [number, string][] = [[1e12, 'T'], [1e9, 'B'], [1e6, 'M'], [1e3, 'K']];
  for (const [size, suffix] of scales) if (usd >= size) return `$${(usd / size).toFixed(1)}${suffix}`;
  return `$${Math.round(usd)}`;
}

function fundingCell(f: FundingTotal): string {
  const parts = [f.figures > 0 ? shortUsd(f.usd) : '', f.unconverted > 0 ? `+${f.unconverted}?` : ''].filter(Boolean);
  return parts.length ? parts.join(' ') : '·';
}

function spanCell(first: string | undefined, last: string | undefined): string {
  if (!first || !last) return '·';
  const [a, b] = [first.slice(0, 4), last.slice(0, 4)];
  const from = first.endsWith('s') ? first : a;
  const to = last.endsWith('s') ? last : b;
  return from === to ? from : `${from}–${to}`;
}

function profileTable(result: CompareResult, options: CompareTableOptions): string {
  const labels = result.articles.map((_, i) => articleLabel(i));
  // One column per jurisdiction, most entities first, then the law, money and date columns; blocks if too wide.
  const head = [...result.jurisdictions.map(jurisdictionLabel), 'hard', 'soft', 'funding', 'dates'];
  const rows = result.profiles.map((p) => [
    ...result.jurisdictions.map((j) => cell(p.jurisdictions[j])),
    cell(p.hardLaw.entities),
    cell(p.softLaw.entities),
    fundingCell(p.funding),
    spanCell(p.dates.first, p.dates.last),
  ]);
  const widths = head.map((h, k) => Math.max(h.length, ...rows.map((r) => r[k].length)) + 2);
  const labelWidth = Math.max(...labels.map((l) => l.length)) + 2;
  return columnBlocks([labelWidth], widths, options.width)
    .map((block) => {
      const table = new BoxTable({
        head: ['', ...block.map((k) => head[k])],
        colWidths: [labelWidth, ...block.map((k) => widths[k])],
        colAligns: ['left', ...block.map((k) => (head[k] === 'dates' ? ('left' as const) : ('right' as const)))],
        style: tableStyle(options.colour),
      });
      rows.forEach((r, i) => table.push([labels[i], ...block.map((k) => r[k])]));
      return table.toString();
    })
    .join('\n');
}

function similarityTable(result: CompareResult, options: CompareTableOptions): string {
  const n = result.articles.length;
  const labels = result.articles.map((_, i) => articleLabel(i));
  const column = new Map(result.articles.map((a, i) => [a.path, i]));
  const grid: string[][] = labels.map((_, i) => labels.map((_, j) => (i === j ? '–' : '')));
  const two = (x: number) => x.toFixed(2);
  for (const p of result.pairs) {
    const [i, j] = [column.get(p.a)!, column.get(p.b)!].sort((x, y) => x - y);
    grid[i][j] = two(p.cosine);
    grid[j][i] = two(p.jaccard);
  }
  const labelWidth = Math.max(...labels.map((l) => l.length)) + 2;
  const columns = labels.map((l) => Math.max(l.length, 4) + 2);
  return columnBlocks([labelWidth], columns, options.width)
    .map((block) => {
      const table = new BoxTable({
        head: ['', ...block.map((j) => labels[j])],
        colWidths: [labelWidth, ...block.map((j) => columns[j])],
        colAligns: ['left', ...block.map(() => 'right' as const)],
        style: tableStyle(options.colour),
      });
      for (let i = 0; i < n; i++) table.push([labels[i], ...block.map((j) => grid[i][j])]);
      return table.toString();
    })
    .join('\n');
}

function articlesSection(result: CompareResult, options: CompareTableOptions, paint: ChalkInstance): string[] {
  return [paint.bold('Articles'), articleLegend(result.articles, options.width, paint)];
}

/** An explanation under a table, wrapped to the width. */
function note(text: string, width: number, paint: ChalkInstance): string {
  return wrap(text, width).map((l) => paint.dim(l)).join('\n');
}

function profileSection(result: CompareResult, options: CompareTableOptions, paint: ChalkInstance): string[] {
  return [
    paint.bold('Profile'),
    profileTable(result, options),
    note(
      'Jurisdiction columns count distinct entities; hard = laws, soft = policies (distinct); funding = the ' +
        'article\'s total as jpai funding counts it, in USD (+n? = figures without an exchange rate); dates = years ' +
        'the body covers.',
      options.width,
      paint,
    ),
  ];
}

/** Matrix, profile and similarity, each with the line that says how to read it. */
export function renderCompareTable(result: CompareResult, options: CompareTableOptions): string {
  const paint = painter(options.colour);
  const say = (text: string) => note(text, options.width, paint);
  if (result.articles.length === 0) return 'No articles to compare.\n';
  const parts = [
    ...articlesSection(result, options, paint),
    '',
    paint.bold(truncate(`Entities × articles (${result.types.join(', ')}): mentions`, options.width)),
    result.matrix.length ? matrixTable(result, options) : say('None.'),
    say(`${result.matrix.length} entities; · = not named; jur = jurisdiction (? = unknown).`),
    '',
    ...profileSection(result, options, paint),
    '',
    paint.bold('Similarity'),
    result.articles.length > 1 ? similarityTable(result, options) : say('One article: nothing to compare it with.'),
    say('Above the diagonal: cosine of the TF-IDF vectors; below: Jaccard overlap of the linked entities.'),
  ];
  return `${parts.join('\n')}\n`;
}

/** The articles and their profiles only. */
export function renderProfileTable(result: CompareResult, options: CompareTableOptions): string {
  const paint = painter(options.colour);
  if (result.articles.length === 0) return 'No articles to compare.\n';
  return `${[...articlesSection(result, options, paint), '', ...profileSection(result, options, paint)].join('\n')}\n`;
}

/** The matrix turned: one row per article, one numbered column per entity, with a legend of the numbers. */
export function renderTransposedTable(result: CompareResult, options: CompareTableOptions): string {
  const paint = painter(options.colour);
  const { width } = options;
  if (result.articles.length === 0) return 'No articles to compare.\n';
  const labels = result.articles.map((_, i) => articleLabel(i));
  const numbers = result.matrix.map((_, k) => String(k + 1));
  const columns = result.matrix.map((row, k) => Math.max(numbers[k].length, ...row.counts.map((c) => cell(c).length)) + 2);
  const labelWidth = Math.max(...labels.map((l) => l.length)) + 2;
  const blocks = columnBlocks([labelWidth], columns, width);
  const tables = blocks.map((block) => {
    const table = new BoxTable({
      head: ['', ...block.map((k) => numbers[k])],
      colWidths: [labelWidth, ...block.map((k) => columns[k])],
      colAligns: ['left', ...block.map(() => 'right' as const)],
      style: tableStyle(options.colour),
    });
    labels.forEach((label, i) => table.push([label, ...block.map((k) => cell(result.matrix[k].counts[i]))]));
    return table.toString();
  });
  const numberWidth = numbers.length ? numbers[numbers.length - 1].length : 1;
  const legend = result.matrix.map((row, k) => {
    const tail = ` (${row.type}, ${jurisdictionLabel(row.jurisdiction)})`;
    const name = truncate(row.canonical, width - 4 - numberWidth - tail.length);
    return `  ${numbers[k].padStart(numberWidth)}  ${name}${paint.dim(tail)}`;
  });
  const parts = [
    ...articlesSection(result, options, paint),
    '',
    paint.bold(truncate(`Articles × entities (${result.types.join(', ')}): mentions`, width)),
    ...(result.matrix.length ? [tables.join('\n'), '', paint.bold('Entities'), ...legend] : [paint.dim('  none')]),
  ];
  return `${parts.join('\n')}\n`;
}

function pairLines(p: ArticlePair, rank: number, label: Map<string, string>, width: number, paint: ChalkInstance): string[] {
  const head = `${String(rank).padStart(2)}. ${label.get(p.a)} ${p.a}  ↔  ${label.get(p.b)} ${p.b}`;
  const scores = `    cosine ${p.cosine.toFixed(3)}   jaccard ${p.jaccard.toFixed(3)}   shared entities: ${p.sharedCount}`;
  const names = wrap(p.shared.map((e) => e.canonical).join(', '), width, '    ');
  return [paint.bold(truncate(head, width)), truncate(scores, width), ...names.map((l) => paint.dim(l))];
}

/** The `top` most similar pairs, each with its scores and the entities both articles name. */
export function renderPairsTable(result: CompareResult, options: CompareTableOptions & { top: number }): string {
  const paint = painter(options.colour);
  if (result.pairs.length === 0) return 'Fewer than two articles: no pairs to compare.\n';
  const label = new Map(result.articles.map((a, i) => [a.path, articleLabel(i)]));
  const shown = result.pairs.slice(0, options.top);
  const blocks = shown.map((p, i) => pairLines(p, i + 1, label, options.width, paint).join('\n'));
  // Of every pair, not only of those listed.
  const n = result.articles.length;
  const footer = note(
    `${shown.length} of ${((n * (n - 1)) / 2).toLocaleString('en-US')} pairs, most similar text first (cosine of TF-IDF vectors); ` +
      'jaccard = overlap of the linked entities the two name.',
    options.width,
    paint,
  );
  return `${blocks.join('\n\n')}\n\n${footer}\n`;
}

function csvRow(fields: unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

/** The full matrix: one row per entity, one column per article path. */
export function renderCompareCsv(result: CompareResult): string {
  const head = csvRow(['type', 'id', 'canonical', 'jurisdiction', 'articles', 'mentions', ...result.articles.map((a) => a.path)]);
  const rows = result.matrix.map((r) => csvRow([r.type, r.id, r.canonical, r.jurisdiction, r.articles, r.mentions, ...r.counts]));
  return head + rows.join('');
}

/** The full matrix turned: one row per article, one column per entity id. */
export function renderTransposedCsv(result: CompareResult): string {
  const head = csvRow(['path', ...result.matrix.map((r) => `${r.type}:${r.id}`)]);
  const rows = result.articles.map((a, i) => csvRow([a.path, ...result.matrix.map((r) => r.counts[i])]));
  return head + rows.join('');
}

export function renderPairsCsv(result: CompareResult): string {
  const head = csvRow(['a', 'b', 'cosine', 'jaccard', 'shared']);
  return head + result.pairs.map((p) => csvRow([p.a, p.b, p.cosine, p.jaccard, p.shared.map((e) => e.id).join('; ')])).join('');
}

export function renderProfileCsv(result: CompareResult): string {
  const head = csvRow([
    'path', ...result.jurisdictions.map((j) => `jurisdiction:${j}`), 'hard_law_entities', 'hard_law_mentions',
    'soft_law_entities', 'soft_law_mentions', 'funding_figures', 'funding_usd', 'funding_unconverted', 'dates', 'first_date', 'last_date',
  ]);
  const rows = result.profiles.map((p) =>
    csvRow([
      p.path, ...result.jurisdictions.map((j) => p.jurisdictions[j]), p.hardLaw.entities, p.hardLaw.mentions,
      p.softLaw.entities, p.softLaw.mentions, p.funding.figures, p.funding.usd, p.funding.unconverted, p.dates.dates, p.dates.first, p.dates.last,
    ]),
  );
  return head + rows.join('');
}
