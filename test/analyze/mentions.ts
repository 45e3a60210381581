// Hand-made entities for analysis tests: a mention is placed where its text occurs in the source, so offsets,
// lines and sentences are real.

import type { Document, Entity } from '../../src/types.js';

export function doc(path: string, text: string, title = path): Document {
  return { path, title, sha256: '0'.repeat(64), chars: text.length, words: text.split(/\s+/).filter(Boolean).length, text };
}

/** The entity for the `nth` occurrence (0-based) of `text` in `source`; `fields` give type, id and the rest. */
export function at(source: string, text: string, fields: Partial<Entity> & Pick<Entity, 'type'>, nth = 0): Entity {
  let start = -1;
  for (let i = 0; i <= nth; i++) start = source.indexOf(text, start + 1);
  if (start === -1) throw new Error(`'${text}' does not occur ${nth + 1} time(s)`);
  const before = source.slice(0, start);
  const line = before.split('\n').length;
  const column = start - before.lastIndexOf('\n');
  return {
    text, start, end: start + text.length, line, column, canonical: text, id: text.toLowerCase().replace(/\W+/g, '-'), rule: 'test',
    ...fields,
  } as Entity;
}
