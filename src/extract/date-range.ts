// Joins two dates written as one range ("from 2022 to 2026", "between 2020 and 2022", "from May 2023 to August 2024",
// "May–June 2024") into one atom, and lets a date in a list take the year written after it ("May and June 2024").
// A month alone with no cue ("May") survives only here, as an end of a range or a list.

import type { DateAtom, DatePoint } from './date-scan.js';
import { BETWEEN, DASH, RANGE_OPENER, SP, lookBack } from './date-patterns.js';

const RANGE_WORD = new RegExp(`^${SP}{0,3}(?:${DASH}|to|until|till|through)${SP}{0,3}$`, 'i');
const AND = new RegExp(`^${SP}{1,3}and${SP}{1,3}$`, 'i');
const LIST = new RegExp(`^${SP}{1,3}(?:and|or)${SP}{1,3}$`, 'i');
/** Longer gaps cannot match the connectors above; checking the length first keeps the test constant-time. */
const MAX_GAP = 16;

function monthLevel(a: DateAtom): boolean {
  return a.precision === 'month' || a.precision === 'day';
}

function hasYear(a: DateAtom): boolean {
  return a.from.year !== undefined;
}

/** Orders two points; a missing part counts as the earliest. */
function compare(a: DatePoint, b: DatePoint): number {
  return (a.year ?? 0) - (b.year ?? 0) || (a.month ?? 0) - (b.month ?? 0) || (a.day ?? 0) - (b.day ?? 0);
}

function join(text: string, a: DateAtom, b: DateAtom): DateAtom | undefined {
  if ((a.precision === 'decade') !== (b.precision === 'decade')) return undefined;
  // "May–June 2024": a bare first month borrows the second's year; "from May to July": a bare second month follows.
  if (a.weak && !(hasYear(b) && monthLevel(b))) return undefined;
  if (b.weak && !monthLevel(a)) return undefined;
  const from: DatePoint = { ...a.from };
  const to: DatePoint = { ...b.from };
  if (from.year === undefined && to.year !== undefined) {
    from.year = to.year - (from.month !== undefined && to.month !== undefined && from.month > to.month ? 1 : 0);
  } else if (to.year === undefined && from.year !== undefined) {
    to.year = from.year + (from.month !== undefined && to.month !== undefined && to.month < from.month ? 1 : 0);
  }
  if (from.year !== undefined && to.year !== undefined && compare(to, from) <= 0) return undefined;
  return {
    start: a.start - lookBack(text, a.start, RANGE_OPENER),
    end: b.end,
    from,
    to,
    precision: a.precision,
    fiscal: a.fiscal || b.fiscal,
    rule: 'date:range',
  };
}

/** The atoms with ranges joined and lone month names dropped, in order. */
export function joinRanges(text: string, atoms: DateAtom[]): DateAtom[] {
  const out: DateAtom[] = [];
  const list = atoms.slice();
  for (let i = 0; i < list.length; i++) {
    const a = list[i];
    const b = list[i + 1];
    if (b && !a.to && !b.to && b.start - a.end <= MAX_GAP) {
      const gap = text.slice(a.end, b.start);
      if (RANGE_WORD.test(gap) || (AND.test(gap) && lookBack(text, a.start, BETWEEN) > 0)) {
        const joined = join(text, a, b);
        if (joined) {
          out.push(joined);
          i++;
          continue;
        }
      } else if (LIST.test(gap) && monthLevel(a) && monthLevel(b)) {
        // "May and June 2024": the first takes the year written after the second.
        if (!hasYear(a) && hasYear(b)) list[i] = { ...a, from: { ...a.from, year: b.from.year }, weak: false };
        else if (!a.weak) list[i + 1] = { ...b, weak: false };
      }
    }
    if (!list[i].weak) out.push(list[i]);
  }
  return out;
}
