// What a figure is (role), when (year) and for what (purpose), read from its clause and sentence.
// Role precedence: "in the ... budget" after the figure; the noun right after the figure ("$137 million
// funding round"); the nearest strong cue in the clause; weak cues in the clause, read with whether a
// government is involved; then the same over the sentence; else "other".

import type { FundingRole } from '../types.js';
import type { Span } from '../text/sentences.js';
import { positionsOf, readAt } from '../text/anchored.js';
import { firstStartingAt } from '../text/search.js';
import {
  BUDGET_CONTAINER, GOVERNMENT_HEADS, GOVERNMENT_WORDS, HEAD_PREPOSITIONS, HEAD_STOP, MARKET_SIZE_VERB,
  PURPOSE_AFTER, PURPOSE_BEFORE, PURPOSE_STOP, STRONG_CUES, TIME_PHRASE, TRAILING_FUNCTION_WORDS, WEAK_CUES, type Cue,
} from './money-cues.js';

interface Hit {
  cue: Cue;
  start: number;
  end: number;
}

function cuePattern(cues: Cue[]): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}])(?:${cues.map((c) => `(${c.pattern})`).join('|')})(?![\\p{L}\\p{N}])`, 'giu');
}

const STRONG = cuePattern(STRONG_CUES);
const WEAK = cuePattern(WEAK_CUES);
const MARKET = STRONG_CUES[STRONG_CUES.length - 1];

function hits(text: string, span: Span, pattern: RegExp, cues: Cue[]): Hit[] {
  const out: Hit[] = [];
  const slice = text.slice(span.start, span.end);
  pattern.lastIndex = 0;
  for (let m = pattern.exec(slice); m; m = pattern.exec(slice)) {
    // The cue is the one whose group matched.
    let k = 1;
    while (m[k] === undefined) k++;
    out.push({ cue: cues[k - 1], start: span.start + m.index, end: span.start + m.index + m[0].length });
  }
  return out;
}

function cuesIn(text: string, span: Span, strong: boolean): Hit[] {
  return strong ? hits(text, span, STRONG, STRONG_CUES) : hits(text, span, WEAK, WEAK_CUES);
}

function distance(hit: Hit, figure: Span): number {
  return hit.start >= figure.end ? hit.start - figure.end : figure.start - hit.end;
}

function nearest(list: Hit[], figure: Span): Hit | undefined {
  let best: Hit | undefined;
  for (const h of list) if (!best || distance(h, figure) < distance(best, figure)) best = h;
  return best;
}

/** Where the noun phrase right after a figure ends: up to three words, after an optional "in"/"of"/"to". */
function headEnd(text: string, figure: Span, limit: number): number {
  const WORD = /[ \u00a0]*([^\s,.;:()[\]“”"]+)/y;
  let pos = figure.end;
  let words = 0;
  for (let i = 0; i < 4 && words < 3; i++) {
    WORD.lastIndex = pos;
    const m = WORD.exec(text);
    if (!m || WORD.lastIndex > limit) break;
    const word = m[1].toLowerCase();
    if (HEAD_STOP.has(word)) break;
    pos = WORD.lastIndex;
    if (!(i === 0 && HEAD_PREPOSITIONS.has(word))) words++;
  }
  return pos;
}

/** "market" is a size cue only as "market ... reaching $X" or "a $X market". */
function validStrong(text: string, hit: Hit, figure: Span, head: number): boolean {
  if (hit.cue !== MARKET) return true;
  if (hit.start >= figure.end) return hit.start < head;
  return figure.start - hit.end < 160 && MARKET_SIZE_VERB.test(text.slice(hit.end, figure.start));
}

function resolveWeak(list: Hit[], figure: Span, government: boolean): FundingRole | undefined {
  if (list.length === 0) return undefined;
  if (!government) return nearest(list, figure)!.cue.role;
  const top = Math.max(...list.map((h) => h.cue.rank ?? 0));
  return nearest(list.filter((h) => (h.cue.rank ?? 0) === top), figure)!.cue.government;
}

/** Tells whether a government is involved in a span of text. */
export type GovernmentTest = (span: Span) => boolean;

const NAME_CONNECTORS = new Set(['of', 'and', 'for', 'the', 'on', 'in', '&', '-']);

/** The capitalised name that ends right before `offset` ("... the Ministry of Economy, Trade and Industry"). */
function nameBefore(text: string, offset: number): string {
  const words = text.slice(Math.max(0, offset - 100), offset).split(/[ \u00a0]+/);
  let i = words.length - 1;
  if (words[i] === '') i--;
  let j = i;
  while (j >= 0) {
    const w = words[j].replace(/,$/, '');
    if (!/^\p{Lu}/u.test(w) && !NAME_CONNECTORS.has(w)) break;
    j--;
  }
  return words.slice(j + 1, i + 1).join(' ');
}

const ACRONYM = /\(([A-Z][A-Za-z&]{1,9})\)/y;

/** Acronyms the text defines for government bodies: "Ministry of Economy, Trade and Industry (METI)" -> METI. */
export function governmentAcronyms(text: string): Set<string> {
  const found = new Set<string>();
  readAt(text, ACRONYM, positionsOf(text, '('), (m) => {
    if (/[A-Z]/.test(m[1].slice(1)) && GOVERNMENT_HEADS.test(nameBefore(text, m.index))) found.add(m[1]);
    return m.index + m[0].length;
  });
  return found;
}

/**
 * A government test from generic words ("the government", "Ministry"), the text's own acronyms (found only when a
 * span without such words first needs them) and the agencies the name extractor found (sorted by start).
 */
export function governmentTest(text: string, agencies: readonly Span[] = []): GovernmentTest {
  let acronyms: Set<string> | undefined;
  const namesAgency = (span: Span) => {
    const i = firstStartingAt(agencies, span.start);
    return i < agencies.length && agencies[i].end <= span.end;
  };
  return (span) => {
    const slice = text.slice(span.start, span.end);
    if (GOVERNMENT_WORDS.test(slice) || namesAgency(span)) return true;
    acronyms ??= governmentAcronyms(text);
    if (acronyms.size === 0) return false;
    const TOKEN = /\b[A-Z][A-Za-z&]{1,9}\b/g;
    for (let m = TOKEN.exec(slice); m; m = TOKEN.exec(slice)) if (acronyms.has(m[0])) return true;
    return false;
  };
}

export function inferRole(text: string, figure: Span, clause: Span, window: Span, government: GovernmentTest): FundingRole {
  if (BUDGET_CONTAINER.test(text.slice(figure.end, clause.end))) return 'budget';
  const head = headEnd(text, figure, clause.end);
  const strongInClause = cuesIn(text, clause, true).filter((h) => validStrong(text, h, figure, head));
  const weakInClause = cuesIn(text, clause, false);
  const isHead = (h: Hit) => h.start >= figure.end && h.start < head;
  const headStrong = strongInClause.find(isHead);
  const headWeak = weakInClause.find(isHead);
  if (headStrong && (!headWeak || headStrong.start <= headWeak.start)) return headStrong.cue.role;
  if (headWeak) return resolveWeak([headWeak], figure, government(clause))!;
  const strong = nearest(strongInClause, figure);
  if (strong) return strong.cue.role;
  const weak = resolveWeak(weakInClause, figure, government(clause));
  if (weak) return weak;
  const strongInWindow = nearest(cuesIn(text, window, true).filter((h) => validStrong(text, h, figure, head)), figure);
  if (strongInWindow) return strongInWindow.cue.role;
  return resolveWeak(cuesIn(text, window, false), figure, government(window)) ?? 'other';
}

const YEAR = /(?<![\p{L}\p{N}$€£¥.,])(?:(FY|fiscal(?: year)?)[ \u00a0]?)?((?:19|20)\d\d)(?![\p{N}%])/giu;
const YEAR_INTRO = /(?:\b(?:in|by|since|from|to|until|through|of|year|early|late|mid|end|during|before|after|jan\w*|feb\w*|mar\w*|apr\w*|may|jun\w*|jul\w*|aug\w*|sep\w*|oct\w*|nov\w*|dec\w*)|\d{1,2},|[–-])[ \u00a0]*$/i;

/** The year a figure belongs to: a fiscal year in its sentence, else the nearest year in its clause, else in its sentence. */
export function inferYear(text: string, figure: Span, clause: Span, window: Span, skip: (start: number, end: number) => boolean): number | undefined {
  const slice = text.slice(window.start, window.end);
  let fiscal: { year: number; d: number } | undefined;
  let inClause: { year: number; d: number } | undefined;
  let inWindow: { year: number; d: number } | undefined;
  YEAR.lastIndex = 0;
  for (let m = YEAR.exec(slice); m; m = YEAR.exec(slice)) {
    const start = window.start + m.index;
    const end = start + m[0].length;
    if (skip(start, end) || (start < figure.end && end > figure.start)) continue;
    // "2000 employees" is a count; "in 2000 the ..." and "2024," are years.
    if (!m[1] && /^[ \u00a0]+[a-z]/.test(text.slice(end, end + 2)) && !YEAR_INTRO.test(slice.slice(Math.max(0, m.index - 12), m.index))) continue;
    const candidate = { year: Number(m[2]), d: start >= figure.end ? start - figure.end : figure.start - end };
    const better = (c?: { d: number }) => !c || candidate.d < c.d;
    if (m[1] && better(fiscal)) fiscal = candidate;
    if (start >= clause.start && end <= clause.end && better(inClause)) inClause = candidate;
    if (better(inWindow)) inWindow = candidate;
  }
  return (fiscal ?? inClause ?? inWindow)?.year;
}

function phrase(text: string): string | undefined {
  const words: string[] = [];
  for (const raw of text.split(/[ \u00a0]+/)) {
    const cut = raw.search(/[.;:!?()[\]“”"]/);
    const word = cut === -1 ? raw : raw.slice(0, cut);
    if (word === '' || PURPOSE_STOP.has(word.toLowerCase())) break;
    words.push(word);
    if (cut !== -1 || words.length === 8) break;
  }
  while (words.length > 0) {
    const last = words[words.length - 1].replace(/,$/, '');
    if (last === '' || TRAILING_FUNCTION_WORDS.has(last.toLowerCase())) words.pop();
    else {
      words[words.length - 1] = last;
      break;
    }
  }
  const joined = words.join(' ');
  return joined === '' || TIME_PHRASE.test(joined) ? undefined : joined;
}

/** What the money is for: the phrase after "for"/"to support"/"to purchase"/... in the clause, or a leading "To finance X,". */
export function inferPurpose(text: string, figure: Span, clause: Span): string | undefined {
  const after = text.slice(figure.end, clause.end);
  const m = PURPOSE_AFTER.exec(after);
  if (m) return phrase(after.slice(m.index + m[0].length));
  const lead = PURPOSE_BEFORE.exec(text.slice(clause.start, figure.start));
  return lead ? phrase(lead[1]) : undefined;
}
