// What every extraction result must satisfy, whatever the input: shared by the property and linear-time tests.

import type { Entity } from '../../src/types.js';

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** ISO `YYYY`, `YYYY-MM`, `YYYY-MM-DD` with a real day (29 February only in a leap year), or a decade `1980s`. */
export function isIsoDate(value: string): boolean {
  if (/^\d{3}0s$/.test(value) || /^\d{4}$/.test(value)) return true;
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(value);
  if (!m) return false;
  const [year, month] = [Number(m[1]), Number(m[2])];
  if (month < 1 || month > 12) return false;
  if (m[3] === undefined) return true;
  const day = Number(m[3]);
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const last = month === 2 && !leap ? 28 : DAYS_IN_MONTH[month - 1];
  return day >= 1 && day <= last;
}

const positive = (n: unknown) => typeof n === 'number' && Number.isFinite(n) && n > 0;

/** Line starts of `source`, for line/column checks that stay linear on a megabyte with many entities. */
function lineStarts(source: string): number[] {
  const starts = [0];
  for (let i = source.indexOf('\n'); i !== -1; i = source.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function lineOf(starts: number[], offset: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}

/** Everything wrong with one entity, as short phrases; empty when it keeps the contract. */
function entityProblems(source: string, starts: number[], e: Entity): string[] {
  const problems: string[] = [];
  if (!(Number.isInteger(e.start) && Number.isInteger(e.end) && 0 <= e.start && e.start < e.end && e.end <= source.length)) {
    problems.push(`bad span ${e.start}..${e.end}`);
  }
  if (e.text !== source.slice(e.start, e.end)) problems.push(`text ${JSON.stringify(e.text)} is not the slice ${JSON.stringify(source.slice(e.start, e.end))}`);
  const line = lineOf(starts, e.start);
  const column = e.start - starts[line - 1] + 1;
  if (e.line !== line || e.column !== column) problems.push(`line/column ${e.line}:${e.column}, expected ${line}:${column}`);
  if (!e.canonical || !e.id) problems.push('no canonical name or id');
  if (e.type === 'funding') {
    if (!positive(e.amount)) problems.push(`amount ${e.amount}`);
    if (e.amountMax !== undefined && !positive(e.amountMax)) problems.push(`amountMax ${e.amountMax}`);
    // A positive amount may round to 0 USD ("$0.001"); it may not be negative or infinite.
    if (e.usd !== undefined && !(Number.isFinite(e.usd) && e.usd >= 0)) problems.push(`usd ${e.usd}`);
    for (const q of e.equivalents) if (!positive(q.amount)) problems.push(`equivalent ${q.amount} ${q.currency}`);
  }
  if (e.type === 'date') {
    if (e.value !== undefined && !isIsoDate(e.value)) problems.push(`date value ${e.value}`);
    if (e.endValue !== undefined && !isIsoDate(e.endValue)) problems.push(`date endValue ${e.endValue}`);
    if (e.value === undefined && !e.relative) problems.push('date without a value that is not relative');
  }
  return problems;
}

/** The first entities that break the contract, with what is wrong, for a readable failure. */
export function contractBreaches(source: string, entities: Entity[], limit = 5): { entity: Partial<Entity>; problems: string[] }[] {
  const out: { entity: Partial<Entity>; problems: string[] }[] = [];
  const starts = lineStarts(source);
  for (const e of entities) {
    const problems = entityProblems(source, starts, e);
    if (problems.length === 0) continue;
    out.push({ entity: { type: e.type, text: e.text, start: e.start, end: e.end, rule: e.rule }, problems });
    if (out.length >= limit) break;
  }
  return out;
}
