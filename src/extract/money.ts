// Funding figures: every monetary amount in the text, with its currency (ISO 4217), bracketed
// conversions, range and approximation, and what its sentence says it is (role, year, purpose).
// Finding is one regex pass plus one linear join (money-scan.ts); reading a figure's sentence is
// bounded work per figure (money-clause.ts), so the whole is linear in the text.

import type { Entity, Found, FundingEntity, FundingRole } from '../types.js';
import type { Span } from '../text/sentences.js';
import { sentenceOf, touchesUrl, type ExtractContext } from './context.js';
import { clauseAround, windowAround } from './money-clause.js';
import { findFigures, type Figure } from './money-scan.js';
import { formatAmount } from './money-number.js';
import { governmentTest, inferPurpose, inferRole, inferYear, type GovernmentTest } from './money-role.js';
import { partitionPoint } from '../text/search.js';

function plainAmount(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

/** "USD 137,000,000" (a range: "USD 2,000,000,000–3,000,000,000"). */
export function moneyCanonical(currency: string, amount: number, amountMax?: number): string {
  return `${currency} ${formatAmount(amount)}${amountMax === undefined ? '' : `–${formatAmount(amountMax)}`}`;
}

/** "usd-137000000" (a range: "usd-2000000000-3000000000"). */
export function moneyId(currency: string, amount: number, amountMax?: number): string {
  return `${currency.toLowerCase()}-${plainAmount(amount)}${amountMax === undefined ? '' : `-${plainAmount(amountMax)}`}`;
}

/** True when [start, end) overlaps one of the sorted, disjoint spans. */
function overlapsAny(spans: Span[], start: number, end: number): boolean {
  const i = partitionPoint(spans.length, (k) => spans[k].end <= start);
  return i < spans.length && spans[i].start < end;
}

export interface FigureReading {
  role: FundingRole;
  year?: number;
  purpose?: string;
}

/** Role, year and purpose of a figure from its sentence. `government` says whether a span involves a government. */
export function readFigure(ctx: ExtractContext, figure: Span, government: GovernmentTest, figures: Span[] = []): FigureReading {
  const sentence = sentenceOf(ctx, figure.start);
  const window = windowAround(sentence, figure.start, figure.end);
  const clause = clauseAround(ctx.text, window, figure.start, figure.end);
  const skip = (start: number, end: number) => touchesUrl(ctx, start, end) || overlapsAny(figures, start, end);
  const role = inferRole(ctx.text, figure, clause, window, government);
  const year = inferYear(ctx.text, figure, clause, window, skip);
  const purpose = inferPurpose(ctx.text, figure, clause);
  const reading: FigureReading = { role };
  if (year !== undefined) reading.year = year;
  if (purpose !== undefined) reading.purpose = purpose;
  return reading;
}

function toEntity(ctx: ExtractContext, f: Figure, reading: FigureReading): Found<FundingEntity> {
  // Built with added fields and Object.assign, not spreads: the same keys in the same order, made much faster.
  const entity = {
    type: 'funding',
    text: ctx.text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    canonical: moneyCanonical(f.currency, f.amount, f.amountMax),
    id: moneyId(f.currency, f.amount, f.amountMax),
    rule: f.rule,
    amount: f.amount,
    currency: f.currency,
    equivalents: f.equivalents,
    approximate: f.approximate,
  } as Found<FundingEntity>;
  if (f.amountMax !== undefined) entity.amountMax = f.amountMax;
  return Object.assign(entity, reading);
}

/**
 * Every monetary amount in `ctx.text` outside URLs, in text order. `names` are the name extractor's entities: an
 * agency named in a figure's clause settles what a weak cue means ("a funding package from <agency>" is a subsidy).
 */
export function findMoney(ctx: ExtractContext, names: readonly Entity[] = []): Found<FundingEntity>[] {
  // Zero is no figure ("$0.00", "0000 JPY"): every amount the contract promises is positive.
  const figures = findFigures(ctx.text)
    .filter((f) => f.amount > 0 && !touchesUrl(ctx, f.start, f.end))
    .map((f) => Object.assign({}, f, { equivalents: f.equivalents.filter((q) => q.amount > 0) }));
  if (figures.length === 0) return [];
  const agencies = names.filter((n) => n.type === 'agency').sort((a, b) => a.start - b.start || a.end - b.end);
  const government = governmentTest(ctx.text, agencies);
  return figures.map((f) => toEntity(ctx, f, readFigure(ctx, f, government, figures)));
}
