// A linear sentence splitter. natural's SentenceTokenizer is quadratic on long input, so we do our own:
// a sentence ends at . ! ? (plus closing quotes/brackets) followed by space and an upper-case letter,
// digit, quote or bracket, or at a blank line / line break. Abbreviations like "U.S." and "Dr." do not end one.

import { partitionPoint } from './search.js';

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

/** A-Z, a-z or a full stop. */
function isLetterOrDot(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46;
}

/** True when the word that ends at `dot` (exclusive) is an abbreviation or an initial ("U.S.", "T."). */
function endsAbbreviation(text: string, dot: number): boolean {
  let i = dot;
  // Bounded look-back keeps a megabyte of "a.a.a." linear.
  while (i > 0 && dot - i < 12 && isLetterOrDot(text.charCodeAt(i - 1))) i--;
  const word = text.slice(i, dot).toLowerCase();
  if (word.length === 1) return true;
  if (word.includes('.')) return true;
  return ABBREVIATIONS.has(word);
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
    while (s < e && /\s/.test(text[s])) s++;
    while (e > s && /\s/.test(text[e - 1])) e--;
    if (e > s) spans.push({ start: s, end: e });
  };
  ENDS.lastIndex = 0;
  for (let m = ENDS.exec(text); m; m = ENDS.exec(text)) {
    const i = m.index;
    const c = text.charCodeAt(i);
    if (c === 10) {
      push(i);
      start = i + 1;
      continue;
    }
    let j = i + 1;
    while (j < n && /["'”’)\]]/.test(text[j])) j++;
    // A footnote marker after the full stop stays with its sentence: "... in 2023.[16] The next".
    while (j < n && text[j] === '[') {
      const close = text.indexOf(']', j);
      if (close === -1 || close - j > 4 || !/^\[\d+$/.test(text.slice(j, close))) break;
      j = close + 1;
    }
    if (j < n && !isSpace(text.charCodeAt(j)) && text.charCodeAt(j) !== 10 && text.charCodeAt(j) !== 13) continue;
    let k = j;
    while (k < n && isSpace(text.charCodeAt(k))) k++;
    if (k < n && !/[A-Z0-9"“‘'(\[]/.test(text[k]) && text.charCodeAt(k) !== 10 && text.charCodeAt(k) !== 13) continue;
    if (c === 46 && endsAbbreviation(text, i) && k < n && /[A-Z]/.test(text[k])) {
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
