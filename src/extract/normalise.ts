// Funding figures on one scale: US dollars at the annual average exchange rate of the year the figure
// belongs to (src/knowledge/fx-rates.json). `convert` is the same conversion for other code.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { DateEntity, Entity, FundingEntity } from '../types.js';
import { sentenceOf, type ExtractContext } from './context.js';
import { firstStartingAt } from '../text/search.js';
import type { Span } from '../text/sentences.js';

export interface FxTable {
  /** Where the rates come from. */
  source: string;
  firstYear: number;
  lastYear: number;
  /** Units of currency per 1 USD, by year then ISO 4217 code. */
  rates: Map<number, Record<string, number>>;
}

/** Why a conversion cannot be made; `code` lets callers map it to a message or an exit code. */
export class FxError extends Error {
  constructor(readonly code: 'unknown-currency' | 'year-out-of-range', message: string) {
    super(message);
    this.name = 'FxError';
  }
}

export class UnknownCurrencyError extends FxError {
  constructor(readonly currency: string, known: string[]) {
    super('unknown-currency', `unknown currency "${currency}": exchange rates are known for ${known.join(', ')}`);
    this.name = 'UnknownCurrencyError';
  }
}

export class FxYearError extends FxError {
  constructor(readonly year: number, readonly firstYear: number, readonly lastYear: number) {
    super('year-out-of-range', `no exchange rates for ${year}: the table covers ${firstYear}–${lastYear}`);
    this.name = 'FxYearError';
  }
}

/** Validates parsed fx-rates JSON; `file` names it in errors. */
export function parseFxTable(file: string, data: unknown): FxTable {
  const d = data as { source?: unknown; rates?: unknown };
  if (typeof d?.source !== 'string') throw new Error(`${file}: "source" must name the published series`);
  if (typeof d.rates !== 'object' || d.rates === null) throw new Error(`${file}: "rates" must map years to {CODE: rate}`);
  const rates = new Map<number, Record<string, number>>();
  for (const [key, row] of Object.entries(d.rates)) {
    if (!/^\d{4}$/.test(key)) throw new Error(`${file}: rates key "${key}" must be a year`);
    for (const [code, rate] of Object.entries(row as Record<string, unknown>)) {
      if (!/^[A-Z]{3}$/.test(code) || typeof rate !== 'number' || !(rate > 0)) {
        throw new Error(`${file}: rates.${key}.${code} must be a positive number under an ISO 4217 code`);
      }
    }
    rates.set(Number(key), row as Record<string, number>);
  }
  const years = [...rates.keys()].sort((a, b) => a - b);
  if (years.length === 0) throw new Error(`${file}: "rates" is empty`);
  for (let y = years[0]; y <= years[years.length - 1]; y++) {
    if (!rates.has(y)) throw new Error(`${file}: rates for ${y} are missing`);
  }
  return { source: d.source, firstYear: years[0], lastYear: years[years.length - 1], rates };
}

let bundled: FxTable | undefined;

/** The bundled exchange-rate table, read once. */
export function fxTable(): FxTable {
  if (!bundled) {
    const path = fileURLToPath(new URL('../knowledge/fx-rates.json', import.meta.url));
    bundled = parseFxTable('fx-rates.json', JSON.parse(readFileSync(path, 'utf8')));
  }
  return bundled;
}

/** The table year used for `year`: itself when covered, else the nearest end of the table. */
export function clampFxYear(year: number, table: FxTable = fxTable()): number {
  return Math.min(table.lastYear, Math.max(table.firstYear, year));
}

function rateOf(table: FxTable, currency: string, year: number): number {
  const row = table.rates.get(year);
  if (!row) throw new FxYearError(year, table.firstYear, table.lastYear);
  const rate = row[currency];
  if (rate === undefined) throw new UnknownCurrencyError(currency, Object.keys(row).sort());
  return rate;
}

/**
 * `amount` of `from` in `to`, at the annual average rates of `year`.
 * Throws UnknownCurrencyError or FxYearError (both FxError) rather than guessing.
 */
export function convert(amount: number, from: string, to: string, year: number, table: FxTable = fxTable()): { value: number; fxYear: number } {
  const value = (amount / rateOf(table, from, year)) * rateOf(table, to, year);
  return { value: Math.round(value * 100) / 100, fxYear: year };
}

function yearOf(d: DateEntity): number | undefined {
  const y = d.value ? Number(d.value.slice(0, 4)) : NaN;
  return Number.isInteger(y) ? y : undefined;
}

/** The year of the date nearest the figure in its sentence; `dates` sorted by start, so only that sentence is read. */
function sentenceYear(f: FundingEntity, dates: DateEntity[], s: Span): number | undefined {
  let best: { year: number; d: number } | undefined;
  for (let i = firstStartingAt(dates, s.start); i < dates.length && dates[i].start < s.end; i++) {
    const d = dates[i];
    const year = yearOf(d);
    if (year === undefined || d.end > s.end) continue;
    const dist = d.start >= f.end ? d.start - f.end : Math.max(0, f.start - d.end);
    if (!best || dist < best.d) best = { year, d: dist };
  }
  return best?.year;
}

/**
 * The article's year: its latest dated event (a body date given to the month or day), else its latest body year.
 * A year alone is often a target ("by 2027"), not when the article speaks from.
 */
export function articleYear(dates: DateEntity[]): number | undefined {
  let event: number | undefined;
  let any: number | undefined;
  for (const d of dates) {
    const y = d.citation ? undefined : yearOf(d);
    if (y === undefined) continue;
    if (any === undefined || y > any) any = y;
    if ((d.precision === 'month' || d.precision === 'day') && (event === undefined || y > event)) event = y;
  }
  return event ?? any;
}

export interface FigureYear {
  year: number;
  /** The figure's own reading, the nearest date in its sentence, or the article's year. */
  source: 'figure' | 'sentence' | 'article';
}

/** The year a figure's rate is taken for. `dates` sorted by start; `sentence` the figure's sentence, when known. */
export function figureYear(f: FundingEntity, dates: DateEntity[], sentence: Span | undefined, article: number | undefined): FigureYear | undefined {
  if (f.year !== undefined) return { year: f.year, source: 'figure' };
  const inSentence = sentence && sentenceYear(f, dates, sentence);
  if (inSentence !== undefined) return { year: inSentence, source: 'sentence' };
  return article !== undefined ? { year: article, source: 'article' } : undefined;
}

/**
 * Adds `usd` and `fxYear`. The year is the figure's own, else a date in its sentence (when `ctx` is given),
 * else the article's year (its latest dated event, see articleYear), else the table's latest year; years outside the
 * table use its nearest year, and `fxYear` records the year used. Currencies without rates get neither field.
 */
export function normaliseFunding(funding: FundingEntity[], dates: Entity[], ctx?: ExtractContext): FundingEntity[] {
  // Most documents have no figure: nothing to sort the dates for.
  if (funding.length === 0) return [];
  const table = fxTable();
  const dated = dates.filter((e): e is DateEntity => e.type === 'date').sort((a, b) => a.start - b.start);
  const article = articleYear(dated);
  return funding.map((f) => {
    const year = figureYear(f, dated, ctx && sentenceOf(ctx, f.start), article)?.year ?? table.lastYear;
    const fxYear = clampFxYear(year, table);
    if (table.rates.get(fxYear)![f.currency] === undefined) return f;
    return Object.assign({}, f, { usd: convert(f.amount, f.currency, 'USD', fxYear, table).value, fxYear });
  });
}
