// What happened when: every dated mention with the sentence that dates it (shortened around the date) and the
// linked entities of that sentence, in chronological order; mentions of one event by several articles (same date,
// same entity) become one event with every source. Each article is reduced to its dated mentions first, so a
// large corpus costs memory per date, not per word.

import { detached } from '../text/memo.js';
import type { DateEntity, DatePrecision, Document, Entity, EntityType } from '../types.js';
import { splitSentences, spanAt, type Span } from '../text/sentences.js';
import { isNameType, type NameType } from './entities.js';
import { firstStartingAt } from '../text/search.js';

export interface EventEntity {
  type: NameType;
  id: string;
  canonical: string;
}

/** One date in one article. */
export interface DatedMention {
  path: string;
  line: number;
  column: number;
  /** The date as written. */
  text: string;
  value: string;
  endValue?: string;
  precision: DatePrecision;
  inferred: boolean;
  fiscal: boolean;
  citation: boolean;
  /** The sentence around the date, shortened with "…" where cut. */
  excerpt: string;
  /** Linked entities named in that sentence, in text order. */
  entities: EventEntity[];
  /** Entity types present in that sentence, funding figures included. */
  types: EntityType[];
}

export type EventSource = Omit<DatedMention, 'value' | 'endValue' | 'precision'>;

export interface TimelineEvent {
  value: string;
  endValue?: string;
  precision: DatePrecision;
  /** Every source took its year from context. */
  inferred: boolean;
  /** Every source is in notes or references. */
  citation: boolean;
  fiscal: boolean;
  /** The entities of all its sources' sentences. */
  entities: EventEntity[];
  sources: EventSource[];
}

export interface TimelineArticle {
  mentions: DatedMention[];
  /** Relative dates with no calendar value ("last year"): they cannot be placed. */
  undated: number;
}

// ISO keys that compare as strings: where an interval starts and ends. A decade "1980s" spans 1980-1989.
const DECADE = /^(\d{3})0s$/;

export function startKey(value: string): string {
  const decade = DECADE.exec(value);
  if (decade) return `${decade[1]}0-01-01`;
  return value.length === 4 ? `${value}-01-01` : value.length === 7 ? `${value}-01` : value;
}

export function endKey(value: string): string {
  const decade = DECADE.exec(value);
  if (decade) return `${decade[1]}9-12-31`;
  return value.length === 4 ? `${value}-12-31` : value.length === 7 ? `${value}-31` : value;
}

const PRECISION_ORDER: Record<DatePrecision, number> = { decade: 0, year: 1, month: 2, day: 3 };

/** Chronological by start; at one start the coarser date first ("2024" before "2024-01" before "2024-01-05"). */
function chronological(a: { value: string; endValue?: string; precision: DatePrecision }, b: typeof a): number {
  const sa = startKey(a.value);
  const sb = startKey(b.value);
  if (sa !== sb) return sa < sb ? -1 : 1;
  const p = PRECISION_ORDER[a.precision] - PRECISION_ORDER[b.precision];
  if (p !== 0) return p;
  const ea = endKey(a.endValue ?? a.value);
  const eb = endKey(b.endValue ?? b.value);
  return ea === eb ? 0 : ea < eb ? -1 : 1;
}

export const EXCERPT_LENGTH = 160;

/**
 * The sentence `s` of `text`, cut to about `max` characters around the date at [from, to) at spaces, whitespace
 * collapsed, "…" where cut. Only the window is read, so a megabyte sentence costs no more than a short one.
 */
export function excerptAround(text: string, s: Span, from: number, to: number, max = EXCERPT_LENGTH): string {
  let start = s.start;
  let end = s.end;
  if (end - start > max) {
    const room = Math.max(0, max - (to - from));
    start = Math.max(s.start, Math.min(from - Math.floor(room / 3), s.end - max));
    end = Math.min(s.end, Math.max(to, start + max));
    // Cut at spaces, never into the date itself.
    if (start > s.start) {
      let k = start;
      while (k < from && text[k] !== ' ') k++;
      if (k < from) start = k + 1;
    }
    if (end < s.end) {
      let k = end;
      while (k > to && text[k] !== ' ') k--;
      if (k > to) end = k;
    }
  }
  const body = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return `${start > s.start ? '…' : ''}${body}${end < s.end ? '…' : ''}`;
}

// How far from its date an entity of the sentence may be: every real sentence fits, while a megabyte "sentence"
// of garbage gives each date a bounded neighbourhood, which keeps the timeline linear in the text.
const SENTENCE_REACH = 1000;


/**
 * What the mentions of a corpus share: one object per linked entity and one list per set of types, where each
 * article would otherwise bring its own copies (a corpus has hundreds of thousands of dated mentions).
 */
export interface MentionTables {
  entities: Map<string, EventEntity>;
  types: Map<string, EntityType[]>;
}

export function mentionTables(): MentionTables {
  return { entities: new Map(), types: new Map() };
}

/** The dated mentions of one article; articles kept together should share `tables`. */
export function datedMentions(
  doc: Pick<Document, 'path' | 'text' | 'plain'>,
  entities: readonly Entity[],
  tables: MentionTables = mentionTables(),
): TimelineArticle {
  const text = doc.plain ?? doc.text;
  const sentences: Span[] = splitSentences(text);
  const others = entities.filter((e) => e.type !== 'date').sort((a, b) => a.start - b.start);
  const mentions: DatedMention[] = [];
  const seen = new Set<string>();
  let undated = 0;
  for (const e of entities) {
    if (e.type !== 'date') continue;
    if (!e.value) {
      undated++;
      continue;
    }
    const i = spanAt(sentences, e.start);
    // "visits in 2018 ... in 2018": one sentence giving one date twice tells of it once.
    const key = `${i}\u0000${e.value}\u0000${e.endValue ?? ''}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const s = sentences[i] ?? { start: e.start, end: e.end };
    const from = Math.max(s.start, e.start - SENTENCE_REACH);
    const to = Math.min(s.end, e.end + SENTENCE_REACH);
    const near: Entity[] = [];
    for (let k = firstStartingAt(others, from); k < others.length && others[k].start < to; k++) near.push(others[k]);
    mentions.push(mentionOf(doc.path, e as DateEntity & { value: string }, excerptAround(text, s, e.start, e.end), near, tables));
  }
  return { mentions, undated };
}

function sharedEntity(tables: MentionTables, type: NameType, id: string, canonical: string): EventEntity {
  const key = `${type}\u0000${id}\u0000${canonical}`;
  let entity = tables.entities.get(key);
  if (!entity) tables.entities.set(key, (entity = { type, id, canonical }));
  return entity;
}

function sharedTypes(tables: MentionTables, types: EntityType[]): EntityType[] {
  const key = types.join(' ');
  let list = tables.types.get(key);
  if (!list) tables.types.set(key, (list = types));
  return list;
}

function mentionOf(path: string, e: DateEntity & { value: string }, excerpt: string, others: Entity[], tables: MentionTables): DatedMention {
  const seen = new Set<string>();
  const entities: EventEntity[] = [];
  for (const o of others) {
    if (!isNameType(o.type) || seen.has(o.id)) continue;
    seen.add(o.id);
    entities.push(sharedEntity(tables, o.type, o.id, o.canonical));
  }
  // Copies: a date's text and excerpt cut from the article would be views that keep the whole article alive for as
  // long as the timeline is kept.
  return {
    path,
    line: e.line,
    column: e.column,
    text: detached(e.text),
    value: e.value,
    ...(e.endValue ? { endValue: e.endValue } : {}),
    precision: e.precision,
    inferred: e.inferred,
    fiscal: e.fiscal,
    citation: e.citation,
    excerpt: detached(excerpt),
    entities,
    types: sharedTypes(tables, [...new Set(others.map((o) => o.type))]),
  };
}

export interface TimelineOptions {
  /** ISO date (YYYY, YYYY-MM or YYYY-MM-DD): events that end before it are left out. */
  from?: string;
  /** ISO date: events that start after it are left out. */
  to?: string;
  /** Only events whose sentence names one of these entity ids. */
  entityIds?: ReadonlySet<string>;
  /** Only events whose sentence has an entity of one of these types. */
  types?: readonly EntityType[];
  /** Dates in notes and references (default true). */
  citations?: boolean;
}

function kept(m: DatedMention, options: TimelineOptions): boolean {
  if (options.citations === false && m.citation) return false;
  if (options.from && endKey(m.endValue ?? m.value) < startKey(options.from)) return false;
  if (options.to && startKey(m.value) > endKey(options.to)) return false;
  if (options.entityIds && !m.entities.some((e) => options.entityIds!.has(e.id))) return false;
  if (options.types && !m.types.some((t) => options.types!.includes(t))) return false;
  return true;
}

// A year, let alone a decade, is too coarse to say two articles tell of one event: only months and days merge.
const MERGES: ReadonlySet<DatePrecision> = new Set(['month', 'day']);

/** Groups of mentions that are one event: same date and range, from different articles, naming a common entity. */
function mergeGroups(mentions: DatedMention[]): DatedMention[][] {
  const parent = mentions.map((_, i) => i);
  const find = (i: number): number => {
    while (parent[i] !== i) i = parent[i] = parent[parent[i]];
    return i;
  };
  // For each date and entity, the mentions naming it.
  const byDateEntity = new Map<string, number[]>();
  mentions.forEach((m, i) => {
    if (!MERGES.has(m.precision)) return;
    for (const e of m.entities) {
      const key = `${m.value}/${m.endValue ?? ''}\u0000${e.id}`;
      const list = byDateEntity.get(key);
      if (list) list.push(i);
      else byDateEntity.set(key, [i]);
    }
  });
  for (const [first, ...rest] of byDateEntity.values()) {
    const other = rest.find((j) => mentions[j].path !== mentions[first].path);
    if (other === undefined) continue;
    // Joined through the first mention of another article: the same article's mentions never join on their own.
    for (const i of rest) parent[find(i)] = find(mentions[i].path === mentions[first].path ? other : first);
    parent[find(first)] = find(other);
  }
  const groups = new Map<number, DatedMention[]>();
  mentions.forEach((m, i) => {
    const root = find(i);
    const group = groups.get(root);
    if (group) group.push(m);
    else groups.set(root, [m]);
  });
  return [...groups.values()];
}

function eventOf(group: DatedMention[]): TimelineEvent {
  const [first] = group;
  const seen = new Set<string>();
  const entities = group.flatMap((m) => m.entities).filter((e) => !seen.has(e.id) && Boolean(seen.add(e.id)));
  return {
    value: first.value,
    ...(first.endValue ? { endValue: first.endValue } : {}),
    precision: first.precision,
    inferred: group.every((m) => m.inferred),
    citation: group.every((m) => m.citation),
    fiscal: group.some((m) => m.fiscal),
    entities,
    sources: group.map(({ value: _v, endValue: _e, precision: _p, ...source }) => source),
  };
}

/** The events of the mentions that pass the filters, in chronological order (then by article order and line). */
export function buildTimeline(mentions: readonly DatedMention[], options: TimelineOptions = {}): TimelineEvent[] {
  const order = new Map<string, number>();
  for (const m of mentions) if (!order.has(m.path)) order.set(m.path, order.size);
  const wanted = mentions
    .filter((m) => kept(m, options))
    .sort((a, b) => chronological(a, b) || order.get(a.path)! - order.get(b.path)! || a.line - b.line || a.column - b.column);
  return mergeGroups(wanted).map(eventOf).sort((a, b) => chronological(a, b));
}
