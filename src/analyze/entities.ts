// The corpus-wide index of linked entities: each body, law, policy and organization with its jurisdiction, how
// often and in which articles it is named, and every form the articles write it in. Articles are tallied one at
// a time (counts, not text), so a large corpus costs memory per distinct entity, not per word.

import type { Entity, EntityType } from '../types.js';

export const NAME_TYPES = ['agency', 'law', 'policy', 'organization'] as const satisfies readonly EntityType[];
export type NameType = (typeof NAME_TYPES)[number];

/** The linker's word for "no jurisdiction known"; an absent jurisdiction means the same. */
const UNKNOWN = 'UNKNOWN';

/** A linked entity and how often it is mentioned. */
interface CountedEntity {
  type: NameType;
  id: string;
  canonical: string;
  /** Absent when the linker does not know it. */
  jurisdiction?: string;
  abbreviation?: string;
  mentions: number;
}

/** One entity as one article names it. */
export interface EntityTally extends CountedEntity {
  /** Each form written, with how often: "METI" 5, "Ministry of Economy, Trade and Industry" 2. */
  aliases: Map<string, number>;
}

export interface ArticleRef {
  path: string;
  title: string;
  words: number;
}

/** What the index keeps of one article. */
export interface ArticleEntities extends ArticleRef {
  entities: EntityTally[];
}

export interface IndexedEntity extends CountedEntity {
  /** The paths of the articles that name it, in corpus order, with their mentions. */
  articles: { path: string; mentions: number }[];
  /** Every form seen, most frequent first. */
  aliases: { text: string; mentions: number }[];
}

export interface EntityIndex {
  articles: ArticleRef[];
  entities: IndexedEntity[];
}

export function isNameType(type: EntityType): type is NameType {
  return (NAME_TYPES as readonly string[]).includes(type);
}

export function entityKey(e: { type: string; id: string }): string {
  return `${e.type}\u0000${e.id}`;
}

function knownJurisdiction(e: Entity): string | undefined {
  const j = 'jurisdiction' in e ? e.jurisdiction : undefined;
  return j && j !== UNKNOWN ? j : undefined;
}

/** One copy of each name across a corpus's tallies: each article's entities arrive as fresh strings. */
export type NameTable = Map<string, string>;

/** The copy of `s` the table holds (`s` itself, the first time). */
export function sharedName(names: NameTable, s: string): string {
  const known = names.get(s);
  if (known !== undefined) return known;
  names.set(s, s);
  return s;
}

/**
 * The named entities of one article, counted, in order of first mention. Tallies of many articles kept together
 * should share `names`, so each name is held once, not once per article.
 */
export function tallyEntities(entities: readonly Entity[], names: NameTable = new Map()): EntityTally[] {
  const tallies = new Map<string, EntityTally>();
  for (const e of entities) {
    if (!isNameType(e.type)) continue;
    const key = entityKey(e);
    let t = tallies.get(key);
    if (!t) {
      t = { type: e.type, id: sharedName(names, e.id), canonical: sharedName(names, e.canonical), mentions: 0, aliases: new Map() };
      tallies.set(key, t);
    }
    t.mentions++;
    // A name broken across a line is still one form.
    const alias = sharedName(names, e.text.replace(/\s+/g, ' '));
    t.aliases.set(alias, (t.aliases.get(alias) ?? 0) + 1);
    const jurisdiction = knownJurisdiction(e);
    if (jurisdiction !== undefined) t.jurisdiction ??= sharedName(names, jurisdiction);
    if ('abbreviation' in e && e.abbreviation) t.abbreviation ??= sharedName(names, e.abbreviation);
  }
  return [...tallies.values()];
}

/** A linked entity as one article names it, forms and mentions left out. */
export type EntityEntry = Omit<CountedEntity, 'mentions'>;

/**
 * Each entity as the articles of a corpus tally it, numbered: an article then keeps numbers, not an object per
 * entity. The same entity with another name, jurisdiction or abbreviation in some article gets a number of its own.
 */
export class EntityTable {
  private readonly numbers = new Map<string, number>();
  readonly entries: EntityEntry[] = [];

  numberOf({ type, id, canonical, jurisdiction, abbreviation }: EntityEntry): number {
    const key = [type, id, canonical, jurisdiction ?? '', abbreviation ?? ''].join('\u0000');
    let n = this.numbers.get(key);
    if (n === undefined) {
      n = this.entries.push({ type, id, canonical, ...(jurisdiction ? { jurisdiction } : {}), ...(abbreviation ? { abbreviation } : {}) }) - 1;
      this.numbers.set(key, n);
    }
    return n;
  }
}

interface Named {
  type: string;
  id: string;
  canonical: string;
  mentions: number;
}

/** Most articles first, then most mentions, then by name: the order of the index and of the compare matrix. */
export function byReach<T extends Named>(articleCount: (x: T) => number): (a: T, b: T) => number {
  return (a, b) =>
    articleCount(b) - articleCount(a) ||
    b.mentions - a.mentions ||
    a.canonical.localeCompare(b.canonical, 'en') ||
    a.type.localeCompare(b.type) ||
    a.id.localeCompare(b.id);
}

export interface IndexOptions {
  /** Only these types (default: all named types). */
  types?: readonly NameType[];
}

export function indexEntities(articles: readonly ArticleEntities[], options: IndexOptions = {}): EntityIndex {
  const wanted = new Set<string>(options.types ?? NAME_TYPES);
  const index = new Map<string, IndexedEntity & { forms: Map<string, number> }>();
  for (const article of articles) {
    for (const t of article.entities) {
      if (!wanted.has(t.type)) continue;
      const key = entityKey(t);
      let e = index.get(key);
      if (!e) {
        e = { type: t.type, id: t.id, canonical: t.canonical, mentions: 0, articles: [], aliases: [], forms: new Map() };
        index.set(key, e);
      }
      e.mentions += t.mentions;
      e.articles.push({ path: article.path, mentions: t.mentions });
      e.jurisdiction ??= t.jurisdiction;
      e.abbreviation ??= t.abbreviation;
      for (const [text, n] of t.aliases) e.forms.set(text, (e.forms.get(text) ?? 0) + n);
    }
  }
  const entities = [...index.values()].map(({ forms, jurisdiction, abbreviation, ...e }): IndexedEntity => ({
    type: e.type,
    id: e.id,
    canonical: e.canonical,
    ...(jurisdiction ? { jurisdiction } : {}),
    ...(abbreviation ? { abbreviation } : {}),
    mentions: e.mentions,
    articles: e.articles,
    aliases: [...forms]
      .map(([text, mentions]) => ({ text, mentions }))
      .sort((a, b) => b.mentions - a.mentions || a.text.localeCompare(b.text, 'en')),
  }));
  return { articles: articles.map(({ path, title, words }) => ({ path, title, words })), entities: entities.sort(byReach((x) => x.articles.length)) };
}

const fold = (s: string) => s.replace(/\s+/g, ' ').replace(/[’‘]/g, "'").trim().toLowerCase();

/**
 * The ids of the entities a user means by `query`: an id ("ministry-of-economy-trade-and-industry"), a canonical
 * name, an abbreviation or any form an article wrote ("METI"), case-insensitively.
 */
export function resolveEntity(query: string, articles: readonly { entities: readonly EntityTally[] }[]): Set<string> {
  const q = fold(query);
  const ids = new Set<string>();
  for (const article of articles) {
    for (const e of article.entities) {
      if (ids.has(e.id)) continue;
      const names = [e.id, e.canonical, e.abbreviation ?? '', ...e.aliases.keys()];
      if (names.some((n) => n && fold(n) === q)) ids.add(e.id);
    }
  }
  return ids;
}
