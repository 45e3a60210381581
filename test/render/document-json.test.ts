// The JSON of a document written in pieces must be exactly the JSON of the whole, however many entities it has.

import { describe, expect, it } from 'vitest';
import { jsonDocumentPieces, jsonHead, jsonTail, ndjsonLinePieces } from '../../src/render/document-json.js';
import type { DocumentResult, ExtractResult } from '../../src/types.js';
import { SAMPLE } from './sample-result.js';

/** The contract written as the CLI streams it: head, each document, tail. */
function streamed(result: ExtractResult): { text: string; pieces: number } {
  const pieces = [jsonHead(result.jpai, result.schemaVersion)];
  result.documents.forEach((doc, i) => pieces.push(...jsonDocumentPieces(doc, i)));
  pieces.push(jsonTail(result.errors, result.documents.length));
  return { text: pieces.join(''), pieces: pieces.length };
}

const contractOf = (d: DocumentResult) => ({ path: d.path, title: d.title, sha256: d.sha256, chars: d.chars, words: d.words, entities: d.entities });

/** The contract as one JSON.stringify of the whole: what the pieces must join to. */
function whole(result: ExtractResult): string {
  const errors = result.errors.map((e) => ({ path: e.path, message: e.message }));
  return `${JSON.stringify({ jpai: result.jpai, schemaVersion: result.schemaVersion, documents: result.documents.map(contractOf), errors }, null, 2)}\n`;
}

/** A document with `n` entities, each a little different. */
function manyEntities(n: number): DocumentResult {
  const base = SAMPLE.documents[0];
  const entities = Array.from({ length: n }, (_, i) => ({ ...base.entities[i % base.entities.length], start: i, end: i + 3 }));
  return { ...base, path: 'big.txt', entities };
}

describe('the extract JSON contract in pieces', () => {
  it('joins to one JSON.stringify of the whole: documents with and without entities, and errors', () => {
    expect(streamed(SAMPLE).text).toBe(whole(SAMPLE));
  });

  it('joins to the whole with no documents, or no errors', () => {
    const none: ExtractResult = { ...SAMPLE, documents: [] };
    expect(streamed(none).text).toBe(whole(none));
    const clean: ExtractResult = { ...SAMPLE, errors: [] };
    expect(streamed(clean).text).toBe(whole(clean));
  });

  it('writes a document of many entities a few thousand at a time, the same characters', () => {
    const big: ExtractResult = { ...SAMPLE, documents: [manyEntities(5001), SAMPLE.documents[1]] };
    const { text, pieces } = streamed(big);
    expect(text).toBe(whole(big));
    // head, three pieces for 5001 entities, one for the entity-less document, tail
    expect(pieces).toBe(6);
  });

  it('leaves out what a document carries beyond the contract', () => {
    const withText = { ...SAMPLE.documents[0], text: 'secret text' } as DocumentResult;
    expect([...jsonDocumentPieces(withText, 0)].join('')).not.toContain('secret');
    expect([...ndjsonLinePieces(withText)].join('')).not.toContain('secret');
  });
});

describe('a JSON Lines document in pieces', () => {
  it('is JSON.stringify of the contract document and a newline', () => {
    for (const doc of [...SAMPLE.documents, manyEntities(4000), manyEntities(4001)]) {
      expect([...ndjsonLinePieces(doc)].join('')).toBe(`${JSON.stringify(contractOf(doc))}\n`);
    }
  });

  it('is one piece for an ordinary article and more for a very large one', () => {
    expect([...ndjsonLinePieces(SAMPLE.documents[0])]).toHaveLength(1);
    expect([...ndjsonLinePieces(manyEntities(4001))]).toHaveLength(3);
  });
});
