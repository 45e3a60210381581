// Finds the single dates of a text in one left-to-right pass: one regex finds anchors (a run of digits, a month name,
// an era name), and small sticky regexes read the date that starts there ("May 11, 2023", "14 February 2024",
// "2024-02-14", "2013-2016", "FY2024", "the 1980s", "Reiwa 6"). Words before the anchor ("late", "fiscal year",
// "the first half of") are read on a bounded slice. Ranges joined by words ("from 2022 to 2026") are date-range.ts.

import type { DatePrecision } from '../types.js';
import {
  DASH, FISCAL_PREFIX, FISCAL_SUFFIX, MONTH, MONTH_CUE, NUMBER_END, ORDINAL, PART_PREFIX, SP, TARGET_PREFIX, THE_PREFIX,
  daysInMonth, endsNumber, gluedLeft, isAbbreviatedMonth, isYear, lookAhead, lookBack, monthNumber, numberedLeft,
  unitAfter,
} from './date-patterns.js';
import { eraNamesPattern, eraYear } from './date-eras.js';

export interface DatePoint {
  year?: number;
  month?: number;
  day?: number;
}

/** A date as written, before ranges are joined and missing years are filled in. */
export interface DateAtom {
  start: number;
  end: number;
  from: DatePoint;
  /** The other end, for a range. */
  to?: DatePoint;
  precision: DatePrecision;
  fiscal: boolean;
  rule: string;
  /** A month name with no day, year or cue ("May"): a date only as an end of a range or list. */
  weak?: boolean;
  /** "by 2027": a target year. */
  target?: boolean;
}

const DAY_AFTER_MONTH = new RegExp(`(,${SP}{0,8}|${SP}{1,8})(\\d{1,2})${ORDINAL}(?![\\p{L}\\p{N}]|[.,]\\d)`, 'uy');
const DAY_RANGE_END = new RegExp(
  `${SP}{0,8}(?:${DASH}|to\\b|through\\b|until\\b|and\\b)${SP}{0,8}(?:(${MONTH})\\b\\.?${SP}{1,8})?(\\d{1,2})${ORDINAL}(?![\\p{L}\\p{N}]|[.,]\\d)`,
  'uy',
);
const YEAR_AFTER_DAY = new RegExp(`(?:,${SP}{0,8}|${SP}{1,8})(\\d{4})${NUMBER_END}`, 'uy');
const YEAR_AFTER_MONTH = new RegExp(`(?:,|${SP}{1,8}of)?${SP}{1,8}(\\d{4})${NUMBER_END}`, 'uy');
const DAY_FIRST = new RegExp(
  `(\\d{1,2})${ORDINAL}(?:${SP}{0,8}(?:${DASH}|to|and)${SP}{0,8}(\\d{1,2})${ORDINAL})?${SP}{1,8}(?:of${SP}{1,8})?` +
    `(${MONTH})\\b(\\.)?(?:,?${SP}{1,8}(\\d{4})${NUMBER_END})?`,
  'uy',
);
// "2024-02-14", "2024/2/14", and the "2024.03.15" of Japanese press releases (two-digit parts only: not a version).
const ISO_REST = /(?:-(\d{2})-(\d{2})|\/(\d{1,2})\/(\d{1,2})|\.(\d{2})\.(\d{2}))(?![\p{L}\p{N}_]|[-/.]\d)/uy;
// "2013-2016", "2019–22", and "2023/24" (a slash only between consecutive years: a fiscal or school year).
const YEAR_RANGE_END = new RegExp(`(?:${SP}{0,8}${DASH}${SP}{0,8}|(/))(\\d{4}|\\d{2})${NUMBER_END}`, 'uy');
const DECADE_S = /['’]?s(?![\p{L}\p{N}])/uy;
const KANJI_REST = /年(度)?(?:(\d{1,2})月(?:(\d{1,2})日)?)?/uy;
const FY_TWO_DIGITS = /\bFY$/;
const MONTH_TOKEN = new RegExp(`^${MONTH}$`);

let compiled: { anchor: RegExp; era: RegExp } | undefined;

/** The anchor and era patterns, built once from the era table. */
function patterns(): { anchor: RegExp; era: RegExp } {
  if (compiled) return compiled;
  const eras = eraNamesPattern();
  compiled = {
    // No `u` flag: nothing here matches outside the Basic Multilingual Plane, and the search runs faster without it.
    anchor: new RegExp(`\\d+|\\b${MONTH}\\b|${eras}`, 'g'),
    era: new RegExp(
      `(${eras})(?:${SP}{1,8}[Ee]ra)?(?:,?${SP}{1,8})(\\d{1,2}|[Gg]annen)(?![\\p{L}\\p{N}])|` +
        `(${eras})(\\d{1,2}|元)年(度)?(?:(\\d{1,2})月(?:(\\d{1,2})日)?)?`,
      'uy',
    ),
  };
  return compiled;
}

function validDay(year: number | undefined, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A year the text may write next to a day or month: in range and not an amount ("May 3 2000 people"). */
function yearAt(text: string, m: RegExpExecArray | null, yearGroup: number): number | undefined {
  if (!m || m[yearGroup] === undefined) return undefined;
  const year = Number(m[yearGroup]);
  return isYear(year) && !unitAfter(text, m.index + m[0].length) ? year : undefined;
}

function exec(re: RegExp, text: string, pos: number): RegExpExecArray | null {
  re.lastIndex = pos;
  return re.exec(text);
}

/** At a run of four digits: a decade, a kanji date, an ISO date, a year range, or a year. */
function atFourDigits(text: string, p: number, y: number, floor: number): DateAtom | undefined {
  const q = p + 4;
  const decade = exec(DECADE_S, text, q);
  if (decade && y % 10 === 0 && isYear(y)) {
    const part = lookBack(text, p, PART_PREFIX, floor);
    const start = p - part - lookBack(text, p - part, THE_PREFIX, floor);
    if (start === p && gluedLeft(text, p)) return undefined;
    return { start, end: q + decade[0].length, from: { year: y }, precision: 'decade', fiscal: false, rule: 'date:decade' };
  }
  if (!isYear(y)) return undefined;

  const fiscalLen = lookBack(text, p, FISCAL_PREFIX, floor);
  const partLen = lookBack(text, p - fiscalLen, PART_PREFIX, floor);
  const start = p - fiscalLen - partLen;
  if (start === p && (gluedLeft(text, p) || numberedLeft(text, p))) return undefined;
  const prefixFiscal = fiscalLen > 0;

  const kanji = exec(KANJI_REST, text, q);
  if (kanji) return kanjiAtom(start, q + kanji[0].length, y, kanji[2], kanji[3], prefixFiscal || kanji[1] !== undefined);

  const iso = exec(ISO_REST, text, q);
  if (iso) {
    const month = Number(iso[1] ?? iso[3] ?? iso[5]);
    const day = Number(iso[2] ?? iso[4] ?? iso[6]);
    if (!validDay(y, month, day)) return undefined;
    return { start, end: q + iso[0].length, from: { year: y, month, day }, precision: 'day', fiscal: false, rule: 'date:iso' };
  }

  const range = exec(YEAR_RANGE_END, text, q);
  if (range) {
    const written = range[2];
    const y2 = written.length === 2 ? y - (y % 100) + Number(written) : Number(written);
    if (!isYear(y2) || y2 <= y || (range[1] !== undefined && y2 !== y + 1)) return undefined;
    const end = q + range[0].length;
    // "FY2024-25" names one fiscal year by the two calendar years it spans.
    const suffix = prefixFiscal ? 0 : lookAhead(text, end, FISCAL_SUFFIX);
    if ((prefixFiscal || suffix > 0) && y2 === y + 1) {
      return { start, end: end + suffix, from: { year: y }, precision: 'year', fiscal: true, rule: 'date:fiscal-year' };
    }
    return { start, end, from: { year: y }, to: { year: y2 }, precision: 'year', fiscal: prefixFiscal, rule: 'date:year-range' };
  }

  if (!endsNumber(text, q) || unitAfter(text, q)) return undefined;
  const suffix = prefixFiscal ? 0 : lookAhead(text, q, FISCAL_SUFFIX);
  const fiscal = prefixFiscal || suffix > 0;
  const target = !fiscal && lookBack(text, start, TARGET_PREFIX, floor) > 0;
  return {
    start, end: q + suffix, from: { year: y }, precision: 'year', fiscal,
    rule: fiscal ? 'date:fiscal-year' : 'date:year', ...(target ? { target } : {}),
  };
}

function kanjiAtom(start: number, end: number, year: number, month?: string, day?: string, fiscal = false): DateAtom | undefined {
  const from: DatePoint = { year };
  if (month !== undefined) from.month = Number(month);
  if (day !== undefined) from.day = Number(day);
  if (from.month !== undefined && (from.month < 1 || from.month > 12)) return undefined;
  if (from.day !== undefined && !validDay(year, from.month!, from.day)) return undefined;
  const precision: DatePrecision = from.day !== undefined ? 'day' : from.month !== undefined ? 'month' : 'year';
  return { start, end, from, precision, fiscal: fiscal && precision === 'year', rule: 'date:kanji' };
}

/** At a run of one or two digits: "14 February 2024", "10–12 April", "FY24". */
function atShortNumber(text: string, p: number, digits: string, floor: number): DateAtom | undefined {
  if (digits.length === 2 && text[p - 1] === 'Y' && lookBack(text, p, FY_TWO_DIGITS, floor) > 0) {
    const q = p + 2;
    if (!endsNumber(text, q) || unitAfter(text, q)) return undefined;
    return { start: p - 2, end: q, from: { year: 2000 + Number(digits) }, precision: 'year', fiscal: true, rule: 'date:fiscal-year' };
  }
  // Most small numbers are not followed by a month: that test fails first and saves reading what is before them.
  const m = exec(DAY_FIRST, text, p);
  if (!m || gluedLeft(text, p) || numberedLeft(text, p)) return undefined;
  const month = monthNumber(m[3]);
  const year = yearAt(text, m, 5);
  if (m[5] !== undefined && year === undefined) return undefined;
  const day = Number(m[1]);
  if (!validDay(year, month, day)) return undefined;
  let end = p + m[0].length;
  // A full stop after a full month name with nothing after it ends the sentence, not the date.
  if (m[4] !== undefined && m[5] === undefined && !isAbbreviatedMonth(m[3])) end--;
  const from: DatePoint = { year, month, day };
  const rule = year !== undefined ? 'date:day-month-year' : 'date:day-month';
  if (m[2] === undefined) return { start: p, end, from, precision: 'day', fiscal: false, rule };
  const day2 = Number(m[2]);
  if (day2 <= day || !validDay(year, month, day2)) return undefined;
  return { start: p, end, from, to: { year, month, day: day2 }, precision: 'day', fiscal: false, rule: 'date:day-range' };
}

/** At a month name: "May 11, 2023", "May 2 to 3", "April 10–12, 2024", "September, 13, 2024", "Oct. 2023", "In May". */
function atMonth(text: string, p: number, name: string, floor: number): DateAtom | undefined {
  const month = monthNumber(name);
  let q = p + name.length;
  if (isAbbreviatedMonth(name) && text[q] === '.') q++;
  const partLen = lookBack(text, p, PART_PREFIX, floor);
  const start = p - partLen;

  const dayMatch = exec(DAY_AFTER_MONTH, text, q);
  if (dayMatch) {
    const day = Number(dayMatch[2]);
    let r = q + dayMatch[0].length;
    const rangeMatch = exec(DAY_RANGE_END, text, r);
    if (rangeMatch) r += rangeMatch[0].length;
    const yearMatch = exec(YEAR_AFTER_DAY, text, r);
    const year = yearAt(text, yearMatch, 1);
    // "September, 13, 2024" is a date; "In May, 12 ministers" is not.
    const strayComma = dayMatch[1].startsWith(',');
    if ((!strayComma || year !== undefined) && validDay(year, month, day)) {
      const end = year !== undefined ? r + yearMatch![0].length : r;
      const from: DatePoint = { year, month, day };
      const rule = year !== undefined ? 'date:month-day-year' : 'date:month-day';
      if (!rangeMatch) return { start, end, from, precision: 'day', fiscal: false, rule };
      const month2 = rangeMatch[1] ? monthNumber(rangeMatch[1]) : month;
      const to: DatePoint = { year, month: month2, day: Number(rangeMatch[2]) };
      if (validDay(year, month2, to.day!) && (month2 > month || (month2 === month && to.day! > day))) {
        return { start, end, from, to, precision: 'day', fiscal: false, rule: 'date:day-range' };
      }
    }
  }

  const yearMatch = exec(YEAR_AFTER_MONTH, text, q);
  const year = yearAt(text, yearMatch, 1);
  if (year !== undefined) {
    return { start, end: q + yearMatch![0].length, from: { year, month }, precision: 'month', fiscal: false, rule: 'date:month-year' };
  }
  // A month alone needs its full name: "by Jan Smith" is not January.
  if (isAbbreviatedMonth(name)) return undefined;
  const cue = partLen > 0 || lookBack(text, p, MONTH_CUE, floor) > 0;
  return { start, end: p + name.length, from: { month }, precision: 'month', fiscal: false, rule: 'date:month', ...(cue ? {} : { weak: true }) };
}

/** At an era name: "Reiwa 6", "Heisei 31", "fiscal Reiwa 6", "令和6年", "令和6年度". */
function atEra(text: string, p: number, era: RegExp, floor: number): DateAtom | undefined {
  if (/[A-Za-z]/.test(text[p]) && p > 0 && /[\p{L}\p{N}]/u.test(text[p - 1])) return undefined;
  const m = exec(era, text, p);
  if (!m) return undefined;
  const fiscalLen = lookBack(text, p, FISCAL_PREFIX, floor);
  const partLen = lookBack(text, p - fiscalLen, PART_PREFIX, floor);
  const start = p - fiscalLen - partLen;
  const end = p + m[0].length;
  const name = m[1] ?? m[3];
  const n = m[2] ?? m[4];
  const year = eraYear(name, /^\d+$/.test(n) ? Number(n) : 1);
  if (year === undefined || !isYear(year)) return undefined;
  if (m[3] !== undefined) {
    const atom = kanjiAtom(start, end, year, m[6], m[7], fiscalLen > 0 || m[5] !== undefined);
    return atom && { ...atom, rule: 'date:era-year' };
  }
  return { start, end, from: { year }, precision: 'year', fiscal: fiscalLen > 0, rule: 'date:era-year' };
}

/** Every single date in `text`, in order, not overlapping. */
export function scanDates(text: string): DateAtom[] {
  const { anchor, era } = patterns();
  const atoms: DateAtom[] = [];
  let floor = 0;
  anchor.lastIndex = 0;
  for (let m = anchor.exec(text); m; m = anchor.exec(text)) {
    const p = m.index;
    const token = m[0];
    let atom: DateAtom | undefined;
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57) {
      if (token.length === 4) atom = atFourDigits(text, p, Number(token), floor);
      else if (token.length <= 2) atom = atShortNumber(text, p, token, floor);
    } else if (MONTH_TOKEN.test(token)) {
      atom = atMonth(text, p, token, floor);
    } else {
      atom = atEra(text, p, era, floor);
    }
    if (!atom) continue;
    atoms.push(atom);
    floor = atom.end;
    if (atom.end > anchor.lastIndex) anchor.lastIndex = atom.end;
  }
  return atoms;
}
