// Corpus statistics: in the terminal three tables (size, mentions, funding and dates), one row per article and a total row; as
// JSON the whole result; as JSON Lines one object per article and a last one for the total.

import { BoxTable } from './box.js';
import type { ArticleStats, StatsCounts, StatsResult } from '../analyze/stats.js';
import type { InputError } from '../types.js';
import { painter, type ColourLevel } from './colour.js';
import { shortUsd, tableStyle } from './compare.js';
import { groupThousands } from './numbers.js';

export interface StatsTableOptions {
  colour: ColourLevel;
}

export interface StatsMeta {
  jpai: string;
  includeReferences: boolean;
  errors: InputError[];
}

const RIGHT = 'right' as const;

function sizeCells(c: StatsCounts): string[] {
  return [groupThousands(c.characters), groupThousands(c.words), groupThousands(c.sentences), groupThousands(c.types), c.typeTokenRatio.toFixed(3)];
}

function span(c: StatsCounts): [string, string] {
  return [c.dates.first ?? '·', c.dates.last ?? '·'];
}

function mentionCells(c: StatsCounts): string[] {
  const m = c.mentions;
  return [m.agency, m.law, m.policy, m.organization, m.funding, m.date].map(String);
}

function moneyAndDateCells(c: StatsCounts): string[] {
  return [String(c.funding.figures), c.funding.figures > 0 ? shortUsd(c.funding.usd) : '·', ...span(c)];
}

/** The folder every path is in ("corpus/"), shown once above the tables so the article column stays narrow. */
function commonFolder(paths: readonly string[]): string {
  if (paths.length === 0) return '';
  let prefix = paths[0].slice(0, paths[0].lastIndexOf('/') + 1);
  for (const p of paths) while (prefix && !p.startsWith(prefix)) prefix = prefix.slice(0, prefix.lastIndexOf('/', prefix.length - 2) + 1);
  return prefix;
}

export function renderStatsTable(result: StatsResult, options: StatsTableOptions): string {
  const paint = painter(options.colour);
  const style = tableStyle(options.colour);
  const folder = commonFolder(result.articles.map((a) => a.path));
  const table = (head: string[]) => new BoxTable({ head: ['article', ...head], colAligns: ['left', ...head.map(() => RIGHT)], style });
  const size = table(['characters', 'words', 'sentences', 'types', 'type/token']);
  const mentions = table(['agency', 'law', 'policy', 'org', 'funding', 'date']);
  const money = table(['figures', 'funding USD', 'first date', 'last date']);
  const rows: [string, StatsCounts][] = [
    ...result.articles.map((a: ArticleStats): [string, StatsCounts] => [a.path.slice(folder.length), a]),
    [paint.bold(`total (${result.total.articles})`), result.total],
  ];
  for (const [label, c] of rows) {
    size.push([label, ...sizeCells(c)]);
    mentions.push([label, ...mentionCells(c)]);
    money.push([label, ...moneyAndDateCells(c)]);
  }
  const where = folder ? `${paint.dim(`articles in ${folder}`)}\n` : '';
  const note = paint.dim(
    'Measured on the body: bylines, bios, navigation, URLs and footnote markers left out, and references unless\n' +
      '--include-references. Mentions are counted per type; funding is what jpai funding totals, in US dollars,\n' +
      'money two articles report counted once in the total; dates are the earliest and latest cited.',
  );
  return `${where}${size.toString()}\n\n${paint.bold('mentions')}\n${mentions.toString()}\n\n${paint.bold('funding and dates')}\n${money.toString()}\n${note}\n`;
}

export function renderStatsJson(result: StatsResult, meta: StatsMeta): string {
  const out = {
    jpai: meta.jpai,
    includeReferences: meta.includeReferences,
    articles: result.articles,
    total: result.total,
    errors: meta.errors.map((e) => ({ path: e.path, message: e.message })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}

/** One line per article ({"kind":"article",...}), then the total ({"kind":"total",...}). */
export function renderStatsNdjson(result: StatsResult): string {
  const lines = [...result.articles.map((a) => ({ kind: 'article', ...a })), { kind: 'total', ...result.total }];
  return lines.map((l) => `${JSON.stringify(l)}\n`).join('');
}
