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
