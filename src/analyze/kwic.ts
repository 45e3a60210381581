// Keyword in context: every occurrence of a term, a pattern or a linked entity, with the text on either side.
// A term matches as `grep -oiw` does: case-insensitive, whole words, line by line, left to right, no overlaps.
// A pattern is tried only where a word may start, on a bounded window, and patterns that can take exponential
// time are refused, so the work grows linearly with the text whatever the input.

import type { Entity, EntityType } from '../types.js';
import { isNameType, resolveEntity, tallyEntities } from './entities.js';
import { buildLineIndex, positionOf } from '../text/lines.js';
import type { Span } from '../text/sentences.js';

export const KWIC_SORTS = ['position', 'left', 'right'] as const;
export type KwicSort = (typeof KWIC_SORTS)[number];

export type KwicQuery = { term: string } | { regex: string } | { entity: string };

export interface KwicOptions {
  /** Characters of context on each side. */
  width: number;
  sort: KwicSort;
}

export interface KwicDocument {
  path: string;
  text: string;
  /** Needed for an entity query only. */
  entities?: readonly Entity[];
}

export interface KwicEntity {
  type: EntityType;
  id: string;
  canonical: string;
}

export interface KwicLine {
  path: string;
  /** 1-based. */
  line: number;
  column: number;
  start: number;
  end: number;
  left: string;
  match: string;
  right: string;
  entity?: KwicEntity;
}

export interface KwicResult {
  lines: KwicLine[];
  /** For an entity query: the entities the name was resolved to (none: the name is not one the articles use). */
  entities?: KwicEntity[];
}

/** A term or pattern that cannot be searched for; the message says why. */
export class KwicQueryError extends Error {
  override name = 'KwicQueryError';
}

// A match longer than this is not a concordance line; it also bounds the work a pattern can do at one place.
const WINDOW = 256;
const WORD_CHAR = /[\p{L}\p{N}_]/u;

function isWordAt(text: string, i: number): boolean {
  if (i < 0 || i >= text.length) return false;
  const code = text.charCodeAt(i);
  // The second half of a surrogate pair: judge the whole character.
  if (code >= 0xdc00 && code <= 0xdfff && i > 0) return WORD_CHAR.test(text.slice(i - 1, i + 1));
  return WORD_CHAR.test(String.fromCodePoint(text.codePointAt(i)!));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}

/**
 * Why `pattern` may take exponential time, if it may: a group repeated with *, + or {n,m} (m > 1) that itself
 * holds a repetition or alternatives, as in (a+)+ or (a|aa)*. Everything else backtracks at most polynomially
 * within the window.
 */
export function exponentialRisk(pattern: string): string | undefined {
  const frames: { repeats: boolean; alternates: boolean }[] = [{ repeats: false, alternates: false }];
  let lastGroup: { repeats: boolean; alternates: boolean } | undefined;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    const frame = frames[frames.length - 1];
    let repeat = false;
    if (c === '\\') {
      const next = pattern[i + 1];
      if ((next === 'p' || next === 'P' || next === 'u') && pattern[i + 2] === '{') i = pattern.indexOf('}', i);
      else if (next === 'k' && pattern[i + 2] === '<') i = pattern.indexOf('>', i);
      else i++;
      lastGroup = undefined;
      continue;
    }
    if (c === '[') {
      for (i++; i < pattern.length && pattern[i] !== ']'; i++) if (pattern[i] === '\\') i++;
      lastGroup = undefined;
      continue;
    }
    if (c === '(') {
      frames.push({ repeats: false, alternates: false });
      lastGroup = undefined;
      continue;
    }
    if (c === ')') {
      const closed = frames.length > 1 ? frames.pop()! : frame;
      const parent = frames[frames.length - 1];
      parent.repeats ||= closed.repeats;
      parent.alternates ||= closed.alternates;
      lastGroup = closed;
      continue;
    }
    if (c === '|') {
      frame.alternates = true;
      continue;
    }
    if (c === '*' || c === '+') repeat = true;
    else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(pattern.slice(i, i + 24));
      if (m) {
        repeat = m[2] === undefined ? Number(m[1]) > 1 : m[3] === '' || Number(m[3]) > 1;
        i += m[0].length - 1;
      }
    } else if (c === '?') {
      continue;
    } else {
      lastGroup = undefined;
      continue;
    }
    if (repeat && lastGroup && (lastGroup.repeats || lastGroup.alternates)) {
      return 'it repeats a group that itself repeats or has alternatives, which can take exponential time; write the repeated part without nesting (for example [ab]+ rather than (a|b)+)';
    }
    if (repeat) frame.repeats = true;
    lastGroup = undefined;
  }
  return undefined;
}

/** A user's pattern, checked and compiled: case-insensitive, matching whole words. */
export function compilePattern(pattern: string): RegExp {
  if (pattern === '') throw new KwicQueryError('the pattern is empty');
  try {
    new RegExp(pattern, 'u');
  } catch (err) {
    // V8 says "Invalid regular expression: /(a/u: Unterminated group"; the reason is the part worth showing.
    const reason = (err as Error).message.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
    throw new KwicQueryError(`'${pattern}' is not a valid regular expression: ${reason.charAt(0).toLowerCase()}${reason.slice(1)}`);
  }
  const risk = exponentialRisk(pattern);
  if (risk) throw new KwicQueryError(risk);
  return new RegExp(`(?:${pattern})(?![\\p{L}\\p{N}_])`, 'iuy');
}

/** A plain term as a pattern: its characters literally, case-insensitive, as a whole word. */
export function compileTerm(term: string): RegExp {
  if (term.trim() === '') throw new KwicQueryError('the term is empty');
  return new RegExp(`(?:${escapeRegex(term)})(?![\\p{L}\\p{N}_])`, 'iuy');
}

/**
 * Every match of a compiled pattern: tried at each place a word may start (the character before is not a
 * letter, digit or underscore), line by line, on a window around it; after a match the search goes on from its end.
 */
export function findMatches(text: string, pattern: RegExp, minWindow = 0): Span[] {
  const spans: Span[] = [];
  const reach = Math.max(WINDOW, minWindow + 1);
  for (let lineStart = 0; lineStart <= text.length; ) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    for (let p = lineStart; p < lineEnd; p++) {
      if (p > lineStart && isWordAt(text, p - 1)) continue;
      const lo = Math.max(lineStart, p - reach);
      const hi = Math.min(lineEnd, p + reach);
      pattern.lastIndex = p - lo;
      const m = pattern.exec(text.slice(lo, hi));
      if (!m || m[0].length === 0) continue;
      const end = p + m[0].length;
      // A match that runs into the window's edge cannot be told whole; it is longer than a concordance line anyway.
      if (end === hi && hi < lineEnd) continue;
      spans.push({ start: p, end });
      p = end - 1;
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

function flatten(s: string): string {
  return s.replace(/\s+/g, ' ');
}

/** Drops half a surrogate pair left at either end by a cut. */
function wholeCharacters(s: string): string {
  let from = 0;
  let to = s.length;
  if (to > 0 && /[\udc00-\udfff]/.test(s[0])) from = 1;
  if (to > from && /[\ud800-\udbff]/.test(s[to - 1])) to--;
  return s.slice(from, to);
}

function leftOf(text: string, start: number, width: number): string {
  const flat = flatten(text.slice(Math.max(0, start - width * 3), start));
  return wholeCharacters(flat.slice(Math.max(0, flat.length - width)));
}

function rightOf(text: string, end: number, width: number): string {
  return wholeCharacters(flatten(text.slice(end, end + width * 3)).slice(0, width));
}

interface Hit extends Span {
  entity?: KwicEntity;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function sortKey(line: KwicLine, sort: KwicSort): string {
  if (sort === 'left') return line.left.toLowerCase().trim().split(/\s+/).reverse().join(' ');
  return line.right.toLowerCase().trim();
}

function sortLines(lines: KwicLine[], sort: KwicSort): KwicLine[] {
  if (sort === 'position') return lines;
  // Lines come in position order, and the sort is stable: equal contexts stay in that order.
  const keyed = lines.map((line) => ({ line, key: sortKey(line, sort) }));
  return keyed.sort((a, b) => compareText(a.key, b.key)).map((k) => k.line);
}

function hitsIn(doc: KwicDocument, query: KwicQuery, pattern: RegExp | undefined, ids: ReadonlySet<string>): Hit[] {
  if (pattern) return findMatches(doc.text, pattern, 'term' in query ? query.term.length : 0);
  const hits: Hit[] = [];
  let lastStart = -1;
  for (const e of doc.entities ?? []) {
    // One line per place: a name typed twice (a group of states that is also an initiative) is one occurrence.
    if (!isNameType(e.type) || !ids.has(e.id) || e.start === lastStart) continue;
    hits.push({ start: e.start, end: e.end, entity: { type: e.type, id: e.id, canonical: e.canonical } });
    lastStart = e.start;
  }
  return hits.sort((a, b) => a.start - b.start);
}

/** Concordance lines for `query` over `documents`, in document order and then by position, or sorted by context. */
export function kwic(documents: readonly KwicDocument[], query: KwicQuery, options: KwicOptions): KwicResult {
  const pattern = 'term' in query ? compileTerm(query.term) : 'regex' in query ? compilePattern(query.regex) : undefined;
  // An entity is named by id, canonical name, abbreviation or any form an article writes it in, as in timeline.
  const ids = 'entity' in query ? resolveEntity(query.entity, documents.map((d) => ({ entities: tallyEntities(d.entities ?? []) }))) : new Set<string>();
  const lines: KwicLine[] = [];
  const named = new Map<string, KwicEntity>();
  for (const doc of documents) {
    const hits = hitsIn(doc, query, pattern, ids);
    if (hits.length === 0) continue;
    const index = buildLineIndex(doc.text);
    for (const hit of hits) {
      const { line, column } = positionOf(index, hit.start);
      if (hit.entity) named.set(`${hit.entity.type}\u0000${hit.entity.id}`, hit.entity);
      lines.push({
        path: doc.path,
        line,
        column,
        start: hit.start,
        end: hit.end,
        left: leftOf(doc.text, hit.start, options.width),
        match: doc.text.slice(hit.start, hit.end),
        right: rightOf(doc.text, hit.end, options.width),
        ...(hit.entity ? { entity: hit.entity } : {}),
      });
    }
  }
  const entities = [...named.values()].sort((a, b) => compareText(a.type + a.id, b.type + b.id));
  return { lines: sortLines(lines, options.sort), ...('entity' in query ? { entities } : {}) };
}
