// A document's JSON in pieces, a few thousand entities at a time. One article of 200 MB has about two million
// entities, whose JSON is close to the longest string V8 can hold (2^29 - 24 characters); written as one string, a
// larger article would crash the run. The pieces join to exactly what JSON.stringify gives for the whole.

import type { DocumentResult, InputError } from '../types.js';

const ENTITIES_PER_PIECE = 2000;

/** A document as the contract shows it, whatever else the object carries. */
function documentObject(doc: DocumentResult): DocumentResult {
  return { path: doc.path, title: doc.title, sha256: doc.sha256, chars: doc.chars, words: doc.words, entities: doc.entities };
}

/** `JSON.stringify(value, null, 2)`, every line after the first indented by `indent` more. */
function indented(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`);
}

/**
 * The document's entities in pieces: `open`, then each entity as `entity` renders it with `separator` between
 * them, then `close` (or `empty` for none). The pieces are joined into strings of ENTITIES_PER_PIECE entities.
 */
function* entityPieces(
  doc: DocumentResult,
  open: string,
  entity: (e: DocumentResult['entities'][number]) => string,
  separator: string,
  close: string,
  empty: string,
): Generator<string> {
  const { entities } = doc;
  if (entities.length === 0) {
    yield open + empty;
    return;
  }
  let buffer = open;
  for (let i = 0; i < entities.length; i++) {
    if (i > 0) buffer += separator;
    buffer += entity(entities[i]);
    if ((i + 1) % ENTITIES_PER_PIECE === 0 && i + 1 < entities.length) {
      yield buffer;
      buffer = '';
    }
  }
  yield buffer + close;
}

/** The document's line of JSON Lines, `JSON.stringify(documentObject(doc)) + '\n'`, in pieces. */
export function ndjsonLinePieces(doc: DocumentResult): Generator<string> {
  const { entities: _entities, ...meta } = documentObject(doc);
  const head = `${JSON.stringify(meta).slice(0, -1)},"entities":[`;
  return entityPieces(doc, head, (e) => JSON.stringify(e), ',', ']}\n', ']}\n');
}

// The extract JSON contract, {jpai, schemaVersion, documents, errors} indented by two spaces, written as its
// documents come: the head, each document, then the tail with the errors (known only at the end).

/** The contract's opening, up to the documents' `[`. */
export function jsonHead(jpai: string, schemaVersion: number): string {
  return `{\n  "jpai": ${JSON.stringify(jpai)},\n  "schemaVersion": ${schemaVersion},\n  "documents": [`;
}

/** One element of `documents`, after `count` documents written before it. */
export function jsonDocumentPieces(doc: DocumentResult, count: number): Generator<string> {
  const { entities: _entities, ...meta } = documentObject(doc);
  const fields = indented(meta, '    ').slice(0, -1).trimEnd();
  const head = `${count > 0 ? ',' : ''}\n    ${fields},\n      "entities": [`;
  return entityPieces(doc, head, (e) => `\n        ${indented(e, '        ')}`, ',', '\n      ]\n    }', ']\n    }');
}

/** The contract's end: closes `documents` (after `count` of them) and lists the inputs that could not be read. */
export function jsonTail(errors: readonly InputError[], count: number): string {
  const list = errors.map((e) => ({ path: e.path, message: e.message }));
  return `${count > 0 ? '\n  ' : ''}],\n  "errors": ${indented(list, '  ')}\n}\n`;
}
