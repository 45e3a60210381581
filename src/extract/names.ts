// Finds agencies, laws, policies and organizations: the names the knowledge base knows (gazetteer.ts), names built
// the way policy writing builds them (a capitalised chain ending in a head word, heads.ts), and the abbreviations an
// article defines in brackets (abbreviations.ts). Overlaps are resolved here; linking (link.ts) gives canonical ids.

import type { Found } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { loadJurisdictions } from '../knowledge/index.js';
import type { ExtractContext } from './context.js';
import { touchesUrl } from './context.js';
import { buildGazetteer, matchAt, type Gazetteer, type GazetteerMatch, type NameType } from './gazetteer.js';
import { foldName, tokenizeNames, type NameToken } from './name-tokens.js';
import { findChainNames, type ChainLexicon, type RuleName } from './chains.js';
import { findExecutiveOrders, findNumberedBills } from './law-patterns.js';
import { defineAbbreviations, findAbbreviationMentions } from './abbreviations.js';
import { jurisdictionOfTokens } from './jurisdiction.js';
import type { Jurisdictions } from '../knowledge/index.js';
import { firstStartingAt } from '../text/search.js';

export type NameFound = Found & { type: NameType };

const KNOWN_RULES: Record<NameType, string> = {
  agency: 'knowledge:agency',
  law: 'knowledge:law',
  policy: 'knowledge:policy',
  organization: 'knowledge:organization',
};

// The found names are built as literals in one key order (no spreads): this runs for every match, and the key order
// is the output's.
function knownFound(m: GazetteerMatch, tokens: NameToken[], text: string): NameFound {
  const start = tokens[m.from].start;
  const end = tokens[m.to - 1].end;
  const { entry } = m;
  const name = text.slice(start, end);
  const rule = KNOWN_RULES[m.type];
  const jurisdiction = entry.jurisdiction ?? 'UNKNOWN';
  let found: NameFound & { year?: number; abbreviation?: string };
  switch (m.type) {
    case 'agency':
      found = { text: name, start, end, canonical: entry.name, rule, known: true, type: 'agency', jurisdiction };
      if (entry.abbreviation) found.abbreviation = entry.abbreviation;
      return found;
    case 'law':
    case 'policy':
      found = { text: name, start, end, canonical: entry.name, rule, known: true, type: m.type, jurisdiction, kind: (entry.kind ?? (m.type === 'law' ? 'law' : 'initiative')) as never };
      if (entry.year) found.year = entry.year;
      return found;
    default:
      found = { text: name, start, end, canonical: entry.name, rule, known: true, type: 'organization' };
      if (entry.jurisdiction) found.jurisdiction = jurisdiction;
      if (entry.abbreviation) found.abbreviation = entry.abbreviation;
      return found;
  }
}

function findKnown(tokens: NameToken[], text: string, g: Gazetteer): NameFound[] {
  const out: NameFound[] = [];
  for (let i = 0; i < tokens.length; ) {
    const m = matchAt(g, tokens, i);
    if (!m) {
      i++;
      continue;
    }
    out.push(knownFound(m, tokens, text));
    // An amending act names the act it amends: "Act Partially Amending the Copyright Act" mentions both.
    if (m.type === 'law' && /amend/i.test(m.entry.name)) {
      for (let k = m.from + 1; k < m.to; k++) {
        const inner = matchAt(g, tokens, k);
        if (inner?.type === 'law' && inner.to === m.to) {
          out.push(knownFound(inner, tokens, text));
          break;
        }
      }
    }
    i = m.to;
  }
  return out;
}

function ruleFound(r: RuleName, text: string, tokens: NameToken[], jurisdictions: Jurisdictions): NameFound {
  const jurisdiction = r.jurisdiction ?? (r.from >= 0 ? jurisdictionOfTokens(tokens, r.from, r.to, jurisdictions) : 'UNKNOWN');
  const name = text.slice(r.start, r.end);
  let found: NameFound & { year?: number };
  switch (r.type) {
    case 'agency':
      return { text: name, start: r.start, end: r.end, canonical: r.canonical, rule: r.rule, known: false, type: 'agency', jurisdiction };
    case 'law':
    case 'policy':
      found = { text: name, start: r.start, end: r.end, canonical: r.canonical, rule: r.rule, known: false, type: r.type, jurisdiction, kind: (r.kind ?? (r.type === 'law' ? 'law' : 'initiative')) as never };
      if (r.year) found.year = r.year;
      return found;
    default:
      found = { text: name, start: r.start, end: r.end, canonical: r.canonical, rule: r.rule, known: false, type: 'organization' };
      if (jurisdiction !== 'UNKNOWN') found.jurisdiction = jurisdiction;
      return found;
  }
}

const contains = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.start && b.end <= a.end;

const EDITION = /^\s*(?:(?:19|20)\d\d|(?:Version|Ver\.?|v)\s?\d+(?:\.\d+)*)$/;

/** A name is never longer than this; overlap checks look only this far back, which keeps them linear. */
const MAX_NAME = 400;

/** Spans (sorted by start) that start within MAX_NAME before `at.end`: the only ones that can overlap `at`. */
function near<T extends { start: number; end: number }>(sorted: T[], at: { start: number; end: number }): T[] {
  const out: T[] = [];
  for (let i = firstStartingAt(sorted, at.start - MAX_NAME); i < sorted.length && sorted[i].start < at.end; i++) out.push(sorted[i]);
  return out;
}

/**
 * Known names win over rule names they contain or equal; a rule name that only adds a modifier in front of a known
 * name of the same type ("G7 Hiroshima AI Process", "Draft AI Guidelines for Business") takes the known canonical;
 * a rule name inside another rule name is dropped ("Federal Government" inside an executive order's title).
 */
function resolveOverlaps(known: NameFound[], rules: NameFound[]): NameFound[] {
  const byStart = (a: NameFound, b: NameFound) => a.start - b.start;
  known.sort(byStart);
  rules.sort(byStart);
  const kept: NameFound[] = [];
  const absorbed = new Set<NameFound>();
  for (const r of rules) {
    const knownNear = near(known, r);
    if (knownNear.some((k) => contains(k, r))) continue;
    if (near(rules, r).some((o) => o !== r && contains(o, r) && o.end - o.start > r.end - r.start)) continue;
    // Only a modifier in front ("G7", "Draft", "U.S.") makes the same instrument; "Act Partially Amending the
    // Copyright Act" is another law.
    const inner = knownNear.find(
      (k) => k.type === r.type && contains(r, k) && k.end === r.end && !/\b(?:the|of|on|for|to|act|law)\b/i.test(r.text.slice(0, k.start - r.start)),
    );
    // An edition of a known instrument is its own entity, and the known name inside it is not a second mention.
    const edition = knownNear.find((k) => k.type === r.type && k.start === r.start && k.end < r.end && EDITION.test(r.text.slice(k.end - r.start)));
    if (edition) absorbed.add(edition);
    if (inner) {
      absorbed.add(inner);
      kept.push({ ...r, canonical: inner.canonical, rule: `${r.rule}+${inner.rule}`, known: true } as NameFound);
      continue;
    }
    kept.push(r);
  }
  return [...known.filter((k) => !absorbed.has(k)), ...kept];
}

const lexicons = new WeakMap<Gazetteer, ChainLexicon>();

/** What chains need from the knowledge; one-word known names by type: a chain that starts with one belongs to it
 * (RIKEN ... Center, Microsoft ... Centre). Built once per knowledge base. */
function chainLexicon(g: Gazetteer, jurisdictions: Jurisdictions): ChainLexicon {
  let l = lexicons.get(g);
  if (!l) {
    l = { jurisdictions, publicBodies: new Set(), organizations: new Set(), bodies: new Set() };
    for (const [word, known] of g.exact) {
      if (known.type === 'agency') l.publicBodies.add(word);
      if (known.type === 'organization') l.organizations.add(word);
    }
    l.bodies = new Set([...l.publicBodies, ...l.organizations]);
    lexicons.set(g, l);
  }
  return l;
}

export function findNames(ctx: ExtractContext, knowledge: Knowledge): NameFound[] {
  const text = ctx.text;
  const g = buildGazetteer(knowledge);
  const tokens = tokenizeNames(text, g.continuing);
  const jurisdictions = loadJurisdictions(foldName);
  const known = findKnown(tokens, text, g);
  const chains = findChainNames(tokens, text, chainLexicon(g, jurisdictions));
  const rules = [...chains, ...findExecutiveOrders(text), ...findNumberedBills(text)].map((r) => ruleFound(r, text, tokens, jurisdictions));
  const names = resolveOverlaps(known, rules).filter((n) => !touchesUrl(ctx, n.start, n.end));
  const defined = defineAbbreviations(names, tokens);
  const mentions = findAbbreviationMentions(defined, tokens, names).filter((n) => !touchesUrl(ctx, n.start, n.end));
  return [...names, ...mentions].sort((a, b) => a.start - b.start);
}
