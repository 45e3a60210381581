// The pieces of the date grammar shared by the scanner and the range pass: month names, spacing, dashes, and the
// words around a number that make it a date or rule it out. Every quantifier is bounded, and every look-behind runs
// on a slice of a few dozen characters, so each test costs a constant and a scan stays linear.

/** Spacing inside a date: space, tab, no-break and thin spaces, but never a line break. */
export const SP = '[ \\t\\u00a0\\u2009\\u202f]';
/** Hyphen, non-breaking hyphen, figure dash, en dash, em dash. */
export const DASH = '[-\\u2010\\u2011\\u2012\\u2013\\u2014]';

// Full names before abbreviations so "June" is not read as "Jun"; "Sept" before "Sep".
export const MONTH =
  '(?:January|February|March|April|May|June|July|August|September|October|November|December|' +
  'Sept|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)';

const MONTH_KEYS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// Every spelling MONTH matches, looked up whole: no slicing and lower-casing for each month a text names.
const MONTH_NUMBERS = new Map(
  MONTH.slice(3, -1).split('|').map((name) => [name, MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase()) + 1]),
);

/** 1-12 for a month name or abbreviation matched by MONTH. */
export function monthNumber(name: string): number {
  return MONTH_NUMBERS.get(name) ?? MONTH_KEYS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** True for "Oct", "Sept": an abbreviation may carry a full stop that belongs to the date. */
export function isAbbreviatedMonth(name: string): boolean {
  return name.length <= 4 && name !== 'May' && name !== 'June' && name !== 'July';
}

export function daysInMonth(year: number | undefined, month: number): number {
  if (month === 2) return year === undefined || (year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0)) ? 29 : 28;
  return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

export const MIN_YEAR = 1900;
export const MAX_YEAR = 2099;

export function isYear(n: number): boolean {
  return n >= MIN_YEAR && n <= MAX_YEAR;
}

const WINDOW = 48;

/** Length of the match of `re` (anchored with `$`) on the text just before `pos` and after `floor`, or 0. */
export function lookBack(text: string, pos: number, re: RegExp, floor = 0): number {
  const m = re.exec(text.slice(Math.max(floor, pos - WINDOW), pos));
  return m ? m[0].length : 0;
}

/** Length of the match of the sticky `re` at `pos`, or 0. */
export function lookAhead(text: string, pos: number, re: RegExp): number {
  re.lastIndex = pos;
  const m = re.exec(text);
  return m ? m[0].length : 0;
}

// What may follow a number that is a year or a day: not a letter, digit, underscore, percent sign or slash, and not
// a decimal or thousands separator or a dash followed by more digits ("2024.5", "2,024", "03-2024-5678").
export const NUMBER_END = `(?![\\p{L}\\p{N}_%/]|[.,]\\d|${DASH}\\d)`;
const ENDS_NUMBER = new RegExp(NUMBER_END, 'uy');

/** True when a number ending at `pos` is not glued to what follows. */
export function endsNumber(text: string, pos: number): boolean {
  ENDS_NUMBER.lastIndex = pos;
  return ENDS_NUMBER.test(text);
}

/** True when the character before `pos` glues a number to something that is not a date ("$2024", "ID2024", "v2.2024", "42001:2023"). */
export function gluedLeft(text: string, pos: number): boolean {
  return pos > 0 && /[\p{L}\p{N}_.,:$¥€£₩#@/\\+&=~\-\u2010-\u2014]/u.test(text[pos - 1]);
}

// A number that counts or numbers something: "No. 8", "Vol. 22", "pp. 1995", "ID 1224", "$ 2024", "page 2019",
// and a number right after another ("+81 3 2024 5678").
const NUMBERING = new RegExp(
  `(?:\\b(?:No|Nos|Vol|Vols|p|pp|pg|Art|Arts|Article|Section|Sec|Chapter|Ch|Item|ID|Page|Pages|Room|Tel|Fax|Number|Ver|Version|Rev)\\.?|[#§$¥€£₩]|\\b(?:USD|JPY|EUR|CAD|GBP|CNY|KRW|AUD)|\\d)${SP}{0,8}$`,
  'i',
);

export function numberedLeft(text: string, pos: number): boolean {
  return lookBack(text, pos, NUMBERING) > 0;
}

// A number followed by a unit or a count noun is an amount, not a year ("2024 million", "2000 employees").
const UNIT_AFTER = new RegExp(
  `${SP}{0,8}(?:%|per${SP}?cent\\b|percent\\b|(?:million|billion|trillion|thousand|yen|dollars|euros|won|yuan|pounds|` +
    `people|persons|employees|workers|companies|firms|units|jobs|students|researchers|times|hours|km|` +
    `kilometres|kilometers|tons|tonnes)\\b)`,
  'iy',
);

export function unitAfter(text: string, pos: number): boolean {
  return lookAhead(text, pos, UNIT_AFTER) > 0;
}

// A part of a year or a season before a year or month: "late 2023", "mid-2024", "spring 2024", "the first half of
// 2023", "the end of 2024", "Q3 2024", "pre-2020". It widens the span; the value stays the year or month.
export const PART_PREFIX = new RegExp(
  `(?:\\b(?:(?:early|late|mid)(?:${SP}|-)(?:to-(?:early|late|mid)${SP})?|(?:mid|pre|post)-|` +
    `the${SP}{1,8}(?:first|second|third|fourth|last|final)${SP}{1,8}(?:half|quarter)${SP}{1,8}of${SP}{1,8}|` +
    `(?:the${SP}{1,8})?(?:end|beginning|start|middle|close|turn)${SP}{1,8}of${SP}{1,8}|` +
    `(?:the${SP}{1,8})?(?:spring|summer|autumn|fall|winter)(?:${SP}{1,8}of)?${SP}{1,8}|` +
    `Q[1-4]${SP}{1,8}|[1-4]Q${SP}{1,8}|H[12]${SP}{1,8}))$`,
  'i',
);

/** "the" before a decade belongs to it ("the 1980s"). */
export const THE_PREFIX = new RegExp(`\\bthe${SP}{1,8}$`, 'i');

/** "fiscal year 2024", "Fiscal 2024", "fiscal years 2022 to 2024", "FY2024", "FY 2024". */
export const FISCAL_PREFIX = new RegExp(`(?:\\b[Ff]iscal${SP}{1,8}(?:[Yy]ears?${SP}{1,8})?|\\bFY${SP}?)$`);

/** "the 2024 fiscal year". */
export const FISCAL_SUFFIX = new RegExp(`${SP}{1,8}fiscal${SP}{1,8}year\\b`, 'iy');

/** A year someone aims at ("by 2027") is not the time the text is at, so later dates do not take their year from it. */
export const TARGET_PREFIX = new RegExp(`\\bby${SP}{1,8}$`, 'i');

// A month name alone is a date only after a word that makes it one ("In May", "since March", "by early June", "the
// end of April"), never on its own: "May" is also a modal verb, "March" a verb, "August" an adjective.
export const MONTH_CUE = new RegExp(
  `(?:\\b(?:in|on|since|by|until|till|from|during|through|throughout|before|after|between|around|early|late|mid|` +
    `as${SP}of|(?:end|beginning|start|middle)${SP}of)${SP}{1,8}|\\bmid-)$`,
  'i',
);

/** "from" or "between" before the first end of a range belongs to the range. */
export const RANGE_OPENER = new RegExp(`\\b(?:from|between)${SP}{1,8}$`, 'i');
export const BETWEEN = new RegExp(`\\bbetween${SP}{1,8}$`, 'i');

/** Day ordinal suffix: "1st", "22nd". */
export const ORDINAL = '(?:st|nd|rd|th)?';
