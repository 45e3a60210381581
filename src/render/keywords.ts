// Keyword lists: in the terminal one table per list (the corpus, or each article), with the figures behind each
// rank; as JSON the whole result; as JSON Lines one object per listed term.

import { BoxTable } from './box.js';
import type { KeynessRow, KeywordList, KeywordsResult, TfidfRow } from '../analyze/keywords.js';
import type { InputError } from '../types.js';
import { painter, type ColourLevel } from './colour.js';
import { tableStyle, truncate } from './compare.js';
import { groupThousands } from './numbers.js';

export interface KeywordsTableOptions {
  colour: ColourLevel;
}

export interface KeywordsMeta {
  jpai: string;
  minFreq: number;
  includeReferences: boolean;
  errors: InputError[];
}

/** For an entity, its type ("policy"); otherwise word or phrase. */
function kindOf(row: TfidfRow | KeynessRow): string {
  return row.entity ? row.entity.type : row.kind;
}

// Long entity names are cut in the table (JSON has them whole).
const TERM_WIDTH = 48;

/** p as people read it: 0.012, or 1.4e-7 once it is below 0.001. */
function shownP(p: number): string {
  return p < 0.001 ? p.toExponential(1) : p.toFixed(3);
}

function plural(n: number, word: string): string {
  return `${groupThousands(n)} ${word}${n === 1 ? '' : 's'}`;
}

function listLabel(list: KeywordList<unknown>): string {
  return list.label !== 'corpus' && list.paths.length > 1 ? `${list.paths.length} articles` : list.label;
}

/** What the list was computed over: "1,615 words", or "1,176 words against 4 articles (7,384 words)". */
function scope(list: KeywordList<unknown>): string {
  const size = list.paths.length > 1 ? `${plural(list.paths.length, 'article')}, ${plural(list.tokens, 'word')}` : plural(list.tokens, 'word');
  const ref = list.reference;
  if (!ref) return size;
  const against = ref.paths ? plural(ref.articles, 'article') : `the other ${plural(ref.articles, 'article')}`;
  return `${size} against ${against} (${plural(ref.tokens, 'word')}); G² ≥ 3.84, p < 0.05`;
}

function tfidfTable(rows: TfidfRow[], colour: ColourLevel): string {
  const table = new BoxTable({
    head: ['#', 'term', 'kind', 'count', 'articles', 'tf-idf'],
    colAligns: ['right', 'left', 'left', 'right', 'right', 'right'],
    style: tableStyle(colour),
  });
  rows.forEach((r, i) => table.push([String(i + 1), truncate(r.term, TERM_WIDTH), kindOf(r), String(r.count), String(r.articles), r.tfidf.toFixed(2)]));
  return table.toString();
}

function keynessTable(rows: KeynessRow[], colour: ColourLevel): string {
  const table = new BoxTable({
    head: ['#', 'term', 'kind', 'count', 'reference', 'G²', 'log ratio', 'p'],
    colAligns: ['right', 'left', 'left', 'right', 'right', 'right', 'right', 'right'],
    style: tableStyle(colour),
  });
  rows.forEach((r, i) =>
    table.push([String(i + 1), truncate(r.term, TERM_WIDTH), kindOf(r), String(r.count), String(r.referenceCount), r.g2.toFixed(2), r.logRatio.toFixed(2), shownP(r.p)]),
  );
  return table.toString();
}

export function renderKeywordsTable(result: KeywordsResult, options: KeywordsTableOptions): string {
  const paint = painter(options.colour);
  const title = result.method === 'tfidf' ? 'TF-IDF' : 'keyness';
  const blocks = result.lists.map((list) => {
    const head = `${paint.bold(listLabel(list))}  ${paint.dim(`${title}, ${scope(list)}`)}`;
    if (list.rows.length === 0) return `${head}\n${paint.dim('  no term is frequent or key enough')}\n`;
    const table = result.method === 'tfidf' ? tfidfTable(list.rows as TfidfRow[], options.colour) : keynessTable(list.rows as KeynessRow[], options.colour);
    return `${head}\n${table}\n`;
  });
  return blocks.join('\n');
}

export function renderKeywordsJson(result: KeywordsResult, meta: KeywordsMeta): string {
  const out = {
    jpai: meta.jpai,
    method: result.method,
    perDoc: result.perDoc,
    minFreq: meta.minFreq,
    includeReferences: meta.includeReferences,
    lists: result.lists,
    errors: meta.errors.map((e) => ({ path: e.path, message: e.message })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One line per listed term: the list it belongs to, its rank, and its figures. */
export function renderKeywordsNdjson(result: KeywordsResult): string {
  const lines: string[] = [];
  for (const list of result.lists) {
    (list.rows as (TfidfRow | KeynessRow)[]).forEach((row, i) => {
      lines.push(JSON.stringify({ method: result.method, list: list.label, rank: i + 1, ...row }));
    });
  }
  return lines.map((l) => `${l}\n`).join('');
}
