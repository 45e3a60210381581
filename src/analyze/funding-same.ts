// When two funding figures are the same money: mentions of one figure in an article, the same money
// reported by two articles, and an article's own conversion of a figure stated outside brackets.
// Lookups go through maps of values and a sorted list, so a corpus with many figures stays near-linear.

import type { FundingEntity, FundingRole } from '../types.js';
import type { FundingRow, Source } from './funding.js';

/** Roles that say what something is worth, not money that moves. */
export const WORTH_ROLES = ['market-size', 'valuation'] as const;
export type WorthRole = (typeof WORTH_ROLES)[number];

export const isWorth = (role: FundingRole): role is WorthRole => (WORTH_ROLES as readonly string[]).includes(role);

/** Money moved (any role but a worth) or the same worth role. */
const sameKind = (a: FundingRole, b: FundingRole) => a === b || (!isWorth(a) && !isWorth(b));

const agree = <T>(a?: T, b?: T) => a === undefined || b === undefined || a === b;

/** Keys for every value a figure states: its own amount and its bracketed conversions. */
function valueKeys(f: Pick<FundingEntity, 'currency' | 'amount' | 'amountMax' | 'equivalents'>): string[] {
  return [`${f.currency} ${f.amount} ${f.amountMax ?? ''}`, ...f.equivalents.map((q) => `${q.currency} ${q.amount} `)];
}

function file<T>(map: Map<string, Set<T>>, key: string, value: T): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

type Profile = Pick<FundingEntity, 'role' | 'funder' | 'recipient' | 'year'>;

/** A mention of a figure so far known by `p`: the same kind, and no disagreeing party or year ("in 2015 ... ¥1 billion" and "in 2020 ... ¥1 billion" are two). */
function fits(p: Profile, f: FundingEntity): boolean {
  return sameKind(p.role, f.role) && agree(p.funder, f.funder) && agree(p.recipient, f.recipient) && agree(p.year, f.year);
}

/**
 * Groups an article's mentions (sorted by start) into figures: the same value, the same kind, no disagreeing
 * party or year. A span inside another figure's span is that figure's bracketed conversion, never a figure of its own.
 */
export function figuresOf(funding: FundingEntity[]): FundingEntity[][] {
  const groups: FundingEntity[][] = [];
  // What each group's mentions say together (the first of each that says it), so a match is one comparison.
  const profiles: Profile[] = [];
  const byKey = new Map<string, Set<number>>();
  let lastEnd = -1;
  for (const f of funding) {
    if (f.start < lastEnd) continue;
    lastEnd = f.end;
    const keys = valueKeys(f);
    const candidates = [...new Set(keys.flatMap((k) => [...(byKey.get(k) ?? [])]))].sort((a, b) => a - b);
    const match = candidates.find((g) => fits(profiles[g], f));
    if (match === undefined) {
      groups.push([f]);
      profiles.push({ role: f.role, funder: f.funder, recipient: f.recipient, year: f.year });
    } else {
      groups[match].push(f);
      const p = profiles[match];
      [p.funder, p.recipient, p.year] = [p.funder ?? f.funder, p.recipient ?? f.recipient, p.year ?? f.year];
    }
    for (const k of keys) file(byKey, k, match ?? groups.length - 1);
  }
  return groups;
}

/**
 * Keys under which two reports of the same money meet: each value the row states, its kind (money moved, or one
 * worth role), and its funder or its recipient (the same money: a value in common and the same funder or recipient).
 */
function reportKeys(row: FundingRow): string[] {
  const kind = isWorth(row.role) ? row.role : 'money';
  const parties = [row.funder && `funder ${row.funder.id}`, row.recipient && `recipient ${row.recipient.id}`].filter(Boolean);
  return valueKeys(row).flatMap((value) => parties.map((party) => `${value}|${kind}|${party}`));
}

/** Where a report of some money is: its place among the rows so far, and its source. */
interface Report extends Source {
  index: number;
}

/**
 * Links rows that report the same money in different articles, as they come in corpus order. A later report names
 * the first report of its money (the one counted) in its own `sameAs` at once; the first names every later one, but
 * may be gone by then (a long corpus hands its rows on as soon as they are marked), so those links wait here for
 * `laterReports`. Linking each report to every other would grow with the square of the reports (a clipping archive
 * can repeat one figure thousands of times).
 */
export class ReportLinks {
  // Per key: its first report, then the first from another article (a report never matches its own article).
  private readonly firsts = new Map<string, Report[]>();
  private readonly later = new Map<number, Source[]>();

  /** Links `row`, the `index`-th row so far; true when it reports money an earlier article already reported. */
  link(row: FundingRow, index: number): boolean {
    const keys = reportKeys(row);
    let first: Report | undefined;
    for (const key of keys) {
      const other = this.firsts.get(key)?.find((r) => r.article !== row.article);
      if (other && (!first || other.index < first.index)) first = other;
    }
    if (first) {
      const links = this.later.get(first.index);
      if (links) links.push({ article: row.article, line: row.line });
      else this.later.set(first.index, [{ article: row.article, line: row.line }]);
      row.sameAs.push({ article: first.article, line: first.line });
    }
    const report = { index, article: row.article, line: row.line };
    for (const key of keys) {
      const list = this.firsts.get(key);
      if (!list) this.firsts.set(key, [report]);
      else if (list.length === 1 && list[0].article !== row.article) list.push(report);
    }
    return first !== undefined;
  }

  /** The later reports of the `index`-th row's money, in corpus order: what its `sameAs` lacks. */
  laterReports(index: number): readonly Source[] {
    return this.later.get(index) ?? [];
  }
}

/** How far apart (as a share of the larger) two normalised values may be and still be one sum converted. */
export const CONVERSION_TOLERANCE = 0.1;
// Neighbours by value looked at per figure: enough for real articles, and a bound for hostile ones.
const NEIGHBOURS = 16;

function looksConverted(a: FundingRow, b: FundingRow): boolean {
  if (a.currency === b.currency || a.value === null || b.value === null || !sameKind(a.role, b.role)) return false;
  if (!agree(a.funder?.id, b.funder?.id) || !agree(a.recipient?.id, b.recipient?.id)) return false;
  if (a.year !== undefined && b.year !== undefined && a.year !== b.year) return false;
  return Math.abs(a.value - b.value) <= CONVERSION_TOLERANCE * Math.max(a.value, b.value);
}

/**
 * An article that states a figure in one currency and again, outside brackets, in another ("¥2 trillion" in the
 * text, "$13bn" in a footnote's headline): the later figure, within the tolerance of an earlier one in another
 * currency, of the same kind and year and with no disagreeing party, is read as its conversion.
 * `rows` are one article's, in text order; returns each conversion with the figure it converts.
 */
export function findConversions(rows: FundingRow[]): Map<FundingRow, Source> {
  const order = new Map(rows.map((r, i) => [r, i]));
  const byValue = rows.filter((r) => r.value !== null && r.value > 0).sort((a, b) => a.value! - b.value!);
  const position = new Map(byValue.map((r, i) => [r, i]));
  const conversions = new Map<FundingRow, Source>();
  // In text order, so whether an earlier figure is itself a conversion is already known.
  for (const row of rows) {
    const i = position.get(row);
    if (i === undefined) continue;
    let original: FundingRow | undefined;
    for (const step of [-1, 1]) {
      for (let j = i + step, seen = 0; j >= 0 && j < byValue.length && seen < NEIGHBOURS; j += step, seen++) {
        const other = byValue[j];
        if (Math.abs(other.value! - row.value!) > CONVERSION_TOLERANCE * Math.max(other.value!, row.value!)) break;
        if (order.get(other)! < order.get(row)! && !conversions.has(other) && looksConverted(other, row)) {
          if (!original || order.get(other)! < order.get(original)!) original = other;
        }
      }
    }
    if (original) conversions.set(row, { article: original.article, line: original.line });
  }
  return conversions;
}
