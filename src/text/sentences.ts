// A linear sentence splitter. natural's SentenceTokenizer is quadratic on long input, so we do our own:
// a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an upper-case letter,
// digit, quote or bracket, or at a blank line / line break. Abbreviations like "U.S." and "Dr." do not end one.

import { partitionPoint } from './search.js';
import { classAt, SPACE } from './char-classes.js';

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'no', 'vol', 'pp', 'p', 'fig', 'inc', 'ltd', 'co', 'corp',
  'e.g', 'i.e', 'etc', 'vs', 'al', 'gen', 'gov', 'sen', 'rep', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug',
  'sep', 'sept', 'oct', 'nov', 'dec', 'approx', 'est', 'dept', 'op', 'cit', 'ed', 'eds', 'cf',
]);

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x3000;
}

/** Closing quotes and brackets that stay with the sentence they end: " ' ” ’ ) ]. */
function isCloser(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41 || c === 93;
}

/** What may open the next sentence: A-Z, 0-9, " “ ‘ ' ( [. */
function isOpener(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40 || c === 91;
}

/** A-Z, a-z or a full stop. */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

const LONGEST_ABBREVIATION = Math.max(...[...ABBREVIATIONS].map((w) => w.length));

/** True when the word that ends at `dot` (exclusive) is an abbreviation or an initial ("U.S.", "T."). */
function endsAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Bounded look-back keeps a megabyte of "a.a.a." linear.
  while (i > 0 && dot - i < 12 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  if (dot - i <= 1) return dot - i === 1;
  if (text.lastIndexOf('.', dot - 1) >= i) return true;
  // Only a word short enough to be in the list is sliced and lower-cased.
  return dot - i <= LONGEST_ABBREVIATION && ABBREVIATIONS.has(text.slice(i, dot).toLowerCase());
}

/** Where a footnote marker ("[16]") that starts at `at` ends, or -1. Looks at most five characters ahead, so a
 * megabyte of ".[" stays linear. */
function footnoteEnd(text: string, at: number): number {
  const close = text.slice(at, at + 5).indexOf(']');
  return close !== -1 && /^\[\d+$/.test(text.slice(at, at + close)) ? at + close + 1 : -1;
}

// Only line breaks and sentence punctuation can end a sentence: the text between them is skipped at regex speed.
const ENDS = /[\n.!?]/g;

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const n = text.length;
  let start = 0;
  const push = (end: number) => {
    let s = start;
    let e = end;
    while (s < e && classAt(text, s) === SPACE) s++;
    while (e > s && classAt(text, e - 1) === SPACE) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  // test() moves lastIndex without building a match: the match is the one character before it.
  ENDS.lastIndex = 0;
  while (ENDS.test(text)) {
    const i = ENDS.lastIndex - 1;
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n && isCloser(text.charCodeAt(j))) j++;
    // A footnote marker after the full stop stays with its sentence: "... in 2023.[16] The next".
    while (j < n && text.charCodeAt(j) === 91) {
      const end = footnoteEnd(text, j);
      if (end === -1) break;
      j = end;
    }
    const after = text.charCodeAt(j);
    if (j < n && !isSpace(after) && after !== 10 && after !== 13) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    const next = text.charCodeAt(k);
    if (k < n && !isOpener(next) && next !== 10 && next !== 13) continue;
    if (c === 46 && k < n && next >= 65 && next <= 90 && endsAbbreviation(text, i)) {
      // "U.S. President" continues; "in the U.S. The" is ambiguous and stays joined, which costs little.
      continue;
    }
    push(j);
    start = j;
    ENDS.lastIndex = j;
  }
  push(n);
  return spans;
}

/** The index of the last span starting at or before `offset` (binary search over sorted spans). */
export function spanAt(spans: Span[], offset: number): number {
  return Math.max(0, partitionPoint(spans.length, (i) => spans[i].start <= offset) - 1);
}
