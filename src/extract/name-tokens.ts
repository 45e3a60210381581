// Tokens for name finding: words keep inner hyphens, apostrophes, periods and "&"/"+" ("Self-Defense", "U.S.",
// "R&D", "2+2", "5.0", "Japan’s"); every other non-space character is a token of its own.

import { classAt, width, SPACE, UPPER, LOWER, MARK, DIGIT } from '../text/char-classes.js';
import { detached, memoised } from '../text/memo.js';
import { LOWERCASE_HEADS } from './heads.js';
import type { FirstWord } from './gazetteer.js';

/** A token text met before: one object shared by every token written the same way, so what a pass works out about a
 * word is worked out once per word rather than once per token. */
export interface Lexeme {
  readonly text: string;
  /** The text folded for matching (foldToken). */
  readonly folded: string;
  /** What the gazetteer knows of names starting with this word (gazetteer.ts fills it in on first use). */
  firstWord: FirstWord | undefined;
}

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** The text folded for matching (foldToken), computed once. */
  folded: string;
  lexeme: Lexeme;
}

// Tokens are read by a scanner over character classes rather than a regex: a regex match object per token was a
// fifth of the names stage.
const isLetterOrDigit = (k: number) => k === UPPER || k === LOWER || k === DIGIT;

/** The end of a run of letters, marks and digits from `i`. */
function runEnd(text: string, i: number): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    // ASCII letters and digits first: most words are plain English.
    if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) {
      i++;
      continue;
    }
    const k = classAt(text, i);
    if (k !== UPPER && k !== LOWER && k !== DIGIT && k !== MARK) break;
    i += width(text, i);
  }
  return i;
}

/** True when a letter or digit starts at `i`. */
const letterOrDigitAt = (text: string, i: number) => isLetterOrDigit(classAt(text, i));

/** The end of the word starting at `i` (a letter or digit): runs joined by one of - ' ’ & + or a period (and an
 * optional hyphen), then an optional final period. */
function wordEnd(text: string, i: number): number {
  i = runEnd(text, i + width(text, i));
  for (;;) {
    const c = text.charCodeAt(i);
    let next = -1;
    if (c === 45 || c === 39 || c === 0x2019 || c === 38 || c === 43) next = i + 1;
    else if (c === 46) next = text.charCodeAt(i + 1) === 45 && letterOrDigitAt(text, i + 2) ? i + 2 : i + 1;
    if (next === -1 || !letterOrDigitAt(text, next)) break;
    i = runEnd(text, next + width(text, next));
  }
  return text.charCodeAt(i) === 46 ? i + 1 : i;
}

/** True when the token [start, end) that ends in a period keeps it: a dotted abbreviation ("U.S.", "Japan-U.S.")
 * or an initial ("T."). */
function keepsPeriod(text: string, start: number, end: number): boolean {
  const body = end - 1;
  let last = body - 1;
  if (last > start && (text.charCodeAt(last) & 0xfc00) === 0xdc00 && (text.charCodeAt(last - 1) & 0xfc00) === 0xd800) last--;
  const k = classAt(text, last);
  if (last === start) return k === UPPER;
  return (k === UPPER || k === LOWER) && text.charCodeAt(last - 1) === 46;
}

/** True when `word` is written at `i` in `text`; compared a unit at a time, as a startsWith call costs more for the
 * short words compared here. */
function writtenAt(text: string, i: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if (text.charCodeAt(i + k) !== word.charCodeAt(k)) return false;
  return true;
}

// A text repeats its words, and so does a corpus. Token texts met before are found in a direct-mapped table by their
// characters in place: no new string is cut and none hashed in a Map (cutting and folding each token was a tenth of
// the names stage). The table keeps copies, so it holds on to no article.
const INTERN_SLOTS = 1 << 14;
const interned: (Lexeme | undefined)[] = new Array(INTERN_SLOTS).fill(undefined);

/** One-character ASCII tokens (punctuation, initials), a good share of all, by code: no hashing at all. */
const asciiTokens: (Lexeme | undefined)[] = new Array(128).fill(undefined);

const lexeme = (text: string): Lexeme => ({ text, folded: foldToken(text), firstWord: undefined });

function internToken(text: string, start: number, end: number): Lexeme {
  const first = text.charCodeAt(start);
  if (end - start === 1 && first < 128) {
    const t = text[start];
    return (asciiTokens[first] ??= lexeme(t));
  }
  // FNV-1a over the UTF-16 units.
  let h = 0x811c9dc5;
  for (let i = start; i < end; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  const slot = (h ^ (h >>> 16)) & (INTERN_SLOTS - 1);
  const entry = interned[slot];
  if (entry !== undefined && entry.text.length === end - start && writtenAt(text, start, entry.text)) return entry;
  const fresh = lexeme(detached(text.slice(start, end)));
  interned[slot] = fresh;
  return fresh;
}

/** Pushes the token starting at `i` (not a space; `k` its class), cut at `to`; returns its end. */
function pushToken(tokens: NameToken[], text: string, i: number, k: number, to: number): number {
  const word = isLetterOrDigit(k);
  let end = Math.min(word ? wordEnd(text, i) : i + width(text, i), to);
  // A lone character outside the Basic Multilingual Plane counts as a word, as the regex this replaced had it.
  const isWord = word || end - i > 1;
  if (isWord && end - i > 1 && text.charCodeAt(end - 1) === 46 && !keepsPeriod(text, i, end)) end--;
  const known = internToken(text, i, end);
  tokens.push({ text: known.text, start: i, end, word: isWord, folded: known.folded, lexeme: known });
  return end;
}

function pushTokens(tokens: NameToken[], text: string, from: number, to: number): void {
  let i = from;
  while (i < to) {
    const k = classAt(text, i);
    i = k === SPACE ? i + 1 : pushToken(tokens, text, i, k, to);
  }
}

/** Pushes the tokens of the word (all up to the next space) at `from`; returns its end. No token crosses a space. */
function pushWord(tokens: NameToken[], text: string, from: number): number {
  let i = from;
  for (let k = classAt(text, i); i < text.length && k !== SPACE; k = classAt(text, i)) i = pushToken(tokens, text, i, k, text.length);
  return i;
}

/** Every token of `text`. */
export function tokenizeAll(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  pushTokens(tokens, text, 0, text.length);
  return tokens;
}

// Names live in runs of capitalised words joined by a few lower-case connectors (and may end in a lower-case head:
// "Tottori Prefectural government"). Only those runs are tokenised; the prose between them is skipped a character
// class at a time. A run is what this regex matches (a scanner, as the regex tried a Unicode class at every position):
// [“"‘'(\[]?[\p{Lu}\p{N}]\S*(?:\s+(?:(?:of|and|the|...)\s+)*[“"‘'(\[]?[\p{Lu}\p{N}]\S*)*(?:\s+(?:government|...)\b)?
const CONNECTORS = ['of', 'and', 'the', 'for', 'on', 'in', 'to', '&', 'between', 'concerning', 'regarding', 'against', 'with', 'a', 'an'];

/** True when the word [i, stop) is a connector, compared in place: the word after every run is tried. */
function isConnector(text: string, i: number, stop: number): boolean {
  for (const w of CONNECTORS) if (w.length === stop - i && writtenAt(text, i, w)) return true;
  return false;
}
/** “ " ‘ ' ( [: a run may start with an opening quote or bracket. */
const isRunOpener = (c: number) => c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40 || c === 91;

const isCapitalAt = (text: string, i: number) => {
  const k = classAt(text, i);
  return k === UPPER || k === DIGIT;
};

/** Where a run may start: an ASCII capital or digit, an opening quote or bracket, or any other non-ASCII character
 * (capitalWordAt decides). A plain regex test skips the lower-case prose between them faster than a loop can. */
const RUN_CANDIDATE = /[A-Z0-9"'(\[\u0080-\uffff]/g;

/** True when a capitalised word (perhaps after an opening quote or bracket) starts at `i`. */
function capitalWordAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (isRunOpener(c)) return isCapitalAt(text, i + 1);
  // Most of a text is lower-case ASCII prose, answered without the class table.
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  return isCapitalAt(text, i);
}

const spaceEnd = (text: string, i: number) => {
  while (classAt(text, i) === SPACE) i++;
  return i;
};
const wordRunEnd = (text: string, i: number) => {
  while (i < text.length && classAt(text, i) !== SPACE) i++;
  return i;
};
const isAsciiWordChar = (c: number) => (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122) || c === 95;

/**
 * Pushes the tokens of the run that starts at `start` (a capitalised word) a word at a time as it grows, so each
 * character is read once; returns the run's end. Connectors are pushed only once a capitalised word follows them.
 */
function pushRun(tokens: NameToken[], text: string, start: number, continuing: ReadonlySet<string>): number {
  let end = pushWord(tokens, text, start);
  for (;;) {
    const after = spaceEnd(text, end);
    if (after === end) return end;
    let i = after;
    // No connector is capitalised: a capitalised word goes on with the run at once.
    while (!capitalWordAt(text, i)) {
      const stop = wordRunEnd(text, i);
      if (!isConnector(text, i, stop)) break;
      const next = spaceEnd(text, stop);
      if (next === stop) break;
      i = next;
    }
    if (!capitalWordAt(text, i)) break;
    if (i > after) pushTokens(tokens, text, after, i);
    end = pushWord(tokens, text, i);
  }
  const i = spaceEnd(text, end);
  for (const head of LOWERCASE_HEADS) {
    const stop = i + head.length;
    if (writtenAt(text, i, head) && !(stop < text.length && isAsciiWordChar(text.charCodeAt(stop)))) {
      pushTokens(tokens, text, i, stop);
      end = stop;
      break;
    }
  }
  for (let next = continuationEnd(text, end, continuing); next !== -1; next = continuationEnd(text, end, continuing)) {
    pushTokens(tokens, text, end, next);
    end = next;
  }
  return end;
}

/** A token between two runs: it is no word and no punctuation a rule looks for, so no name crosses it. */
const GAP: Lexeme = { text: '\u00b6', folded: '', firstWord: undefined };

// Tested by code, not by Set.has(text[i]): this runs after every run, and a character past Latin-1 is a new string.
/** “ " ‘ ' ( */
const isOpeningQuote = (c: number) => c === 0x201c || c === 34 || c === 0x2018 || c === 39 || c === 40;
/** ” " ’ ' ) , . : ; */
const isClosingPunctuation = (c: number) =>
  c === 0x201d || c === 34 || c === 0x2019 || c === 39 || c === 41 || c === 44 || c === 46 || c === 58 || c === 59;

/** The end of the next word after `end` when, without its quotes and punctuation, it continues a known name; else -1. */
function continuationEnd(text: string, end: number, continuing: ReadonlySet<string>): number {
  const start = spaceEnd(text, end);
  if (start === end || start === text.length) return -1;
  const stop = wordRunEnd(text, start);
  let from = start;
  let to = stop;
  while (from < to && isOpeningQuote(text.charCodeAt(from))) from++;
  while (to > from && isClosingPunctuation(text.charCodeAt(to - 1))) to--;
  return continuing.has(internToken(text, from, to).folded) ? stop : -1;
}

/**
 * The tokens of the capitalised runs of `text`, with a gap token between runs. Offsets index `text`. A run goes on
 * through lower-case words that continue a known name (`continuing`, folded: "AI senryaku kaigi", "Kēzai sangyōshō").
 */
export function tokenizeNames(text: string, continuing: ReadonlySet<string> = new Set()): NameToken[] {
  const tokens: NameToken[] = [];
  RUN_CANDIDATE.lastIndex = 0;
  while (RUN_CANDIDATE.test(text)) {
    const start = RUN_CANDIDATE.lastIndex - 1;
    if (!capitalWordAt(text, start)) continue;
    if (tokens.length > 0) tokens.push({ text: GAP.text, start, end: start, word: false, folded: GAP.folded, lexeme: GAP });
    RUN_CANDIDATE.lastIndex = pushRun(tokens, text, start, continuing);
  }
  return tokens;
}
const SPELLING: Record<string, string> = {
  defence: 'defense',
  centre: 'center',
  centres: 'centers',
  organisation: 'organization',
  organisations: 'organizations',
  programme: 'program',
  programmes: 'programs',
  labour: 'labor',
  authorisation: 'authorization',
  '&': 'and',
};

function foldUncached(token: string): string {
  const plain = /^[A-Za-z0-9]+$/.test(token)
    ? token.toLowerCase()
    : token
        .normalize('NFKD')
        .replace(/\p{M}/gu, '')
        .toLowerCase()
        .replace(/['’](s)?$/, '')
        .replace(/[^a-z0-9&+]/g, '');
  return SPELLING[plain] ?? plain;
}

/** Folds one token for matching: case, diacritics, punctuation and British/American spelling. Memoised: a text
 * repeats its words. */
export const foldToken = memoised(foldUncached, 200_000);

/** A name folded to a matching key: tokens folded, commas and every "the" dropped. Memoised: linking folds every
 * name found by rule, and a corpus repeats its names. */
export const foldName = memoised(foldNameUncached, 50_000);

function foldNameUncached(name: string): string {
  const words: string[] = [];
  for (const t of tokenizeAll(name)) {
    if (!t.word && t.text !== '&') continue;
    const f = foldToken(t.text);
    // "the" is dropped everywhere: "Act on the Protection of ..." = "Act on Protection of ...".
    if (f === '' || f === 'the') continue;
    words.push(f);
  }
  return words.join(' ');
}

export function isCapitalized(token: string): boolean {
  if (token.length === 0) return false;
  const k = classAt(token, 0);
  return k === UPPER || k === DIGIT;
}

const isApostrophe = (c: number) => c === 39 || c === 0x2019;

/** "Japan’s", "States'". */
export function isPossessive(token: string): boolean {
  const n = token.length;
  if (n <= 2) return false;
  const last = token.charCodeAt(n - 1);
  return isApostrophe(last) || (last === 115 && isApostrophe(token.charCodeAt(n - 2)));
}
