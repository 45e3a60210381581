import { describe, expect, it } from 'vitest';
import { CSV_COLUMNS, csvField, csvRowPieces, renderCsv, renderCsvRows } from '../../src/render/csv.js';
import { SAMPLE } from './sample-result.js';

/** A small RFC 4180 reader, enough to check the writer round-trips. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') (field += '"'), i++;
      else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') row.push(field), (field = '');
    else if (c === '\r' && text[i + 1] === '\n') row.push(field), rows.push(row), (row = []), (field = ''), i++;
    else field += c;
  }
  return rows;
}

describe('renderCsv', () => {
  const rows = parseCsv(renderCsv(SAMPLE));

  it('writes a header and one row per entity, with CRLF line ends', () => {
    expect(renderCsv(SAMPLE).split('\r\n')).toHaveLength(1 + 5 + 1);
    expect(rows[0]).toEqual([...CSV_COLUMNS]);
    expect(rows).toHaveLength(6);
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true);
  });

  it('quotes fields with commas and quotes, and round-trips them', () => {
    const at = (r: string[], column: string) => r[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])];
    expect(at(rows[1], 'path')).toBe('clips/meti, "subsidy".txt');
    expect(at(rows[1], 'canonical')).toBe('Ministry of Economy, Trade and Industry');
    expect(csvField('a\nb')).toBe('"a\nb"');
    expect(csvField('plain')).toBe('plain');
  });

  it('flattens type-specific fields, equivalents included', () => {
    const funding = rows[2];
    const at = (column: string) => funding[CSV_COLUMNS.indexOf(column as (typeof CSV_COLUMNS)[number])];
    expect([at('type'), at('amount'), at('currency'), at('equivalents'), at('role'), at('approximate'), at('funder')]).toEqual([
      'funding', '48700000', 'CAD', 'JPY 5300000000', 'subsidy', 'false', 'meti',
    ]);
    expect(at('value')).toBe('');
    const date = rows[5];
    expect(date[CSV_COLUMNS.indexOf('endValue')]).toBe('2026');
  });

  it('writes only the header when there are no entities', () => {
    expect(renderCsv({ ...SAMPLE, documents: [SAMPLE.documents[1]] })).toBe(`${CSV_COLUMNS.join(',')}\r\n`);
  });

  it('writes the rows of a large document a few thousand at a time, the same rows', () => {
    const doc = SAMPLE.documents[0];
    const big = { ...doc, entities: Array.from({ length: 4001 }, (_, i) => ({ ...doc.entities[i % doc.entities.length], start: i })) };
    const pieces = [...csvRowPieces(big)];
    expect(pieces).toHaveLength(3);
    expect(pieces.join('').split('\r\n')).toHaveLength(4001 + 1);
    expect(pieces.join('')).toBe(renderCsvRows(big));
    expect([...csvRowPieces(SAMPLE.documents[1])]).toEqual([]);
  });
});
