// Abbreviations an article defines: "Full Name (ABBR)" or "ABBR (Full Name)". Every later (or earlier) use of the
// abbreviation is a mention of the same body or instrument.

import type { NameFound } from './names.js';
import { isPossessive, type NameToken } from './name-tokens.js';
import { firstStartingAt } from '../text/search.js';

/** An acronym ("METI", "G7", "JUCIP", "R&D") or a short capitalised name ("Quad", "Economic 2+2", "AI Japan"). */
const ACRONYM = /^(?=.*[A-Z].*[A-Z0-9])[A-Z][A-Za-z0-9&+.\-]{1,11}$|^[A-Z][a-z]{2,11}$/;
const YEARLIKE = /^\d+$/;

function bracketed(tokens: NameToken[], open: number): { text: string; close: number } | undefined {
  if (tokens[open]?.text !== '(') return undefined;
  const words: NameToken[] = [];
  for (let k = open + 1; k < tokens.length && k <= open + 4; k++) {
    if (tokens[k].text === ')') {
      if (words.length === 0 || words.length > 3) return undefined;
      const text = words.map((w) => w.text).join(' ');
      if (!words.every((w) => w.word) || !ACRONYM.test(words[0].text) || YEARLIKE.test(text)) return undefined;
      return { text, close: k };
    }
    words.push(tokens[k]);
  }
  return undefined;
}

/** An abbreviation starts with the initial of one of the name's first three words ("Japan-U.S. Economic ... (Economic 2+2)"). */
function plausible(abbr: string, name: string): boolean {
  const words = name.replace(/^the\s+/i, '').split(/\s+/).filter((w) => /^[A-Z0-9]/.test(w)).slice(0, 3);
  return words.some((w) => w[0].toUpperCase() === abbr[0].toUpperCase());
}

/** Abbreviation -> the name it stands for. Sets `abbreviation` on agencies and organizations that define one. */
export function defineAbbreviations(names: NameFound[], tokens: NameToken[]): Map<string, NameFound> {
  const defined = new Map<string, NameFound>();
  for (const n of names) {
    const after = firstStartingAt(tokens, n.end);
    const abbr = bracketed(tokens, after);
    let text = abbr?.text;
    // "GPAI (Global Partnership on Artificial Intelligence)": the abbreviation comes first. The closing bracket is
    // checked before the search for the opening one, which most names would do for nothing.
    if (!text && tokens[after]?.text === ')') {
      const open = firstStartingAt(tokens, n.start) - 1;
      const before = tokens[open - 1];
      if (tokens[open]?.text === '(' && before?.word && ACRONYM.test(before.text)) text = before.text;
    }
    if (!text || text === n.text || !plausible(text, n.text)) continue;
    if (!defined.has(text)) defined.set(text, n);
    if ((n.type === 'agency' || n.type === 'organization') && !n.abbreviation) n.abbreviation = text;
  }
  return defined;
}

/** Mentions of defined abbreviations outside the names already found. */
export function findAbbreviationMentions(defined: Map<string, NameFound>, tokens: NameToken[], names: NameFound[]): NameFound[] {
  if (defined.size === 0) return [];
  const taken = names.map((n) => [n.start, n.end] as const).sort((a, b) => a[0] - b[0]);
  let cursor = 0;
  const out: NameFound[] = [];
  // Defined names may be several words ("Economic 2+2"): index them by their first word, longest first.
  const byFirst = new Map<string, string[][]>();
  for (const key of defined.keys()) {
    const words = key.split(' ');
    const list = byFirst.get(words[0]) ?? [];
    list.push(words);
    list.sort((a, b) => b.length - a.length);
    byFirst.set(words[0], list);
  }
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Every defined abbreviation starts with a capital A-Z (ACRONYM): other words are passed over at once.
    const c = t.text.charCodeAt(0);
    if (!t.word || c < 65 || c > 90) continue;
    // A defined abbreviation has two characters or more, so isPossessive's length rule loses none.
    const candidates = byFirst.get(t.text) ?? (isPossessive(t.text) ? byFirst.get(t.text.replace(/['’]s?$/, '')) : undefined);
    if (!candidates) continue;
    for (const words of candidates) {
      const n = words.length;
      let matches = true;
      for (let k = 1; k < n && matches; k++) matches = tokens[i + k]?.text.replace(/['’]s?$/, '') === words[k];
      if (!matches) continue;
      const bare = words.join(' ');
      const last = tokens[i + n - 1];
      while (cursor < taken.length && taken[cursor][1] <= t.start) cursor++;
      const inside = taken.slice(cursor, cursor + 8).some(([s, e]) => s <= t.start && last.end <= e);
      if (inside) break;
      const target = defined.get(bare)!;
      out.push({ ...target, text: bare, start: t.start, end: t.start + bare.length, rule: `abbreviation:${bare}` } as NameFound);
      i += n - 1;
      break;
    }
  }
  return out;
}
