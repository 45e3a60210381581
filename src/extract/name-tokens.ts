// Tokens for name finding: words keep inner hyphens, apostrophes, periods and "&"/"+" ("Self-Defense", "U.S.",
// "R&D", "2+2", "5.0", "Japan’s"); every other non-space character is a token of its own.

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&+]|\.-?)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;

export function tokenizeNames(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m; m = TOKEN.exec(text)) {
    let t = m[0];
    const start = m.index;
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    // A final period belongs to the word only in dotted abbreviations ("U.S.", "Japan-U.S.") and initials ("T.").
    if (word && t.endsWith('.') && t.length > 1) {
      const body = t.slice(0, -1);
      const keep = /\.\p{L}$/u.test(body) || /^\p{Lu}$/u.test(body);
      if (!keep) {
        t = body;
        TOKEN.lastIndex = start + t.length;
      }
    }
    tokens.push({ text: t, start, end: start + t.length, word });
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

const folded = new Map<string, string>();
const MAX_CACHED = 200_000;

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
export function foldToken(token: string): string {
  let f = folded.get(token);
  if (f === undefined) {
    if (folded.size >= MAX_CACHED) folded.clear();
    f = foldUncached(token);
    folded.set(token, f);
  }
  return f;
}

/** A name folded to a matching key: tokens folded, commas and every "the" dropped. */
export function foldName(name: string): string {
  const words: string[] = [];
  for (const t of tokenizeNames(name)) {
    if (!t.word && t.text !== '&') continue;
    const f = foldToken(t.text);
    // "the" is dropped everywhere: "Act on the Protection of ..." = "Act on Protection of ...".
    if (f === '' || f === 'the') continue;
    words.push(f);
  }
  return words.join(' ');
}

export function isCapitalized(token: string): boolean {
  const c = token.codePointAt(0) ?? 0;
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(token));
}

export function isPossessive(token: string): boolean {
  return /['’]s?$/.test(token) && token.length > 2;
}
