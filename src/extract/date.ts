// Dates: every calendar reference that can be pinned ("February 14, 2024", "October 2023", "in 2018", "the 1980s",
// "late 2023", "fiscal year 2024", "Reiwa 6", "from 2022 to 2026"), with its ISO value. A date written without its
// year ("April 10", "In May") takes the nearest explicit year before it in the body text, else the article's latest
// year, and is marked inferred. Relative expressions ("last year") are reported without a value.
// date-scan.ts finds single dates, date-range.ts joins ranges, date-relative.ts finds relative expressions.

import type { DateEntity, DatePrecision, Found } from '../types.js';
import { isCitation, within, type ExtractContext } from './context.js';
import { scanDates, type DateAtom, type DatePoint } from './date-scan.js';
import { joinRanges } from './date-range.js';
import { findRelativeDates } from './date-relative.js';

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

function formatPoint(p: DatePoint): string {
  let s = String(p.year);
  if (p.month !== undefined) s += `-${pad(p.month)}`;
  if (p.day !== undefined) s += `-${pad(p.day)}`;
  return s;
}

/** Fills the missing year of a yearless atom; a range end in an earlier month falls in the next year ("December to March"). */
function withYear(a: DateAtom, year: number): DateAtom {
  const from = { ...a.from, year };
  if (!a.to) return { ...a, from };
  const wraps = a.to.month !== undefined && a.from.month !== undefined && a.to.month < a.from.month;
  return { ...a, from, to: { ...a.to, year: year + (wraps ? 1 : 0) } };
}

/**
 * The year a date sets as the time the text is at, for the dates without a year after it: none for a decade, a
 * target ("by 2027") or a span of years ("2021-2030", often a plan's horizon); the later end of a dated range.
 */
function anchorYear(a: DateAtom): number | undefined {
  if (a.from.year === undefined || a.precision === 'decade' || a.target || (a.to && a.precision === 'year')) return undefined;
  return a.to?.year ?? a.from.year;
}

/**
 * The year a date without one takes when no body year precedes it: the latest year of a body date precise to the
 * month or day (events are dated that way; a bare year is as often a target or a forecast), else the latest body
 * year, else the latest year in the notes.
 */
function fallbackYear(atoms: DateAtom[], ctx: ExtractContext): number | undefined {
  let dated: number | undefined;
  let body: number | undefined;
  let notes: number | undefined;
  for (const a of atoms) {
    const year = anchorYear(a);
    if (year === undefined) continue;
    if (isCitation(ctx, a.start)) notes = Math.max(notes ?? year, year);
    else {
      body = Math.max(body ?? year, year);
      if (a.precision === 'month' || a.precision === 'day') dated = Math.max(dated ?? year, year);
    }
  }
  return dated ?? body ?? notes;
}

function toFound(ctx: ExtractContext, a: DateAtom, inferred: boolean): Found<DateEntity> {
  const value = a.precision === 'decade' ? `${a.from.year}s` : formatPoint(a.from);
  // Built field by field, not with a spread of an optional part: the same keys in the same order, made much faster.
  const found = { type: 'date', text: ctx.text.slice(a.start, a.end), start: a.start, end: a.end, rule: a.rule, value } as Found<DateEntity>;
  if (a.to) found.endValue = formatPoint(a.to);
  found.precision = a.precision;
  found.inferred = inferred;
  found.fiscal = a.fiscal;
  found.citation = isCitation(ctx, a.start);
  found.canonical = value;
  found.id = `date-${value}`;
  return found;
}

function relativeFound(ctx: ExtractContext, start: number, end: number, precision: DatePrecision): Found<DateEntity> {
  return {
    type: 'date',
    text: ctx.text.slice(start, end),
    start,
    end,
    rule: 'date:relative',
    precision,
    inferred: false,
    fiscal: false,
    citation: isCitation(ctx, start),
    relative: true,
  };
}

export function findDates(ctx: ExtractContext): Found<DateEntity>[] {
  // A date that starts inside a URL is part of the address ("/2024/04/10/"). One that only ends inside a URL span
  // is prose the URL finder swallowed with a fragment ("June 28, 2023,,Government’s%20first...").
  const atoms = joinRanges(ctx.text, scanDates(ctx.text).filter((a) => !within(ctx.urls, a.start)));
  const fallback = fallbackYear(atoms, ctx);
  const found: Found<DateEntity>[] = [];
  let lastYear: number | undefined;
  for (const a of atoms) {
    if (a.from.year !== undefined) {
      const date = toFound(ctx, a, false);
      found.push(date);
      const year = date.citation ? undefined : anchorYear(a);
      if (year !== undefined) lastYear = year;
      continue;
    }
    const year = (isCitation(ctx, a.start) ? undefined : lastYear) ?? fallback;
    if (year !== undefined) found.push(toFound(ctx, withYear(a, year), true));
  }

  const dated = found.slice();
  let j = 0;
  for (const r of findRelativeDates(ctx.text)) {
    while (j < dated.length && dated[j].end <= r.start) j++;
    if (j < dated.length && dated[j].start < r.end) continue;
    if (within(ctx.urls, r.start)) continue;
    found.push(relativeFound(ctx, r.start, r.end, r.precision));
  }
  return found.sort((x, y) => x.start - y.start);
}
