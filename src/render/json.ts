// The JSON contract of DESIGN.md, key order fixed: {jpai, schemaVersion, documents, errors}.

import type { DocumentResult, ExtractResult } from '../types.js';

/** A document as the contract shows it, whatever else the object carries. */
export function documentObject(doc: DocumentResult): DocumentResult {
  return { path: doc.path, title: doc.title, sha256: doc.sha256, chars: doc.chars, words: doc.words, entities: doc.entities };
}

export function renderJson(result: ExtractResult): string {
  const out: ExtractResult = {
    jpai: result.jpai,
    schemaVersion: result.schemaVersion,
    documents: result.documents.map(documentObject),
    errors: result.errors.map((e) => ({ path: e.path, message: e.message })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** Any other result (eval, ...) as indented JSON with a trailing newline. */
export function renderJsonValue(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

// Chunks of about this many characters: few writes, and no output held whole in memory.
const CHUNK = 1 << 16;

/**
 * `renderJsonValue(value)` in pieces, for a large report: the same characters, but the elements of each top-level
 * array are stringified one at a time, so the whole text never exists at once.
 */
export function* jsonChunks(value: unknown): Generator<string> {
  if (value === null || typeof value !== 'object' || Array.isArray(value) || 'toJSON' in value) {
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
    if (Array.isArray(v) && v.length > 0) {
      buffer += '[\n';
      for (let i = 0; i < v.length; i++) {
        // An array element JSON cannot represent is null.
        const element = JSON.stringify(v[i], null, 2) ?? 'null';
        buffer += `    ${element.replace(/\n/g, '\n    ')}${i < v.length - 1 ? ',' : ''}\n`;
        if (buffer.length >= CHUNK) {
          yield buffer;
          buffer = '';
        }
      }
      buffer += '  ]';
    } else {
      buffer += JSON.stringify(v, null, 2).replace(/\n/g, '\n  ');
    }
    buffer += n < entries.length - 1 ? ',\n' : '\n';
  }
  yield `${buffer}}\n`;
}
