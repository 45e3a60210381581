// Linear word tokens with offsets. natural's WordTokenizer splits "¥1.5" into "1" and "5";
// here a number keeps its decimal point and thousands separators, and a word its inner hyphens and apostrophes.

export interface Token {
  text: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{M}][\p{L}\p{M}\p{N}]*(?:['’\-][\p{L}\p{M}\p{N}]+)*|\p{N}+(?:[.,]\p{N}+)*/gu;

export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m; m = WORD.exec(text)) {
    tokens.push({ text: m[0], start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

// countWords counts WORD's matches without making them: character classes by code point (the Basic Multilingual
// Plane's in a table filled as they are met). It runs on every article as it is loaded.
const OTHER = 1;
const LETTER = 2;
const DIGIT = 3;
const classes = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) classes[c] = c >= 48 && c <= 57 ? DIGIT : (c | 32) >= 97 && (c | 32) <= 122 ? LETTER : OTHER;
const LETTER_OR_MARK = /^[\p{L}\p{M}]$/u;
const NUMBER = /^\p{N}$/u;

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  return LETTER_OR_MARK.test(c) ? LETTER : NUMBER.test(c) ? DIGIT : OTHER;
}

/** The class of the code point at `i` (a lead surrogate's is that of its pair). */
function classAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  let k = classes[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdbff) return classify(text.codePointAt(i)!);
    k = classify(c);
    classes[c] = k;
  }
  return k;
}

/** UTF-16 units of the code point at `i`. */
function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
}

/** The end of the run of letters and digits (`letters`) or of digits only from `i`. */
function runEnd(text: string, i: number, letters: boolean): number {
  while (i < text.length) {
    const k = classAt(text, i);
    if (k !== DIGIT && !(letters && k === LETTER)) break;
    i += width(text, i);
  }
  return i;
}

/** The number of words `tokenize` would return. */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const k = classAt(text, i);
    if (k === OTHER) {
      i += width(text, i);
      continue;
    }
    count++;
    const word = k === LETTER;
    i = runEnd(text, i, word);
    // Joined parts: "Self-Defense", "Japan’s" (words); "1,000.5" (numbers).
    while (i + 1 < text.length) {
      const c = text.charCodeAt(i);
      const joins = word ? c === 39 || c === 0x2019 || c === 45 : c === 46 || c === 44;
      const next = joins ? classAt(text, i + 1) : OTHER;
      if (next !== DIGIT && !(word && next === LETTER)) break;
      i = runEnd(text, i + 1, word);
    }
  }
  return count;
}
