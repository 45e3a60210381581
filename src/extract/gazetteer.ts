// Finds the names the knowledge base knows, as whole token sequences (a trie over folded tokens).
// Multi-word names match case-insensitively but must start with a capital; one-word names (METI, Diet, RIKEN)
// match only as written. A long word one edit away from a known one still matches ("Secretariate").

import type { Knowledge, KnowledgeEntry, KnowledgeKind } from '../knowledge/index.js';
import { foldName, isCapitalized, type Lexeme, type NameToken } from './name-tokens.js';

export type NameType = 'agency' | 'law' | 'policy' | 'organization';

export const KIND_TYPES: Record<KnowledgeKind, NameType> = {
  agencies: 'agency',
  laws: 'law',
  policies: 'policy',
  organizations: 'organization',
};

export interface KnownName {
  type: NameType;
  entry: KnowledgeEntry;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  /** Children whose word has 8 letters or more, by first letter: the only ones a spelling slip may reach. */
  long?: Map<string, [string, TrieNode][]>;
  names?: KnownName;
}

export interface Gazetteer {
  root: TrieNode;
  /** One-word names and abbreviations, matched exactly as written. */
  exact: Map<string, KnownName>;
  /** Every folded name and alias, for linking names found by rule to the knowledge. */
  byKey: Map<string, KnownName>;
  /** The lower-case first letters (a-z) of one-word names ("xAI"): a word starting with another is skipped at once. */
  lowerInitials: Set<number>;
  /** Folded words that follow the first word of a known name: a run of capitalised words goes on through them. */
  continuing: Set<string>;
}

const cache = new WeakMap<Knowledge, Gazetteer>();

/** One-word names match as written, but for hyphens ("G-7" = "G7") and a possessive ending ("METI’s"). */
function exactKey(word: string): string {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (c === 39 || c === 0x2019 || c === 45) return word.replace(/['’]s?$/, '').replace(/-/g, '');
  }
  return word;
}

/** Words shorter than this must match exactly: one edit makes another short word. */
const FUZZY_LENGTH = 8;

function add(g: Gazetteer, name: string, known: KnownName): void {
  const key = foldName(name);
  if (!key) return;
  if (!g.byKey.has(key)) g.byKey.set(key, known);
  const words = key.split(' ');
  if (words.length === 1 && !/\s/.test(name.trim().replace(/^the\s+/i, ''))) {
    const raw = exactKey(name.trim().replace(/^the\s+/i, ''));
    if (!g.exact.has(raw)) g.exact.set(raw, known);
    return;
  }
  for (const w of words.slice(1)) g.continuing.add(w);
  let node = g.root;
  for (const w of words) {
    let child = node.next.get(w);
    if (!child) {
      child = { next: new Map() };
      node.next.set(w, child);
      if (w.length >= FUZZY_LENGTH) {
        node.long ??= new Map();
        const same = node.long.get(w[0]) ?? [];
        same.push([w, child]);
        node.long.set(w[0], same);
      }
    }
    node = child;
  }
  node.names ??= known;
}

export function buildGazetteer(knowledge: Knowledge): Gazetteer {
  const cached = cache.get(knowledge);
  if (cached) return cached;
  const g: Gazetteer = { root: { next: new Map() }, exact: new Map(), byKey: new Map(), lowerInitials: new Set(), continuing: new Set() };
  for (const kind of Object.keys(KIND_TYPES) as KnowledgeKind[]) {
    for (const entry of knowledge[kind]) {
      const known = { type: KIND_TYPES[kind], entry };
      for (const name of [entry.name, ...(entry.aliases ?? []), ...(entry.abbreviation ? [entry.abbreviation] : [])]) {
        add(g, name, known);
      }
    }
  }
  for (const key of g.exact.keys()) if (/^[a-z]/.test(key)) g.lowerInitials.add(key.charCodeAt(0));
  cache.set(knowledge, g);
  return g;
}

function withinOneEdit(a: string, b: string): boolean {
  if (Math.abs(a.length - b.length) > 1) return false;
  // A plural is another thing ("AI Safety Institutes" are not one institute).
  if (a === `${b}s` || b === `${a}s`) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

function step(node: TrieNode, word: string): TrieNode | undefined {
  const exact = node.next.get(word);
  if (exact || word.length < FUZZY_LENGTH) return exact;
  for (const [key, child] of node.long?.get(word[0]) ?? []) if (withinOneEdit(key, word)) return child;
  return undefined;
}

export interface GazetteerMatch extends KnownName {
  /** Token index range [from, to). */
  from: number;
  to: number;
}

/** What a gazetteer knows of one word as the first of a name: the one-word name it is, the trie node after it. */
export interface FirstWord {
  gazetteer: Gazetteer;
  exact: KnownName | undefined;
  next: TrieNode | undefined;
}

/** The word's first-word lookups, kept on its lexeme: a corpus repeats its words, and these two map lookups at every
 * token were most of matching. */
function firstWord(g: Gazetteer, lexeme: Lexeme): FirstWord {
  let known = lexeme.firstWord;
  if (known === undefined || known.gazetteer !== g) {
    known = { gazetteer: g, exact: g.exact.get(exactKey(lexeme.text)), next: g.root.next.get(lexeme.folded) };
    lexeme.firstWord = known;
  }
  return known;
}

/** Longest known name starting at token `i`, if any. Commas inside a name are skipped ("Economy, Trade, and Industry").
 * Runs at every token, so it allocates only for a match. */
export function matchAt(g: Gazetteer, tokens: NameToken[], i: number): GazetteerMatch | undefined {
  const first = tokens[i];
  if (!first.word) return undefined;
  const c = first.text.charCodeAt(0);
  if (c >= 97 && c <= 122 && !g.lowerInitials.has(c)) return undefined;
  const known = firstWord(g, first.lexeme);
  let best = known.exact;
  let to = i + 1;
  if (isCapitalized(first.text)) {
    let node = known.next;
    for (let j = i + 1; j < tokens.length && node; j++) {
      const t = tokens[j];
      if (!t.word) {
        if (t.text === ',') continue;
        if (t.text !== '&') break;
      }
      if (t.folded === 'the') continue;
      // Spelling slips are forgiven only after the first word matched exactly.
      node = step(node, t.folded);
      if (node?.names) {
        best = node.names;
        to = j + 1;
      }
    }
  }
  return best && { type: best.type, entry: best.entry, from: i, to };
}
