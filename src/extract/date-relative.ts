// Relative time expressions ("last year", "later this year", "five months later", "the past two years"). They cannot be
// pinned to the calendar without the article's own date, so they are reported without a value.

import type { DatePrecision } from '../types.js';
import { SP } from './date-patterns.js';

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
  'gi',
);

function precisionOf(phrase: string): DatePrecision {
  const p = phrase.toLowerCase();
  if (/\b(?:weeks?|days?)\b/.test(p)) return 'day';
  if (/\b(?:months?|spring|summer|autumn|fall|winter)\b/.test(p)) return 'month';
  if (/\bdecades?\b/.test(p)) return 'decade';
  return 'year';
}

export function findRelativeDates(text: string): RelativeSpan[] {
  const spans: RelativeSpan[] = [];
  RELATIVE.lastIndex = 0;
  for (let m = RELATIVE.exec(text); m; m = RELATIVE.exec(text)) {
    spans.push({ start: m.index, end: m.index + m[0].length, precision: precisionOf(m[0]) });
  }
  return spans;
}
