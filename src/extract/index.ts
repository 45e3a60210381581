// The extraction pipeline: names (agencies, laws, policies, organizations) -> linking -> money -> parties
// -> dates -> positions. Each step is a plain function over plain data.

import type { DateEntity, Document, Entity, EntityType, Found, FundingEntity, ExtractResult, InputError, DocumentResult } from '../types.js';
import { loadKnowledge, type Knowledge } from '../knowledge/index.js';
import { buildLineIndex, positionOf, type LineIndex } from '../text/lines.js';
import { memoised } from '../text/memo.js';
import { htmlSpan } from '../corpus/html.js';
import { buildContext } from './context.js';
import { findNames } from './names.js';
import { linkNames } from './link.js';
import { findMoney } from './money.js';
import { attachParties } from './parties.js';
import { normaliseFunding } from './normalise.js';
import { findDates } from './date.js';
import { slug } from './slug.js';
import { VERSION } from '../version.js';

export { VERSION };

export interface ExtractOptions {
  knowledge?: Knowledge;
  /** Keep only these types (all are still found: funding needs names, FX needs dates). */
  types?: readonly EntityType[];
}

// Slugs kept across documents: the same agencies and laws recur in article after article, and slugging (Unicode
// normalisation, several regex passes) costs more than the rest of placing an entity.
const slugOf = memoised(slug, 20_000);

function place<E extends Entity>(found: Found<E>, index: LineIndex): E {
  const { line, column } = positionOf(index, found.start);
  const canonical = found.canonical ?? found.text;
  // The finder's object becomes the entity: each is fresh per document and placed once, and completing it costs less
  // than a copy. Same keys in the same order as a copy would have.
  return Object.assign(found, { line, column, canonical, id: found.id ?? slugOf(canonical) }) as unknown as E;
}

/** All entities of one document, in text order. */
export function extractEntities(doc: Pick<Document, 'text' | 'plain'>, options: ExtractOptions = {}): Entity[] {
  const knowledge = options.knowledge ?? loadKnowledge();
  const ctx = buildContext(doc);
  // Lines are the file's: an HTML page's plain form may break lines where the file has a tag.
  const index = buildLineIndex(doc.text);
  const names = linkNames(findNames(ctx, knowledge), knowledge).map((f) => place(f, index));
  const dates = findDates(ctx).map((f) => place<DateEntity>(f, index));
  const money = findMoney(ctx, names).map((f) => place<FundingEntity>(f, index));
  const funding = normaliseFunding(attachParties(money, names, ctx), dates, ctx);
  const wanted = options.types ? new Set(options.types) : undefined;
  const entities = [...names, ...funding, ...dates]
    .filter((e) => !wanted || wanted.has(e.type))
    .sort((a, b) => a.start - b.start || b.end - a.end || a.type.localeCompare(b.type));
  if (doc.plain === undefined) return entities;
  // The rules read an HTML page's plain form; an entity's span and text are the file's, references kept whole.
  return entities.map((e) => {
    const { start, end } = htmlSpan(doc.text, e.start, e.end);
    return Object.assign({}, e, { start, end, text: doc.text.slice(start, end) }, positionOf(index, start));
  });
}

export function extractDocument(doc: Document, options: ExtractOptions = {}): DocumentResult {
  const { text: _text, plain: _plain, ...meta } = doc;
  return { ...meta, entities: extractEntities(doc, options) };
}

export function extract(documents: Document[], options: ExtractOptions = {}, errors: InputError[] = []): ExtractResult {
  const knowledge = options.knowledge ?? loadKnowledge();
  return {
    jpai: VERSION,
    schemaVersion: 1,
    documents: documents.map((d) => extractDocument(d, { ...options, knowledge })),
    errors,
  };
}
