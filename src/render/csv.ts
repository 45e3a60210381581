// CSV (RFC 4180: CRLF line ends, fields quoted when they hold a comma, quote or line break):
// one row per entity, with the document path, the common fields, and every type's own fields flattened.

import type { DocumentResult, Entity, ExtractResult, MoneyValue } from '../types.js';

const COMMON = ['type', 'text', 'start', 'end', 'line', 'column', 'canonical', 'id', 'rule'] as const;
const SPECIFIC = [
  'abbreviation', 'jurisdiction', 'known', 'kind', 'year',
  'amount', 'amountMax', 'currency', 'equivalents', 'role', 'approximate', 'funder', 'recipient', 'purpose', 'usd', 'fxYear',
  'value', 'endValue', 'precision', 'inferred', 'fiscal', 'citation', 'relative',
] as const;

export const CSV_COLUMNS = ['path', ...COMMON, ...SPECIFIC] as const;

export function csvField(value: unknown): string {
  if (value === undefined || value === null) return '';
  const s = String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function cell(entity: Entity, column: (typeof CSV_COLUMNS)[number]): unknown {
  if (column === 'equivalents') {
    const equivalents = (entity as { equivalents?: MoneyValue[] }).equivalents;
    return equivalents?.map((q) => `${q.currency} ${q.amount}`).join('; ');
  }
  return (entity as unknown as Record<string, unknown>)[column];
}

function row(fields: unknown[]): string {
  return `${fields.map(csvField).join(',')}\r\n`;
}

export const CSV_HEADER = row([...CSV_COLUMNS]);

// Rows joined into pieces of this many: an article of 200 MB has about two million rows, more characters than one
// string can hold.
const ROWS_PER_PIECE = 2000;

/** The rows of one document, without the header, in pieces (so a large corpus is written document by document, and
 * a large document a few thousand rows at a time). */
export function* csvRowPieces(doc: DocumentResult): Generator<string> {
  for (let i = 0; i < doc.entities.length; i += ROWS_PER_PIECE) {
    yield doc.entities
      .slice(i, i + ROWS_PER_PIECE)
      .map((e) => row(CSV_COLUMNS.map((column) => (column === 'path' ? doc.path : cell(e, column)))))
      .join('');
  }
}

/** The rows of one document, without the header. */
export function renderCsvRows(doc: DocumentResult): string {
  return [...csvRowPieces(doc)].join('');
}

export function renderCsv(result: ExtractResult): string {
  return CSV_HEADER + result.documents.map(renderCsvRows).join('');
}
