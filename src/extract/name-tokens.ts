// Tokens for name finding: words keep inner hyphens, apostrophes, periods and "&"/"+" ("Self-Defense", "U.S.",
// "R&D", "2+2", "5.0", "Japan’s"); every other non-space character is a token of its own.

export interface NameToken {
  text: string;
  start: number;
  end: number;
  /** A word (letters/digits) rather than punctuation. */
  word: boolean;
  /** The text folded for matching (foldToken), computed once. */
  folded: string;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&+]|\.-?)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;

function pushTokens(tokens: NameToken[], text: string, from: number, to: number): void {
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    const start = m.index;
    if (start + t.length > to) t = t.slice(0, to - start);
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
    tokens.push({ text: t, start, end: start + t.length, word, folded: foldToken(t) });
  }
}

/** Every token of `text`. */
export function tokenizeAll(text: string): NameToken[] {
  const tokens: NameToken[] = [];
  pushTokens(tokens, text, 0, text.length);
  return tokens;
}

// Names live in runs of capitalised words joined by a few lower-case connectors (and may end in a lower-case head:
// "Tottori Prefectural government"). Only those runs are tokenised; the prose between them is skipped at regex speed.
const CLUSTER =
  /[“"‘'(\[]?[\p{Lu}\p{N}]\S*(?:\s+(?:(?:of|and|the|for|on|in|to|&|between|concerning|regarding|against|with|a|an)\s+)*[“"‘'(\[]?[\p{Lu}\p{N}]\S*)*(?:\s+(?:government|administration|program|programme|initiative)\b)?/gu;

/** A token between two runs: it is no word and no punctuation a rule looks for, so no name crosses it. */
const GAP = '\u00b6';

const NEXT_WORD = /\s+([^\s]+)/y;

/**
 * The tokens of the capitalised runs of `text`, with a gap token between runs. Offsets index `text`. A run goes on
 * through lower-case words that continue a known name (`continuing`, folded: "AI senryaku kaigi", "Kēzai sangyōshō").
 */
export function tokenizeNames(text: string, continuing: ReadonlySet<string> = new Set()): NameToken[] {
  const tokens: NameToken[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m; m = CLUSTER.exec(text)) {
    if (tokens.length > 0) tokens.push({ text: GAP, start: m.index, end: m.index, word: false, folded: '' });
    let end = m.index + m[0].length;
    for (;;) {
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (!next || !continuing.has(foldToken(next[1].replace(/^[“"‘'(]+|[”"’'),.:;]+$/g, '')))) break;
      end = next.index + next[0].length;
    }
    pushTokens(tokens, text, m.index, end);
    CLUSTER.lastIndex = end;
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
  const c = token.codePointAt(0) ?? 0;
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || (c > 127 && /^[\p{Lu}\p{N}]/u.test(token));
}

export function isPossessive(token: string): boolean {
  return /['’]s?$/.test(token) && token.length > 2;
}
