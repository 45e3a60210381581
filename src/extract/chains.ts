// Names built the way policy writing builds them: capitalised words ending in a head word, optionally followed by a
// complement ("Ministry of Economy, Trade and Industry", "Guidelines for Business") and an edition or version
// ("AI Strategy 2022", "AI Guidelines for Business Version 1.0"). Walks are bounded, so the whole pass is linear.

import type { NameType } from './gazetteer.js';
import type { Jurisdictions } from '../knowledge/index.js';
import { foldToken, isCapitalized, isPossessive, type NameToken } from './name-tokens.js';
import { HEADS, LOWERCASE_HEADS, OPENING_HEADS, type HeadRule } from './heads.js';
import { GOVERNMENT_MARKERS } from './agency.js';
import { OWNER_WORDS } from './organization.js';
import { STOPWORDS } from '../text/stopwords.js';

export interface RuleName {
  type: NameType;
  kind?: string;
  /** Character span of the mention (may include a possessive jurisdiction: "Japan’s National Strategy for AI"). */
  start: number;
  end: number;
  /** Token range of the name proper (without the possessive). */
  from: number;
  to: number;
  canonical: string;
  rule: string;
  year?: number;
  jurisdiction?: string;
}

const MAX_PREMODIFIER = 12;
const MAX_COMPLEMENT = 30;
const COMPLEMENT_OPENERS = new Set(['of', 'for', 'on', 'between', 'concerning', 'regarding', 'against']);
const POLICY_OPENERS = new Set(['in', 'to']);
const INNER_CONNECTORS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', 'a', 'an', '&', 'between', 'with']);
const YEAR = /^(?:19|20)\d\d$/;
const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);
const VERSION = /^(?:Version|Ver\.?|v)\s?\d+(?:\.\d+)*$/i;

/** A blank line or a line break after a short line (a heading) separates names; hard-wrapped prose does not. */
export function breakBetween(text: string, a: NameToken, b: NameToken): boolean {
  let nl = -1;
  for (let i = a.end; i < b.start; i++) {
    if (text.charCodeAt(i) !== 10) continue;
    if (nl !== -1) return true;
    nl = i;
  }
  if (nl === -1) return false;
  const lineStart = text.lastIndexOf('\n', a.end - 1) + 1;
  return a.end - lineStart < 60 || /[.:!?”"]$/.test(a.text);
}

function isNameWord(t: NameToken): boolean {
  return t.word && isCapitalized(t.text);
}

function headAt(tokens: NameToken[], i: number): { rules: HeadRule[]; to: number } | undefined {
  const t = tokens[i];
  if (!t.word) return undefined;
  const folded = t.folded;
  const groups = HEADS.get(folded);
  if (!groups) return undefined;
  if (!isCapitalized(t.text) && !LOWERCASE_HEADS.has(folded)) return undefined;
  for (const { words, rules } of groups) {
    let ok = true;
    for (let k = 1; k < words.length && ok; k++) ok = tokens[i + k]?.folded === words[k];
    if (ok) return { rules, to: i + words.length };
  }
  return undefined;
}

/** Walks back from the head over the capitalised words that modify it; returns the first token index of the name. */
function premodifierStart(tokens: NameToken[], text: string, head: number, allowAnd: boolean, floor: number): number {
  let start = head;
  let sawAnd = false;
  for (let j = head - 1; j >= floor && head - j <= MAX_PREMODIFIER; j--) {
    const t = tokens[j];
    if (breakBetween(text, t, tokens[j + 1])) break;
    if (isNameWord(t) && !isPossessive(t.text)) {
      // A capitalised function word inside a chain is a headline, not a name ("Japan Passes Its First AI Law").
      if (STOPWORDS.has(t.folded) && !/^[A-Z.]{2,}$/.test(t.text)) break;
      start = j;
      continue;
    }
    const f = t.folded;
    const prev = tokens[j - 1];
    // "Japan Science and Technology Agency" is one name; "AI Strategy Council and AI Safety Institute" two.
    if (allowAnd && (f === 'and' || t.text === '&') && prev && isNameWord(prev) && !isPossessive(prev.text) && !HEADS.has(prev.folded)) {
      sawAnd = true;
      continue;
    }
    // "Science, Technology and Innovation Basic Plan": a comma list closed by "and" before the head.
    if (allowAnd && sawAnd && t.text === ',' && prev && isNameWord(prev) && !HEADS.has(prev.folded)) continue;
    // "Act Partially Amending the Copyright Act": "the" after a capitalised -ing word.
    if (f === 'the' && prev && isNameWord(prev) && /ing$/.test(prev.text)) continue;
    // "Japan Exchange Teaching (JET) Program": an abbreviation in brackets inside the name.
    if (t.text === ')' && tokens[j - 2]?.text === '(' && /^[A-Z][A-Z0-9&]{1,9}$/.test(tokens[j - 1]?.text ?? '') && tokens[j - 3] && isNameWord(tokens[j - 3])) {
      j -= 2;
      continue;
    }
    break;
  }
  // Leading function words are not part of a name ("For the Ministry ...", "In May METI ...").
  while (start < head) {
    // The token's own fold: folding again would look the word up in foldToken's memo for every name.
    const { text: raw, folded: f } = tokens[start];
    // "US"/"U.S." is not the pronoun "us".
    if ((STOPWORDS.has(f) && !/^[A-Z.]{2,}$/.test(raw)) || MONTHS.has(f)) start++;
    else break;
  }
  return start;
}

/** True when the capitalised words from `k` on (at most five) end in a head word. */
function endsInHead(tokens: NameToken[], k: number): boolean {
  let last = -1;
  for (let j = k; j < tokens.length && j < k + 5 && isNameWord(tokens[j]); j++) last = j;
  return last >= 0 && HEADS.has(tokens[last].folded) && !(tokens[last + 1] && COMPLEMENT_OPENERS.has(tokens[last + 1].folded));
}

/** The complement after a head ("of Economy, Trade and Industry"); returns the token index after it (or `from`). */
export function complementEnd(tokens: NameToken[], text: string, from: number, type: NameType, bodies?: Set<string>): number {
  const opener = tokens[from];
  if (!opener || !opener.word) return from;
  const f = opener.folded;
  if (!COMPLEMENT_OPENERS.has(f) && !(type === 'policy' && POLICY_OPENERS.has(f))) return from;
  if (from > 0 && breakBetween(text, tokens[from - 1], opener)) return from;
  let end = from;
  let sawName = false;
  // A comma continues a name only as part of a list closed by "and" ("Economy, Trade, and Industry").
  let beforeComma = -1;
  for (let j = from + 1; j < tokens.length && j - from <= MAX_COMPLEMENT; j++) {
    const t = tokens[j];
    if (breakBetween(text, tokens[j - 1], t)) break;
    if (MONTHS.has(t.folded) && /^\d/.test(tokens[j + 1]?.text ?? '')) break;
    // A year belongs to the name only straight after "of" ("Act of 2020"), not after a comma; a fiscal year never.
    if (/^\d/.test(t.text) && tokens[j - 1].folded !== 'of') break;
    if (/^FY\d/.test(t.text)) break;
    if (isNameWord(t)) {
      if (/^(?:Version|Ver)/.test(t.text) || isPossessive(t.text)) break;
      // "Department of Commerce and METI": a known body after "and" is another body.
      if (tokens[j - 1].folded === 'and' && bodies?.has(t.text)) break;
      // "... and Communications Ministry of Economy": an opening head straight after a name word starts a new name.
      if (sawName && OPENING_HEADS.has(t.folded) && isNameWord(tokens[j - 1])) break;
      sawName = true;
      end = j + 1;
      continue;
    }
    const g = t.folded;
    const isComma = t.text === ',';
    if (isComma || g === 'and' || t.text === '&') {
      if (isComma && beforeComma === -1) beforeComma = end;
      if (!isComma) beforeComma = -1;
      // "... Communications and the Ministry of ...": a second body, not part of this name.
      let k = j + 1;
      if (tokens[k] && tokens[k].folded === 'the') k++;
      if (tokens[k] && OPENING_HEADS.has(tokens[k].folded)) break;
      // "University of Washington and Keio University": what follows "and" is a whole name of its own.
      if (!isComma && endsInHead(tokens, k)) break;
      if (isComma && !(tokens[j + 1] && (isNameWord(tokens[j + 1]) || tokens[j + 1].folded === 'and'))) break;
      continue;
    }
    // "in" joins a body's name only before "the" ("Council in Tokyo" is a place); titles of laws and policies take it.
    if (g === 'in' && (type === 'agency' || type === 'organization') && (tokens[j + 1]?.folded ?? '') !== 'the') break;
    if (t.word && INNER_CONNECTORS.has(g)) continue;
    break;
  }
  if (beforeComma !== -1) end = beforeComma;
  return sawName && end > from ? end : from;
}

/** An edition year or a version after the name ("AI Strategy 2022", "Version 1.0", "Ver1.0"). */
function suffixEnd(tokens: NameToken[], text: string, from: number): { to: number; year?: number } {
  const t = tokens[from];
  if (!t || breakBetween(text, tokens[from - 1], t)) return { to: from };
  // Only a number or a word in "v" can be an edition: the patterns are tried after every head.
  const c = t.text.charCodeAt(0);
  if ((c < 48 || c > 57) && (c | 32) !== 118) return { to: from };
  if (YEAR.test(t.text)) return { to: from + 1, year: Number(t.text) };
  if (VERSION.test(t.text)) return { to: from + 1 };
  const next = tokens[from + 1];
  if (/^(?:Version|Ver\.?)$/i.test(t.text) && next && /^\d+(?:\.\d+)*$/.test(next.text)) return { to: from + 2 };
  return { to: from };
}

function foldedSet(tokens: NameToken[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let j = from; j < to; j++) if (tokens[j].word) out.push(tokens[j].folded);
  return out;
}

function isBilateral(token: NameToken, markers: Set<string>): boolean {
  // No hyphen, no pair (most names): nothing to split.
  if (!token.text.includes('-')) return false;
  const parts = token.text.split('-');
  return parts.length >= 2 && parts.filter((p) => markers.has(foldToken(p))).length >= 2;
}

function meets(rule: HeadRule, ctx: {
  pre: string[]; comp: string[]; first: NameToken; before?: NameToken; markers: Set<string>; places: Set<string>; publicBodies: Set<string>;
}): boolean {
  const { pre, comp, first, markers, places, publicBodies } = ctx;
  switch (rule.needs) {
    case undefined:
      return true;
    case 'modifier':
      return pre.length > 0 || comp.length > 0;
    case 'place':
      return pre.length > 0 && places.has(pre[pre.length - 1]);
    case 'bilateral':
      return isBilateral(first, markers) || pre.some((w) => /^(?:bilateral|trilateral|quadrilateral)$/.test(w));
    case 'government': {
      if (comp.join(' ') === 'technology') return false;
      const words = [...pre, ...comp];
      if (words.some((w) => GOVERNMENT_MARKERS.has(w))) return true;
      if (pre.length > 0 && (markers.has(pre[0]) || places.has(pre[0]) || publicBodies.has(first.text))) return true;
      if (isBilateral(first, markers)) return true;
      return comp.some((w) => markers.has(w) || places.has(w));
    }
  }
}

/** Topic words too general to make a name on their own ("AI Regulation", "National Strategy"). */
const GENERIC_MODIFIERS = new Set([
  'ai', 'digital', 'data', 'new', 'global', 'international', 'national', 'technology', 'tech', 'innovation', 'economic',
  'security', 'cyber', 'regulatory', 'domestic', 'government', 'this', 'its', 'their', 'our', 'first', 'landmark',
  'proposed', 'comprehensive', 'overall',
]);
const SPECIFIC_HEADS = new Set(['principles', 'white paper', 'act', 'treaty', 'code of conduct']);

function tooGeneric(rule: HeadRule, pre: string[], comp: string[], suffix: boolean): boolean {
  if (rule.type !== 'law' && rule.type !== 'policy') return false;
  if (SPECIFIC_HEADS.has(rule.head) || comp.length > 0 || suffix) return false;
  return pre.every((w) => GENERIC_MODIFIERS.has(w));
}

/** "Strategy for Building a Robust ... Ecosystem": a description, not a title. */
function descriptive(rule: HeadRule, pre: string[], tokens: NameToken[], compFrom: number, compTo: number): boolean {
  if (rule.type !== 'policy' || pre.length > 0 || compTo <= compFrom) return false;
  const first = tokens[compFrom + 1]?.text ?? '';
  if (/ing$/.test(first)) return true;
  for (let k = compFrom + 1; k < compTo; k++) if (/^an?$/.test(tokens[k].text)) return true;
  return false;
}

export interface ChainLexicon {
  jurisdictions: Jurisdictions;
  /** One-word public bodies the knowledge knows (RIKEN, GPAI): a name they start is public. */
  publicBodies: Set<string>;
  /** One-word organizations the knowledge knows (Microsoft): a name they start is theirs. */
  organizations: Set<string>;
  /** Both: after "and" in a complement, one of these starts another name. */
  bodies: Set<string>;
}

const labels = new Map<HeadRule, Map<NameType, string>>();

/** The rule a name was found by: "agency:head:council", "organization:head:white-paper", "...:owned" when an
 * organization named earlier in the chain took a public body's head. Built once per head and type. */
function ruleLabel(rule: HeadRule, type: NameType): string {
  let byType = labels.get(rule);
  if (!byType) labels.set(rule, (byType = new Map()));
  let label = byType.get(type);
  if (label === undefined) {
    label = `${type}:head:${rule.head.replace(/ /g, '-')}${type !== rule.type ? ':owned' : ''}`;
    byType.set(type, label);
  }
  return label;
}

export function findChainNames(tokens: NameToken[], text: string, lexicon: ChainLexicon): RuleName[] {
  const out: RuleName[] = [];
  const markers = lexicon.jurisdictions.markerSet;
  const bodies = lexicon.bodies;
  const places = lexicon.jurisdictions.placeSet;
  // Token index where the last name with a complement ended: a later name cannot start inside it.
  let complementTo = 0;
  for (let i = 0; i < tokens.length; i++) {
    const head = headAt(tokens, i);
    if (!head) continue;
    const lowercaseHead = !isCapitalized(tokens[i].text);
    if (lowercaseHead && !(tokens[i - 1] && isNameWord(tokens[i - 1]))) continue;
    const headPossessive = isPossessive(tokens[head.to - 1].text);
    for (const rule of head.rules) {
      const compTo = lowercaseHead || headPossessive ? head.to : complementEnd(tokens, text, head.to, rule.type, bodies);
      // "the Pentagon and Ministry of Defense": a ministry or department with a complement takes no "X and" before it.
      const opening = OPENING_HEADS.has(rule.head) && compTo > head.to;
      const start = premodifierStart(tokens, text, i, !opening, complementTo);
      if (lowercaseHead && start === i) continue;
      const pre = foldedSet(tokens, start, i);
      const comp = foldedSet(tokens, head.to + 1, compTo);
      const first = tokens[start];
      const cond = { pre, comp, first, markers, places, publicBodies: lexicon.publicBodies };
      if (!meets(rule, cond)) continue;
      if (start === i && compTo === head.to && rule.needs !== undefined) continue;
      const suffix = headPossessive ? { to: compTo } : suffixEnd(tokens, text, compTo);
      // A name word straight after the head means the head is not the end of the name ("AI Strategy Meetings").
      const next = tokens[suffix.to];
      if (!headPossessive && compTo === head.to && suffix.to === compTo && next && isNameWord(next) && !breakBetween(text, tokens[suffix.to - 1], next)) continue;
      if (tooGeneric(rule, pre, comp, suffix.to > compTo)) continue;
      if (descriptive(rule, pre, tokens, head.to, compTo)) continue;
      let type = rule.type;
      // An organization named earlier in the chain owns the body ("Keio University Global Research Institute").
      if (type === 'agency' && (pre.some((w) => OWNER_WORDS.has(w)) || lexicon.organizations.has(first.text))) {
        type = 'organization';
      }
      const before = tokens[start - 1];
      const possessor = before && isPossessive(before.text) && markers.has(before.folded) ? before : undefined;
      const nameStart = tokens[start].start;
      const last = tokens[suffix.to - 1];
      const nameEnd = isPossessive(last.text) ? last.end - (/s$/.test(last.text) ? 2 : 1) : last.end;
      const yearInName = suffix.year ?? comp.map(Number).find((n) => n >= 1900 && n < 2100);
      // One shape for every name (absent fields undefined): this runs for every head met.
      out.push({
        type,
        kind: type === rule.type ? rule.kind : undefined,
        start: possessor ? possessor.start : nameStart,
        end: nameEnd,
        from: start,
        to: suffix.to,
        canonical: text.slice(nameStart, nameEnd),
        rule: ruleLabel(rule, type),
        year: yearInName,
        jurisdiction: rule.jurisdiction,
      });
      if (compTo > head.to) complementTo = compTo;
      break;
    }
  }
  return out;
}
