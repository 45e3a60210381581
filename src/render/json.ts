// The JSON contract of DESIGN.md, key order fixed: {jpai, schemaVersion, documents, errors}.

import type { ExtractResult } from '../types.js';
import { jsonDocumentPieces, jsonHead, jsonTail } from './document-json.js';

/** The extract result as the contract's JSON, 2-space indented (the pieces `jpai extract` streams, joined). */
export function renderJson(result: ExtractResult): string {
  const pieces = [jsonHead(result.jpai, result.schemaVersion)];
  result.documents.forEach((doc, i) => pieces.push(...jsonDocumentPieces(doc, i)));
  pieces.push(jsonTail(result.errors, result.documents.length));
  return pieces.join('');
}

/** Any other result (eval, ...) as indented JSON with a trailing newline. */
export function renderJsonValue(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Chunks of about this many characters: few writes, and no output held whole in memory.
const CHUNK = 1 << 16;

/** An array, or any other iterable but a string: written as the array of what it yields. */
const isList = (v: unknown): v is Iterable<unknown> =>
  typeof v === 'object' && v !== null && (Array.isArray(v) || typeof (v as Partial<Iterable<unknown>>)[Symbol.iterator] === 'function');

/**
 * `renderJsonValue(value)` in pieces, for a large report: the same characters, but the elements of each top-level
 * array are stringified one at a time, so the whole text never exists at once. A top-level iterable that is not an
 * array (rows read back from a spool, say) is written as the array of what it yields, read once.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || isList(value) || 'toJSON' in value) {
    yield renderJsonValue(value);
    return;
  }
  // JSON.stringify leaves out what it cannot represent in an object.
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== 'function' && typeof v !== 'symbol');
  if (entries.length === 0) {
    yield '{}\n';
    return;
  }
  let buffer = '{\n';
  for (const [n, [key, v]] of entries.entries()) {
    buffer += `  ${JSON.stringify(key)}: `;
    if (isList(v)) {
      let empty = true;
      for (const item of v) {
        // An array element JSON cannot represent is null.
        const element = JSON.stringify(item, null, 2) ?? 'null';
        buffer += `${empty ? '[\n' : ',\n'}    ${element.replace(/\n/g, '\n    ')}`;
        empty = false;
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += empty ? '[]' : '\n  ]';
    } else {
      buffer += JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
    }
    buffer += n < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${buffer}}\n`;
}
