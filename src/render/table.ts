// The terminal view of an extract result: one table per article, one row per distinct entity
// (type + id), with how often the article mentions it.

import { BoxTable } from './box.js';
import type { ChalkInstance } from 'chalk';
import { ENTITY_TYPES, type DocumentResult, type Entity, type ExtractResult } from '../types.js';
import { painter, type ColourLevel } from './colour.js';
import { groupThousands } from './numbers.js';

export interface TableOptions {
  colour: ColourLevel;
}

interface Row {
  first: Entity;
  mentions: number;
}

/** Distinct entities in type order, then in order of first mention. */
function distinct(entities: Entity[]): Row[] {
  const rows = new Map<string, Row>();
  for (const e of entities) {
    const key = `${e.type}\u0000${e.id}`;
    const row = rows.get(key);
    if (row) row.mentions++;
    else rows.set(key, { first: e, mentions: 1 });
  }
  const rank = (r: Row) => ENTITY_TYPES.indexOf(r.first.type);
  return [...rows.values()].sort((a, b) => rank(a) - rank(b) || a.first.start - b.first.start);
}

function money(amount: number, currency: string): string {
  return `${currency} ${groupThousands(amount)}`;
}

/** The type-specific column: kind for laws and policies, the money for funding, the ISO value for dates. */
function detail(e: Entity): string {
  switch (e.type) {
    case 'law':
    case 'policy':
      return e.year ? `${e.kind}, ${e.year}` : e.kind;
    case 'funding': {
      const upper = e.amountMax ? `–${groupThousands(e.amountMax)}` : '';
      const equivalents = e.equivalents.map((q) => ` (= ${money(q.amount, q.currency)})`).join('');
      return `${e.approximate ? '~' : ''}${money(e.amount, e.currency)}${upper}${equivalents}, ${e.role}`;
    }
    case 'date':
      return e.value ? `${e.value}${e.endValue ? ` to ${e.endValue}` : ''}${e.fiscal ? ' (fiscal)' : ''}` : 'relative';
    default:
      return e.abbreviation ?? '';
  }
}

const TITLE_WIDTH = 100;

/** Some articles open with a whole paragraph: the heading shows its start. */
function shorten(title: string): string {
  return title.length > TITLE_WIDTH ? `${title.slice(0, TITLE_WIDTH - 1).trimEnd()}…` : title;
}

function jurisdiction(e: Entity): string {
  return 'jurisdiction' in e && e.jurisdiction ? e.jurisdiction : '';
}

function documentTable(doc: DocumentResult, paint: ChalkInstance, colour: ColourLevel): string {
  const rows = distinct(doc.entities);
  const heading = `${paint.bold(doc.path)}  ${shorten(doc.title)}\n${paint.dim(`${doc.words} words, ${doc.entities.length} mentions of ${rows.length} entities`)}`;
  if (rows.length === 0) return `${heading}\n`;
  const table = new BoxTable({
    head: ['type', 'name', 'jurisdiction', 'mentions', 'detail'],
    // compact: no rule between body rows.
    style: colour ? { head: ['cyan'], border: ['grey'], compact: true } : { head: [], border: [], compact: true },
  });
  for (const { first, mentions } of rows) {
    table.push([first.type, first.canonical, jurisdiction(first), String(mentions), detail(first)]);
  }
  return `${heading}\n${table.toString()}\n`;
}

export function renderTable(result: ExtractResult, options: TableOptions): string {
  const paint = painter(options.colour);
  return result.documents.map((doc) => documentTable(doc, paint, options.colour)).join('\n');
}
