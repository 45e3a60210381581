// jpai funding [paths...]: every funding figure with who pays whom, normalised to one currency, and totals
// that count no money twice; as a table with a bar chart, JSON, JSON Lines or CSV.

import { Option, type Command } from 'commander';
import { VERSION } from '../extract/index.js';
import {
  TARGET_CURRENCIES, TOTAL_KEYS, WORTH_ROLES,
  type FundingReport, type FundingRow, type TargetCurrency, type TotalKey, type WorthRole,
} from '../analyze/funding.js';
import { FundingTally } from '../analyze/funding-tally.js';
import { fxTable } from '../extract/normalise.js';
import { decideColour } from '../render/colour.js';
import { fundingCsvLines, fundingJsonValue, fundingNdjsonLines, fundingTableChunks } from '../render/funding.js';
import { jsonChunks } from '../render/json.js';
import { FUNDING_ROLES, type EntityType, type FundingRole } from '../types.js';
import type { CommandContext } from './commands.js';
import { EXIT, usageError } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractResults } from './extract-corpus.js';
import {
  addJobsOption,
  addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, FORMATS, parseList,
  type CommonOptions, type FormatOptions,
} from './options.js';
import { Spool } from './spool.js';
import { unknownChoice } from './suggest.js';

interface FundingCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  by: TotalKey;
  currency: TargetCurrency;
  role?: FundingRole[];
  include?: WorthRole[];
  from?: number;
  to?: number;
  knowledge?: string[];
}

const EXAMPLES = `
Paths: files, folders (their .txt, .md and .html files), quoted globs, or - for
standard input. With no path, jpai reads the articles it ships with.

Each figure is converted at the annual average rate of its year (its own, a
date in its sentence, else the article's latest date); a year outside the rate
table uses the table's nearest year, and the output says so. A currency without
a rate is listed, never converted, and left out of totals.
Market sizes and valuations are listed but left out of totals unless --include
names them. Money is counted once: a bracketed conversion is part of its
figure; the same money reported by two articles (same amount and currency,
same funder or recipient) and an article restating its own figure in another
currency are listed and marked, not added again.

Examples:
  jpai funding
  jpai funding corpus/ --by recipient
  jpai funding --currency JPY --format json | jq '.totals'
  jpai funding --role subsidy,budget --from 2023 --to 2024
  jpai funding clips/ --include market-size,valuation --format csv > funding.csv`;

/** What a funding row is made of: the figures, the names of who pays and receives, and dates for the year. */
const FUNDING_INPUT_TYPES: readonly EntityType[] = ['funding', 'agency', 'organization', 'date'];

function parseBy(value: string): TotalKey {
  const v = value.trim().toLowerCase();
  if (!(TOTAL_KEYS as readonly string[]).includes(v)) throw usageError(`--by: ${unknownChoice('grouping', value, TOTAL_KEYS)}`);
  return v as TotalKey;
}

function parseCurrency(value: string): TargetCurrency {
  const v = value.trim().toUpperCase();
  if (!(TARGET_CURRENCIES as readonly string[]).includes(v)) {
    throw usageError(`--currency: unsupported currency '${value}'; totals can be given in ${TARGET_CURRENCIES.join(', ')}`);
  }
  return v as TargetCurrency;
}

function parseYear(option: string) {
  return (value: string): number => {
    if (!/^\d{4}$/.test(value.trim())) throw usageError(`${option}: '${value}' is not a year; give four digits, like 2024`);
    return Number(value);
  };
}

async function fundingCommand(paths: string[], opts: FundingCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  if (opts.from !== undefined && opts.to !== undefined && opts.from > opts.to) {
    throw usageError(`--from ${opts.from} is after --to ${opts.to}`);
  }
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const fx = fxTable();
  // Each article is reduced to its rows (with the excerpts they quote) as it arrives; its text is not kept. The rows,
  // marked, wait in a spool: the report lists every one, and a large corpus has more than it could hold as objects.
  const spool = new Spool<FundingRow>();
  const tally = new FundingTally(
    { currency: opts.currency, by: opts.by, roles: opts.role, from: opts.from, to: opts.to, include: opts.include, fx },
    (row) => spool.push(row),
  );
  // The rows are made where the article is extracted (a worker): this thread never holds its text or entities.
  const extraction = { knowledge, types: FUNDING_INPUT_TYPES, jobs: opts.jobs, quiet: opts.quiet, form: 'funding' as const, currency: opts.currency };
  const errors = await extractResults(paths, ctx, extraction, (rows) => {
    for (const row of rows) tally.add(row);
  });
  const summary: FundingReport = { ...tally.finish(), rows: { [Symbol.iterator]: () => spooledRows(spool, tally) } };
  const filters = { roles: opts.role, from: opts.from, to: opts.to, include: opts.include };
  if (format === 'json') ctx.out.writeAll(jsonChunks(fundingJsonValue(summary, { jpai: VERSION, filters, errors })));
  else if (format === 'ndjson') ctx.out.writeAll(fundingNdjsonLines(summary));
  else if (format === 'csv') ctx.out.writeAll(fundingCsvLines(summary));
  else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    ctx.out.writeAll(fundingTableChunks(summary, { colour, width: ctx.io.stdout.columns ?? 80 }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

/** The spooled rows, each with the later reports of its money that came after it was spooled. */
function* spooledRows(spool: Spool<FundingRow>, tally: FundingTally): Generator<FundingRow> {
  let index = 0;
  for (const row of spool) {
    for (const later of tally.laterReports(index++)) row.sameAs.push(later);
    yield row;
  }
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, FORMATS);
  command
    .addOption(new Option('--by <key>', `totals by ${TOTAL_KEYS.join(', ')}`).argParser(parseBy).default('funder'))
    .addOption(new Option('--currency <code>', `normalise to ${TARGET_CURRENCIES.join(', ')}`).argParser(parseCurrency).default('USD'))
    .addOption(new Option('--role <list>', `only these roles, comma-separated: ${FUNDING_ROLES.join(', ')}`).argParser(parseList('--role', 'role', FUNDING_ROLES)))
    .addOption(new Option('--from <year>', 'only figures of this year or later').argParser(parseYear('--from')))
    .addOption(new Option('--to <year>', 'only figures of this year or earlier').argParser(parseYear('--to')))
    .addOption(new Option('--include <list>', `count these in totals too: ${WORTH_ROLES.join(', ')}`).argParser(parseList('--include', 'role', WORTH_ROLES)));
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: FundingCliOptions) => {
    ctx.exitCode = await fundingCommand(paths, opts, ctx);
  });
}
