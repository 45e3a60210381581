// Relative time expressions ("last year", "later this year", "five months later", "the past two years"). They cannot be
// pinned to the calendar without the article's own date, so they are reported without a value.

import type { DatePrecision } from '../types.js';
import { SP } from './date-patterns.js';
import { readAt } from '../text/anchored.js';

export interface RelativeSpan {
  start: number;
  end: number;
  precision: DatePrecision;
}

const COUNT = '(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a few|\\d{1,2})';
const UNIT = '(?:years?|months?|weeks?|days?|decades?)';
const SINGLE_UNIT = '(?:year|month|week|decade|spring|summer|autumn|fall|winter)';
const WHICH = `(?:last|this|next|the${SP}(?:previous|following|coming|past))`;

const RELATIVE = new RegExp(
  `\\b(?:(?:later|earlier)${SP}this${SP}(?:year|month|week)|` +
    `${COUNT}${SP}${UNIT}${SP}(?:later|earlier|ago|before|after)|` +
    `(?:the${SP})?(?:past|last|next|coming|previous|following)${SP}(?:two|three|four|five|six|seven|eight|nine|ten|several|few|\\d{1,2})${SP}${UNIT}|` +
    `${WHICH}${SP}${SINGLE_UNIT})\\b`,
  // Sticky: tried only where an expression can start (see findRelativeDates).
  'iy',
);

// Every expression holds a space and then its unit word ("last year", "two months later"), at most LONGEST_LEAD
// characters after its start ("the following several years"). That pair is rare and quick to search for, so the
// long pattern is tried only in the few characters before each, not at every word of the text.
const SPACE_UNIT = new RegExp(`${SP}(?:year|month|week|day|decade|spring|summer|autumn|fall|winter)`, 'gi');
const LONGEST_LEAD = 'the following several'.length;

function precisionOf(phrase: string): DatePrecision {
  const p = phrase.toLowerCase();
  if (/\b(?:weeks?|days?)\b/.test(p)) return 'day';
  if (/\b(?:months?|spring|summer|autumn|fall|winter)\b/.test(p)) return 'month';
  if (/\bdecades?\b/.test(p)) return 'decade';
  return 'year';
}

/** The expressions that start at the given positions (ascending), each read from where the last one ended.
 * findRelativeDates passes the positions where one can start; passing every position gives the same, only slower. */
export function readRelativeDates(text: string, starts: Iterable<number>): RelativeSpan[] {
  const spans: RelativeSpan[] = [];
  readAt(text, RELATIVE, starts, (m) => {
    const end = m.index + m[0].length;
    spans.push({ start: m.index, end, precision: precisionOf(m[0]) });
    return end;
  });
  return spans;
}

function isWordChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;
}

/** The word starts up to LONGEST_LEAD characters before each space-and-unit, ascending, each once: every expression
 * opens with a word at a word boundary. */
function expressionStarts(text: string): number[] {
  const starts: number[] = [];
  let next = 0;
  SPACE_UNIT.lastIndex = 0;
  for (let m = SPACE_UNIT.exec(text); m; m = SPACE_UNIT.exec(text)) {
    for (let p = Math.max(next, m.index - LONGEST_LEAD); p < m.index; p++) {
      if (isWordChar(text.charCodeAt(p)) && !(p > 0 && isWordChar(text.charCodeAt(p - 1)))) starts.push(p);
    }
    next = Math.max(next, m.index);
  }
  return starts;
}

export function findRelativeDates(text: string): RelativeSpan[] {
  return readRelativeDates(text, expressionStarts(text));
}
