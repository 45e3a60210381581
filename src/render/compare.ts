// The terminal views of a comparison, made to fit a terminal of `width` columns (80 unless the terminal says):
// articles get short labels (A, B, ...) explained in a legend, long names are cut with an ellipsis, and a matrix
// with more columns than fit is printed in blocks of columns rather than wrapped. JSON and CSV carry everything.

import { boxLines, type BoxOptions } from './box.js';
import { largest } from './chart.js';
import type { ChalkInstance } from 'chalk';
import type { ArticlePair, ArticleProfile, CompareResult, FundingTotal, MatrixRow } from '../analyze/compare.js';
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

/** The widest cell of each article's column: 1 ("·" or a digit) unless a row names it more than 9 times. */
function countDigits(result: CompareResult): Int32Array {
  const digits = new Int32Array(result.articles.length).fill(1);
  for (const row of result.matrix) row.named.forEach((i, k) => (digits[i] = Math.max(digits[i], String(row.times[k]).length)));
  return digits;
}

function* matrixTable(result: CompareResult, options: CompareTableOptions): Generator<string> {
  const labels = result.articles.map((_, i) => articleLabel(i));
  const digits = countDigits(result);
  const columns = labels.map((label, i) => Math.max(label.length, digits[i]) + 2);
  const typeWidth = Math.max(4, ...result.matrix.map((r) => r.type.length)) + 2;
  const jWidth = Math.max(3, ...result.matrix.map((r) => jurisdictionLabel(r.jurisdiction).length)) + 2;
  const blocks = columnBlocks([MIN_NAME + 2, typeWidth, jWidth], columns, options.width);
  // One name width for every block, so the blocks line up.
  const widest = Math.max(...blocks.map((block) => tableWidth([typeWidth, jWidth, ...block.map((i) => columns[i])])));
  const longest = Math.max(6, ...result.matrix.map((r) => r.canonical.length));
  const nameWidth = Math.max(6, Math.min(longest, options.width - widest - 1 - 2));
  const names = result.matrix.map((row) => entityCells(row, nameWidth));
  yield* blockTables(blocks, (block) => ({
    options: {
      head: ['entity', 'type', 'jur', ...block.map((i) => labels[i])],
      colWidths: [nameWidth + 2, typeWidth, jWidth, ...block.map((i) => columns[i])],
      colAligns: ['left', 'left', 'left', ...block.map(() => 'right' as const)],
      style: tableStyle(options.colour),
    },
    rows: () => result.matrix.map((row, r) => [...names[r], ...block.map((i) => cell(row.countIn(i)))]),
  }));
}

/** One block's table: its options, and its rows, made when it is drawn. */
interface BlockTable {
  options: BoxOptions & { colWidths: number[] };
  rows: () => Iterable<string[]>;
}

/** The tables of consecutive blocks of columns, one under the other. */
function* blockTables(blocks: number[][], tableOf: (block: number[]) => BlockTable): Generator<string> {
  for (const [b, block] of blocks.entries()) {
    if (b > 0) yield '\n';
    const { options, rows } = tableOf(block);
    yield* boxed(options, rows);
  }
}

/** A label column, then the block's columns under `head`, right-aligned unless `leftAligned`. */
function labelledOptions(
  labelWidth: number, block: number[], head: (k: number) => string, columns: number[], colour: ColourLevel,
  leftAligned: (k: number) => boolean = () => false,
): BlockTable['options'] {
  return {
    head: ['', ...block.map(head)],
    colWidths: [labelWidth, ...block.map((k) => columns[k])],
    colAligns: ['left', ...block.map((k) => (leftAligned(k) ? ('left' as const) : ('right' as const)))],
    style: tableStyle(colour),
  };
}

/**
 * A boxed table from rows made when drawn, drawn line by line (in cli-table3's look) so that neither its rows nor its
 * text are ever held whole: a gigabyte of articles makes 20,000 blocks of a few hundred rows, which cli-table3 takes
 * a fifth of a second each to lay out.
 */
function* boxed(options: BoxOptions & { colWidths: number[] }, rows: () => Iterable<string[]>): Generator<string> {
  let first = true;
  for (const line of boxLines(options, rows())) {
    yield first ? line : `\n${line}`;
    first = false;
  }
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

function* profileTable(result: CompareResult, options: CompareTableOptions): Generator<string> {
  const n = result.articles.length;
  // One column per jurisdiction, most entities first, then the law, money and date columns; blocks if too wide.
  const head = [...result.jurisdictions.map(jurisdictionLabel), 'hard', 'soft', 'funding', 'dates'];
  // Each article's cells are made when drawn (twice: to measure, then to draw), not held for every article.
  const rowOf = (p: ArticleProfile) => [
    ...result.jurisdictions.map((j) => cell(p.jurisdictions[j])),
    cell(p.hardLaw.entities),
    cell(p.softLaw.entities),
    fundingCell(p.funding),
    spanCell(p.dates.first, p.dates.last),
  ];
  const widths = head.map((h) => h.length);
  for (const p of result.profiles) rowOf(p).forEach((c, k) => (widths[k] = Math.max(widths[k], c.length)));
  const columns = widths.map((w) => w + 2);
  const labelWidth = articleLabel(n - 1).length + 2;
  yield* blockTables(columnBlocks([labelWidth], columns, options.width), (block) => ({
    options: labelledOptions(labelWidth, block, (k) => head[k], columns, options.colour, (k) => head[k] === 'dates'),
    rows: function* () {
      for (let i = 0; i < n; i++) {
        const row = rowOf(result.profiles[i]);
        yield [articleLabel(i), ...block.map((k) => row[k])];
      }
    },
  }));
}

/** Past this many articles the similarity grid (one row and column each) gives way to a list of the closest pairs. */
export const SIMILARITY_GRID_MOST = 2000;
/** The pairs listed instead of the grid. */
const PAIRS_INSTEAD_OF_GRID = 10;

function* similarityTable(result: CompareResult, options: CompareTableOptions): Generator<string> {
  const labels = result.articles.map((_, i) => articleLabel(i));
  const column = new Map(result.articles.map((a, i) => [a.path, i]));
  const grid: string[][] = labels.map((_, i) => labels.map((_, j) => (i === j ? '–' : '')));
  const two = (x: number) => x.toFixed(2);
  for (const p of result.pairs) {
    const [i, j] = [column.get(p.a)!, column.get(p.b)!].sort((x, y) => x - y);
    grid[i][j] = two(p.cosine);
    grid[j][i] = two(p.jaccard);
  }
  const labelWidth = largest(labels.map((l) => l.length), 0) + 2;
  const columns = labels.map((l) => Math.max(l.length, 4) + 2);
  yield* blockTables(columnBlocks([labelWidth], columns, options.width), (block) => ({
    options: labelledOptions(labelWidth, block, (j) => labels[j], columns, options.colour),
    rows: () => labels.map((label, i) => [label, ...block.map((j) => grid[i][j])]),
  }));
}

/** A text in parts: each a string or the pieces of one (a long table), joined by newlines, with one at the end. */
type Part = string | Iterable<string>;

function* joinParts(parts: readonly Part[]): Generator<string> {
  for (const [k, part] of parts.entries()) {
    if (k > 0) yield '\n';
    if (typeof part === 'string') yield part;
    else yield* part;
  }
  yield '\n';
}

function articlesSection(result: CompareResult, options: CompareTableOptions, paint: ChalkInstance): Part[] {
  return [paint.bold('Articles'), articleLegend(result.articles, options.width, paint)];
}

/** An explanation under a table, wrapped to the width. */
function note(text: string, width: number, paint: ChalkInstance): string {
  return wrap(text, width).map((l) => paint.dim(l)).join('\n');
}

function profileSection(result: CompareResult, options: CompareTableOptions, paint: ChalkInstance): Part[] {
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

function similaritySection(result: CompareResult, options: CompareTableOptions, paint: ChalkInstance): Part[] {
  const say = (text: string) => note(text, options.width, paint);
  const n = result.articles.length;
  if (n < 2) return [paint.bold('Similarity'), say('One article: nothing to compare it with.')];
  if (n <= SIMILARITY_GRID_MOST) {
    return [
      paint.bold('Similarity'),
      similarityTable(result, options),
      say('Above the diagonal: cosine of the TF-IDF vectors; below: Jaccard overlap of the linked entities.'),
    ];
  }
  const label = new Map(result.articles.map((a, i) => [a.path, articleLabel(i)]));
  const shown = result.pairs.slice(0, PAIRS_INSTEAD_OF_GRID);
  return [
    paint.bold('Similarity'),
    shown.map((p, i) => pairLines(p, i + 1, label, options.width, paint).join('\n')).join('\n\n'),
    say(
      `Too many articles for a grid: the ${shown.length} most similar pairs (cosine of the TF-IDF vectors; jaccard = ` +
        'overlap of the linked entities). More with --pairs --top N.',
    ),
  ];
}

/** Matrix, profile and similarity, each with the line that says how to read it: the text in pieces. */
export function compareTableChunks(result: CompareResult, options: CompareTableOptions): Iterable<string> {
  const paint = painter(options.colour);
  const say = (text: string) => note(text, options.width, paint);
  if (result.articles.length === 0) return ['No articles to compare.\n'];
  return joinParts([
    ...articlesSection(result, options, paint),
    '',
    paint.bold(truncate(`Entities × articles (${result.types.join(', ')}): mentions`, options.width)),
    result.matrix.length ? matrixTable(result, options) : say('None.'),
    say(`${result.matrix.length} entities; · = not named; jur = jurisdiction (? = unknown).`),
    '',
    ...profileSection(result, options, paint),
    '',
    ...similaritySection(result, options, paint),
  ]);
}

export function renderCompareTable(result: CompareResult, options: CompareTableOptions): string {
  return [...compareTableChunks(result, options)].join('');
}

/** The articles and their profiles only, in pieces. */
export function profileTableChunks(result: CompareResult, options: CompareTableOptions): Iterable<string> {
  const paint = painter(options.colour);
  if (result.articles.length === 0) return ['No articles to compare.\n'];
  return joinParts([...articlesSection(result, options, paint), '', ...profileSection(result, options, paint)]);
}

export function renderProfileTable(result: CompareResult, options: CompareTableOptions): string {
  return [...profileTableChunks(result, options)].join('');
}

/** The matrix turned, in pieces: one row per article, one numbered column per entity, with a legend of the numbers. */
export function transposedTableChunks(result: CompareResult, options: CompareTableOptions): Iterable<string> {
  const paint = painter(options.colour);
  const { width } = options;
  const n = result.articles.length;
  if (n === 0) return ['No articles to compare.\n'];
  const numbers = result.matrix.map((_, k) => String(k + 1));
  // A row's widest cell: its largest count, or "·" where some article does not name it.
  const columns = result.matrix.map((row, k) =>
    Math.max(numbers[k].length, largest(Array.from(row.times, (t) => String(t).length), row.named.length < n ? 1 : 0)) + 2,
  );
  const labelWidth = articleLabel(n - 1).length + 2;
  const tables = blockTables(columnBlocks([labelWidth], columns, width), (block) => ({
    options: labelledOptions(labelWidth, block, (k) => numbers[k], columns, options.colour),
    rows: function* () {
      for (let i = 0; i < n; i++) yield [articleLabel(i), ...block.map((k) => cell(result.matrix[k].countIn(i)))];
    },
  }));
  const numberWidth = numbers.length ? numbers[numbers.length - 1].length : 1;
  const legend = result.matrix.map((row, k) => {
    const tail = ` (${row.type}, ${jurisdictionLabel(row.jurisdiction)})`;
    const name = truncate(row.canonical, width - 4 - numberWidth - tail.length);
    return `  ${numbers[k].padStart(numberWidth)}  ${name}${paint.dim(tail)}`;
  });
  return joinParts([
    ...articlesSection(result, options, paint),
    '',
    paint.bold(truncate(`Articles × entities (${result.types.join(', ')}): mentions`, width)),
    ...(result.matrix.length ? [tables, '', paint.bold('Entities'), ...legend] : [paint.dim('  none')]),
  ]);
}

export function renderTransposedTable(result: CompareResult, options: CompareTableOptions): string {
  return [...transposedTableChunks(result, options)].join('');
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

/** The full matrix, a row at a time: one row per entity, one column per article path. */
export function* compareCsvChunks(result: CompareResult): Generator<string> {
  yield csvRow(['type', 'id', 'canonical', 'jurisdiction', 'articles', 'mentions', ...result.articles.map((a) => a.path)]);
  for (const r of result.matrix) yield csvRow([r.type, r.id, r.canonical, r.jurisdiction, r.articles, r.mentions, ...r.counts]);
}

export function renderCompareCsv(result: CompareResult): string {
  return [...compareCsvChunks(result)].join('');
}

/** The full matrix turned, a row at a time: one row per article, one column per entity id. */
export function* transposedCsvChunks(result: CompareResult): Generator<string> {
  yield csvRow(['path', ...result.matrix.map((r) => `${r.type}:${r.id}`)]);
  for (const [i, a] of result.articles.entries()) yield csvRow([a.path, ...result.matrix.map((r) => r.countIn(i))]);
}

export function renderTransposedCsv(result: CompareResult): string {
  return [...transposedCsvChunks(result)].join('');
}

export function renderPairsCsv(result: CompareResult): string {
  const head = csvRow(['a', 'b', 'cosine', 'jaccard', 'shared']);
  return head + result.pairs.map((p) => csvRow([p.a, p.b, p.cosine, p.jaccard, p.shared.map((e) => e.id).join('; ')])).join('');
}

/** One row per article, a row at a time. */
export function* profileCsvChunks(result: CompareResult): Generator<string> {
  yield csvRow([
    'path', ...result.jurisdictions.map((j) => `jurisdiction:${j}`), 'hard_law_entities', 'hard_law_mentions',
    'soft_law_entities', 'soft_law_mentions', 'funding_figures', 'funding_usd', 'funding_unconverted', 'dates', 'first_date', 'last_date',
  ]);
  for (const p of result.profiles) {
    yield csvRow([
      p.path, ...result.jurisdictions.map((j) => p.jurisdictions[j]), p.hardLaw.entities, p.hardLaw.mentions,
      p.softLaw.entities, p.softLaw.mentions, p.funding.figures, p.funding.usd, p.funding.unconverted, p.dates.dates, p.dates.first, p.dates.last,
    ]);
  }
}

export function renderProfileCsv(result: CompareResult): string {
  return [...profileCsvChunks(result)].join('');
}
