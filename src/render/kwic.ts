// Concordance lines: in the terminal one aligned line per occurrence (where it is, the left context right-aligned,
// the match, the right context), the match highlighted only when colour is on; as JSON the whole result; as JSON
// Lines one object per occurrence.

import type { KwicEntity, KwicLine, KwicResult } from '../analyze/kwic.js';
import type { InputError } from '../types.js';
import { painter, type ColourLevel } from './colour.js';

export interface KwicTableOptions {
  colour: ColourLevel;
  /** Context width on each side, for alignment. */
  width: number;
}

export interface KwicMeta {
  jpai: string;
  /** How TERM was read; the term itself is not echoed (a script has it). */
  query: { mode: 'term' | 'regex' | 'entity'; width: number; sort: string };
  errors: InputError[];
}

function entityNote(entities: KwicEntity[]): string {
  return entities.map((e) => `${e.canonical} (${e.type}, ${e.id})`).join('; ');
}

export function renderKwicTable(result: KwicResult, options: KwicTableOptions): string {
  const paint = painter(options.colour);
  const out: string[] = [];
  if (result.entities && result.entities.length > 0) out.push(paint.dim(`every mention of ${entityNote(result.entities)}`));
  const places = result.lines.map((l) => `${l.path}:${l.line}:${l.column}`);
  const placeWidth = Math.max(0, ...places.map((p) => p.length));
  result.lines.forEach((l, i) => {
    const match = l.match.replace(/\s+/g, ' ');
    out.push(`${paint.dim(places[i].padEnd(placeWidth))}  ${l.left.padStart(options.width)} ${paint.bold.yellow(match)} ${l.right}`.trimEnd());
  });
  const articles = new Set(result.lines.map((l) => l.path)).size;
  out.push(paint.dim(`${result.lines.length} line${result.lines.length === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`));
  return `${out.join('\n')}\n`;
}

export function renderKwicJson(result: KwicResult, meta: KwicMeta): string {
  const out = {
    jpai: meta.jpai,
    query: meta.query,
    ...(result.entities ? { entities: result.entities } : {}),
    lines: result.lines,
    errors: meta.errors.map((e) => ({ path: e.path, message: e.message })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One line per occurrence, nothing else. */
export function renderKwicNdjson(lines: readonly KwicLine[]): string {
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}
