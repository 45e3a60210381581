// JSON Lines: one document object per line, nothing else (errors go to stderr).

import type { DocumentResult, ExtractResult } from '../types.js';
import { ndjsonLinePieces } from './document-json.js';

export function renderNdjsonLine(doc: DocumentResult): string {
  return [...ndjsonLinePieces(doc)].join('');
}

export function renderNdjson(result: ExtractResult): string {
  return result.documents.map(renderNdjsonLine).join('');
}
