// Linear word tokens with offsets. natural's WordTokenizer splits "¥1.5" into "1" and "5";
// here a number keeps its decimal point and thousands separators, and a word its inner hyphens and apostrophes.

import { classAt, width, OTHER, UPPER, LOWER, MARK, DIGIT } from './char-classes.js';

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

// countWords counts WORD's matches without making them, reading character classes (char-classes.ts). It runs on
// every article as it is loaded, so ASCII, most of an English article, is classified inline without the class
// table (a call per character made it a twentieth of extraction).
const isLetterOrMark = (k: number) => k === UPPER || k === LOWER || k === MARK;
const isAsciiDigit = (c: number) => c >= 48 && c <= 57;
const isAsciiLetter = (c: number) => (c | 32) >= 97 && (c | 32) <= 122;

/** The end of the run of letters and digits (`letters`) or of digits only from `i`. */
function runEnd(text: string, i: number, letters: boolean): number {
  while (i < text.length) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (!isAsciiDigit(c) && !(letters && isAsciiLetter(c))) break;
      i++;
      continue;
    }
    const k = classAt(text, i);
    if (k !== DIGIT && !(letters && isLetterOrMark(k))) break;
    i += width(text, i);
  }
  return i;
}

/** The number of words `tokenize` would return. */
export function countWords(text: string): number {
  let count = 0;
  let i = 0;
  while (i < text.length) {
    const c = text.charCodeAt(i);
    let word: boolean;
    if (c < 128) {
      word = isAsciiLetter(c);
      if (!word && !isAsciiDigit(c)) {
        i++;
        continue;
      }
    } else {
      const k = classAt(text, i);
      word = isLetterOrMark(k);
      if (!word && k !== DIGIT) {
        i += width(text, i);
        continue;
      }
    }
    count++;
    i = runEnd(text, i, word);
    // Joined parts: "Self-Defense", "Japan’s" (words); "1,000.5" (numbers).
    while (i + 1 < text.length) {
      const c = text.charCodeAt(i);
      const joins = word ? c === 39 || c === 0x2019 || c === 45 : c === 46 || c === 44;
      const next = joins ? classAt(text, i + 1) : OTHER;
      if (next !== DIGIT && !(word && isLetterOrMark(next))) break;
      i = runEnd(text, i + 1, word);
    }
  }
  return count;
}
