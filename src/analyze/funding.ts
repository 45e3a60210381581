// The funding summary: every funding figure of a corpus as one row, normalised to one currency, with who pays
// whom; and totals that count no money twice. A figure mentioned twice in one article is one row; the same
// money reported by two articles is two rows, counted once. Pure: documents with their entities in, rows out.

import type { DateEntity, Entity, FundingEntity, FundingRole, MoneyValue } from '../types.js';
import { articleYear, clampFxYear, convert, figureYear, fxTable, UnknownCurrencyError, type FxTable } from '../extract/normalise.js';
import { spanAt, splitSentences, type Span } from '../text/sentences.js';
import { detached } from '../text/memo.js';
import { figuresOf, type WorthRole } from './funding-same.js';
import { FundingTally } from './funding-tally.js';

export const TARGET_CURRENCIES = ['USD', 'JPY', 'EUR', 'CAD', 'GBP'] as const;
export type TargetCurrency = (typeof TARGET_CURRENCIES)[number];

export const TOTAL_KEYS = ['funder', 'recipient', 'role', 'year', 'jurisdiction', 'article'] as const;
export type TotalKey = (typeof TOTAL_KEYS)[number];

// Worth roles (market-size, valuation) are listed, but out of totals unless included.
export { WORTH_ROLES, type WorthRole } from './funding-same.js';

/**
 * Why a row is not in the totals: a worth role not included; no exchange rate; the same money as another
 * article's report ('duplicate'); the article's own restatement of a figure in another currency ('conversion').
 */
export type LeftOut = WorthRole | 'no-rate' | 'duplicate' | 'conversion';

export interface FundingInput {
  path: string;
  /** The decoded text the entities' offsets index into. */
  text: string;
  /** The text as extraction saw it (HTML with its tags blanked out), when it differs: sentences are read here. */
  plain?: string;
  entities: Entity[];
}

export interface FundingOptions {
  currency?: TargetCurrency;
  by?: TotalKey;
  /** Keep only figures with these roles. */
  roles?: readonly FundingRole[];
  from?: number;
  to?: number;
  /** Worth roles to count as money. */
  include?: readonly WorthRole[];
  fx?: FxTable;
}

export interface Party {
  id: string;
  name: string;
  abbreviation?: string;
  jurisdiction?: string;
}

export interface Source {
  article: string;
  line: number;
}

export interface FundingRow {
  article: string;
  line: number;
  column: number;
  /** The amount as written, with its bracketed conversion. */
  text: string;
  amount: number;
  amountMax?: number;
  currency: string;
  approximate: boolean;
  equivalents: MoneyValue[];
  /** In the summary's currency, whole units; null when there is no rate for `currency`. */
  value: number | null;
  valueMax?: number;
  role: FundingRole;
  funder?: Party;
  recipient?: Party;
  purpose?: string;
  year?: number;
  /** Where `year` comes from: the figure's own reading, the nearest date in its sentence, the article's latest date. */
  yearSource?: 'figure' | 'sentence' | 'article';
  /** The year whose rates converted it: `year`, or the nearest year of the rate table. */
  fxYear?: number;
  /** The sentence, shortened around the figure. */
  sentence: string;
  /** Other lines of the same article that mention the same figure. */
  alsoOnLines: number[];
  /** Other articles reporting the same money. */
  sameAs: Source[];
  /** The figure of the same article this one restates in another currency. */
  conversionOf?: Source;
  counted: boolean;
  leftOut?: LeftOut;
  /** The key of the totals group the row belongs to. */
  group: string;
}

export interface TotalLine {
  key: string;
  label: string;
  /** A party's abbreviation, for narrow displays. */
  abbreviation?: string;
  figures: number;
  total: number;
}

export interface LeftOutLine {
  reason: LeftOut;
  figures: number;
  /** Their sum in the summary's currency (figures without a rate add nothing). */
  total: number;
  /** Currencies without a rate, for 'no-rate'. */
  currencies?: string[];
}

export interface FundingSummary {
  currency: TargetCurrency;
  by: TotalKey;
  fx: { source: string; firstYear: number; lastYear: number };
  rows: FundingRow[];
  totals: { groups: TotalLine[]; figures: number; total: number };
  leftOut: LeftOutLine[];
  /** Figures dropped by --from/--to because no year could be given to them. */
  undated: number;
  /** Years outside the rate table, and the table year that converted them. */
  clampedYears: { year: number; fxYear: number; figures: number }[];
}

/** A summary whose rows are read when needed, each pass reading them again: a long corpus's rows kept out of objects. */
export type FundingReport = Omit<FundingSummary, 'rows'> & { rows: Iterable<FundingRow> };

const CONTEXT_BEFORE = 90;
const CONTEXT_AFTER = 70;

/** The sentence around [start, end), cut at word boundaries to a readable length, spacing folded. */
export function shortenAround(text: string, sentence: Span, start: number, end: number): string {
  const from = Math.min(sentence.start, start);
  const to = Math.max(sentence.end, end);
  let s = Math.max(from, start - CONTEXT_BEFORE);
  let e = Math.min(to, end + CONTEXT_AFTER);
  if (s > from) {
    const space = text.indexOf(' ', s);
    if (space !== -1 && space < start) s = space + 1;
  }
  if (e < to) {
    const space = text.lastIndexOf(' ', e);
    if (space >= end) e = space;
  }
  // A copy: a slice would be a view that keeps the whole article alive for as long as the row is kept.
  return detached(`${s > from ? '…' : ''}${text.slice(s, e).replace(/\s+/g, ' ').trim()}${e < to ? '…' : ''}`);
}

/** How much a mention says: who pays and who receives first, then its own year. */
const says = (f: FundingEntity) => 2 * ((f.funder ? 1 : 0) + (f.recipient ? 1 : 0)) + (f.year !== undefined ? 1 : 0);

/** The mention that says most about the figure (the first, on a tie). */
function representative(mentions: FundingEntity[]): FundingEntity {
  return mentions.reduce((best, f) => (says(f) > says(best) ? f : best));
}

function partyOf(id: string | undefined, names: Map<string, Entity>): Party | undefined {
  if (!id) return undefined;
  const e = names.get(id) as (Entity & { abbreviation?: string; jurisdiction?: string }) | undefined;
  const jurisdiction = e?.jurisdiction && e.jurisdiction !== 'UNKNOWN' ? e.jurisdiction : undefined;
  return {
    id,
    name: e?.canonical ?? id,
    ...(e?.abbreviation ? { abbreviation: e.abbreviation } : {}),
    ...(jurisdiction ? { jurisdiction } : {}),
  };
}

function convertOrNull(amount: number, currency: string, target: TargetCurrency, fxYear: number, fx: FxTable): number | null {
  try {
    return Math.round(convert(amount, currency, target, fxYear, fx).value);
  } catch (err) {
    if (err instanceof UnknownCurrencyError) return null;
    throw err;
  }
}

/**
 * One article's funding rows, before totals: each figure once, with the sentence excerpt it is quoted with. All a
 * summary keeps of an article, so a command can drop the text as soon as each article's rows are made.
 */
export function fundingRowsOf(doc: FundingInput, target: TargetCurrency, fx: FxTable = fxTable()): FundingRow[] {
  const names = new Map<string, Entity>();
  for (const e of doc.entities) if ((e.type === 'agency' || e.type === 'organization') && !names.has(e.id)) names.set(e.id, e);
  const funding = doc.entities.filter((e): e is FundingEntity => e.type === 'funding').sort((a, b) => a.start - b.start);
  if (funding.length === 0) return [];
  const text = doc.plain ?? doc.text;
  const sentences = splitSentences(text);
  const dates = doc.entities.filter((e): e is DateEntity => e.type === 'date').sort((a, b) => a.start - b.start);
  const article = articleYear(dates);
  return figuresOf(funding).map((mentions) => {
    const f = representative(mentions);
    const sentence = sentences[spanAt(sentences, f.start)] ?? { start: 0, end: text.length };
    const chosen = figureYear(f, dates, sentence, article);
    const year = chosen?.year;
    const yearSource = chosen?.source;
    const fxYear = f.fxYear ?? clampFxYear(year ?? fx.lastYear, fx);
    const value = convertOrNull(f.amount, f.currency, target, fxYear, fx);
    const valueMax = f.amountMax !== undefined && value !== null ? convertOrNull(f.amountMax, f.currency, target, fxYear, fx) : null;
    const funder = partyOf(f.funder, names);
    const recipient = partyOf(f.recipient, names);
    return {
      article: doc.path,
      line: f.line,
      column: f.column,
      text: f.text,
      amount: f.amount,
      ...(f.amountMax !== undefined ? { amountMax: f.amountMax } : {}),
      currency: f.currency,
      approximate: f.approximate,
      equivalents: f.equivalents,
      value,
      ...(valueMax !== null ? { valueMax } : {}),
      role: f.role,
      ...(funder ? { funder } : {}),
      ...(recipient ? { recipient } : {}),
      ...(f.purpose ? { purpose: f.purpose } : {}),
      ...(year !== undefined ? { year, yearSource } : {}),
      ...(value !== null ? { fxYear } : {}),
      sentence: shortenAround(text, sentence, f.start, f.end),
      alsoOnLines: mentions.filter((m) => m !== f).map((m) => m.line),
      sameAs: [],
      counted: false,
      group: '',
    } satisfies FundingRow;
  });
}

/** Rows and totals for a corpus. Totals hold exactly the counted rows: each group is the sum of its rows. */
export function summariseFunding(documents: readonly FundingInput[], options: FundingOptions = {}): FundingSummary {
  const fx = options.fx ?? fxTable();
  const rows = documents.flatMap((doc) => fundingRowsOf(doc, options.currency ?? 'USD', fx));
  return summariseRows(rows, { ...options, fx });
}

/**
 * The summary of rows made by fundingRowsOf (in corpus order, with the same currency and rate table as `options`):
 * filters, links the same money across articles, and totals. The rows are marked in place.
 */
export function summariseRows(all: Iterable<FundingRow>, options: FundingOptions = {}): FundingSummary {
  const rows: FundingRow[] = [];
  const tally = new FundingTally(options, (row) => rows.push(row));
  for (const row of all) tally.add(row);
  const { currency, by, fx, ...rest } = tally.finish();
  rows.forEach((row, index) => {
    for (const later of tally.laterReports(index)) row.sameAs.push(later);
  });
  return { currency, by, fx, rows, ...rest };
}
