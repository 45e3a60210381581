// The funding summary built as rows come, in corpus order: filters, an article's own conversions, the same money
// across articles, and totals. Each row is handed on marked as soon as its article is complete, so a command can
// keep rows in whatever form suits it (a long corpus has more than it could hold as objects) instead of all of them.

import { fxTable, type FxTable } from '../extract/normalise.js';
import type { FundingRole } from '../types.js';
import type { FundingOptions, FundingRow, FundingSummary, LeftOut, LeftOutLine, Source, TargetCurrency, TotalKey, TotalLine } from './funding.js';
import { findConversions, isWorth, ReportLinks } from './funding-same.js';

const NOT_NAMED = { funder: '(funder not named)', recipient: '(recipient not named)' };

function groupOf(row: FundingRow, by: TotalKey): Omit<TotalLine, 'figures' | 'total'> {
  switch (by) {
    case 'funder':
    case 'recipient': {
      const party = row[by];
      if (!party) return { key: '', label: NOT_NAMED[by] };
      return { key: party.id, label: party.name, ...(party.abbreviation ? { abbreviation: party.abbreviation } : {}) };
    }
    case 'jurisdiction':
      if (!row.funder) return { key: '', label: NOT_NAMED.funder };
      return row.funder.jurisdiction ? { key: row.funder.jurisdiction, label: row.funder.jurisdiction } : { key: 'unknown', label: '(jurisdiction unknown)' };
    case 'year':
      return row.year !== undefined ? { key: String(row.year), label: String(row.year) } : { key: '', label: '(no year)' };
    case 'role':
      return { key: row.role, label: row.role };
    case 'article':
      return { key: row.article, label: row.article };
  }
}

function inYears(row: FundingRow, from?: number, to?: number): boolean {
  if (from === undefined && to === undefined) return true;
  return row.year !== undefined && (from === undefined || row.year >= from) && (to === undefined || row.year <= to);
}

/** A summary without its rows: what the tally holds at the end. */
export type FundingTotals = Omit<FundingSummary, 'rows'>;

/**
 * Takes rows made by fundingRowsOf in corpus order (`add`), with the same currency and rate table as `options`, and
 * hands each row the filters keep to `onRow`, marked (counted, left out, group, conversion, its own `sameAs`), with
 * its place among them. A row's `sameAs` still lacks the later reports of its money: `laterReports(index)`.
 */
export class FundingTally {
  private readonly currency: TargetCurrency;
  private readonly by: TotalKey;
  private readonly fx: FxTable;
  private readonly include: Set<FundingRole>;
  private readonly links = new ReportLinks();
  /** The current article's rows: its conversions are known once all of them are in. */
  private article: FundingRow[] = [];
  private kept = 0;
  private undated = 0;
  private total = 0;
  private figures = 0;
  private readonly groups = new Map<string, TotalLine>();
  private readonly leftOut = new Map<LeftOut, LeftOutLine>();
  private readonly clamped = new Map<string, { year: number; fxYear: number; figures: number }>();

  constructor(
    private readonly options: FundingOptions,
    private readonly onRow: (row: FundingRow, index: number) => void,
  ) {
    this.currency = options.currency ?? 'USD';
    this.by = options.by ?? 'funder';
    this.fx = options.fx ?? fxTable();
    this.include = new Set<FundingRole>(options.include ?? []);
  }

  add(row: FundingRow): void {
    const { roles, from, to } = this.options;
    if (roles && !roles.includes(row.role)) return;
    if (!inYears(row, from, to)) {
      if (row.year === undefined) this.undated++;
      return;
    }
    if (this.article.length > 0 && this.article[0].article !== row.article) this.markArticle();
    this.article.push(row);
  }

  laterReports(index: number): readonly Source[] {
    return this.links.laterReports(index);
  }

  /** The totals, once every row has been added (the last article's rows are handed on first). */
  finish(): FundingTotals {
    this.markArticle();
    const { fx } = this;
    return {
      currency: this.currency,
      by: this.by,
      fx: { source: fx.source, firstYear: fx.firstYear, lastYear: fx.lastYear },
      totals: {
        groups: [...this.groups.values()].sort((a, b) => b.total - a.total || (a.label < b.label ? -1 : a.label > b.label ? 1 : 0)),
        figures: this.figures,
        total: this.total,
      },
      leftOut: [...this.leftOut.values()],
      undated: this.undated,
      clampedYears: [...this.clamped.values()].sort((a, b) => a.year - b.year),
    };
  }

  private markArticle(): void {
    const conversions = findConversions(this.article);
    for (const row of this.article) {
      const index = this.kept++;
      this.mark(row, this.links.link(row, index), conversions.get(row));
      this.onRow(row, index);
    }
    this.article = [];
  }

  private mark(row: FundingRow, duplicate: boolean, conversionOf: Source | undefined): void {
    const { fx } = this;
    if (conversionOf) row.conversionOf = conversionOf;
    const reason: LeftOut | undefined =
      isWorth(row.role) && !this.include.has(row.role) ? row.role
      : row.value === null ? 'no-rate'
      : duplicate ? 'duplicate'
      : conversionOf ? 'conversion'
      : undefined;
    const { key, ...label } = groupOf(row, this.by);
    row.group = key;
    if (row.year !== undefined && row.fxYear !== undefined && (row.year < fx.firstYear || row.year > fx.lastYear)) {
      const c = this.clamped.get(`${row.year}`) ?? { year: row.year, fxYear: row.fxYear, figures: 0 };
      c.figures++;
      this.clamped.set(`${row.year}`, c);
    }
    if (reason) {
      row.leftOut = reason;
      const line = this.leftOut.get(reason) ?? { reason, figures: 0, total: 0 };
      line.figures++;
      line.total += row.value ?? 0;
      if (reason === 'no-rate') line.currencies = [...new Set([...(line.currencies ?? []), row.currency])];
      this.leftOut.set(reason, line);
      return;
    }
    row.counted = true;
    const group = this.groups.get(key) ?? { key, ...label, figures: 0, total: 0 };
    group.figures++;
    group.total += row.value!;
    this.groups.set(key, group);
    this.total += row.value!;
    this.figures++;
  }
}
