// jpai compare [paths...]: the article × entity matrix, a profile of each article, and how alike the articles are.

import { Option, type Command } from 'commander';
import { COMPARE_TYPES, compareArticles, corpusTables, PAIRS_LISTED, summarizeParts, type ArticleSummary, type CompareResult } from '../analyze/compare.js';
import { NAME_TYPES, type NameType } from '../analyze/entities.js';
import { VERSION } from '../extract/index.js';
import { decideColour } from '../render/colour.js';
import {
  compareCsvChunks, compareTableChunks, DEFAULT_WIDTH, profileCsvChunks, profileTableChunks, renderPairsCsv, renderPairsTable,
  transposedCsvChunks, transposedTableChunks,
} from '../render/compare.js';
import { jsonChunks } from '../render/json.js';
import type { CommandContext } from './commands.js';
import { EXIT, usageError } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractResults } from './extract-corpus.js';
import {
  addJobsOption,
  addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, parseList, type CommonOptions, type FormatOptions,
} from './options.js';

interface CompareCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  types?: NameType[];
  minDocs: number;
  pairs?: boolean;
  transpose?: boolean;
  profile?: boolean;
  top: number;
  width?: number;
  knowledge?: string[];
}

const EXAMPLES = `
The matrix counts the mentions of each agency, law and policy (--types) in each
article. The profile counts distinct entities per jurisdiction, laws (hard law)
against policies (soft law), the article's funding total (as jpai funding counts
it) and the years it covers. Similarity: cosine of the articles' TF-IDF vectors,
and Jaccard overlap of the entities they name. Tables fit the terminal (or
--width); JSON and CSV carry everything.

Examples:
  jpai compare
  jpai compare --types law,policy --min-docs 2
  jpai compare --pairs --top 3
  jpai compare --transpose --min-docs 3
  jpai compare clips/ --format csv > matrix.csv
  jpai compare --json | jq '.profiles[] | {path, jurisdictions}'`;

/** A whole number of at least `min`, for options like --min-docs and --width. */
export function parseWhole(option: string, min: number) {
  return (value: string): number => {
    const n = Number(value.trim());
    if (!/^\d+$/.test(value.trim()) || n < min) throw usageError(`${option}: expected a whole number of at least ${min}, got '${value}'`);
    return n;
  };
}

/** The width tables are fitted to: --width, else the terminal's, else 80 (so piped output is the same everywhere). */
export function outputWidth(ctx: CommandContext, flag: number | undefined): number {
  if (flag) return flag;
  return ctx.io.stdout.isTTY && ctx.io.stdout.columns ? ctx.io.stdout.columns : DEFAULT_WIDTH;
}

function chosenView(opts: CompareCliOptions): 'matrix' | 'pairs' | 'transpose' | 'profile' {
  const views = (['pairs', 'transpose', 'profile'] as const).filter((v) => opts[v]);
  if (views.length > 1) throw usageError(`--${views[0]} and --${views[1]} are different views; give one of them`);
  return views[0] ?? 'matrix';
}

async function compareCommand(paths: string[], opts: CompareCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const view = chosenView(opts);
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const summaries: ArticleSummary[] = [];
  const tables = corpusTables();
  // Each article's counts are made where it is extracted (a worker); this thread numbers and packs them.
  const errors = await extractResults(paths, ctx, { knowledge, jobs: opts.jobs, quiet: opts.quiet, form: 'compare' }, (parts) => {
    summaries.push(summarizeParts(parts, tables));
  });
  const pairs = Math.max(PAIRS_LISTED, opts.top);
  const result = compareArticles(summaries, { types: opts.types ?? COMPARE_TYPES, minDocs: opts.minDocs, pairs });
  if (format === 'json') {
    ctx.out.writeAll(jsonChunks({ jpai: VERSION, schemaVersion: 1, minDocs: opts.minDocs, ...result, errors }));
  } else if (format === 'csv') {
    const csv = { matrix: compareCsvChunks, pairs: (r: CompareResult) => [renderPairsCsv(r)], transpose: transposedCsvChunks, profile: profileCsvChunks };
    ctx.out.writeAll(csv[view](result));
  } else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    const table = { colour, width: outputWidth(ctx, opts.width) };
    if (view === 'pairs') ctx.out.write(renderPairsTable(result, { ...table, top: opts.top }));
    else if (view === 'transpose') ctx.out.writeAll(transposedTableChunks(result, table));
    else if (view === 'profile') ctx.out.writeAll(profileTableChunks(result, table));
    else ctx.out.writeAll(compareTableChunks(result, table));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, ['table', 'json', 'csv']);
  command
    .addOption(
      new Option('--types <list>', `entity types, comma-separated: ${NAME_TYPES.join(', ')} (default: ${COMPARE_TYPES.join(',')})`)
        .argParser(parseList('--types', 'type', NAME_TYPES)),
    )
    .addOption(new Option('--min-docs <n>', 'only entities named by at least n articles').argParser(parseWhole('--min-docs', 1)).default(1))
    .option('--pairs', 'the most similar pairs of articles, with the entities they share')
    .addOption(new Option('--top <n>', 'how many pairs --pairs shows').argParser(parseWhole('--top', 1)).default(10))
    .option('--transpose', 'articles as rows, entities as numbered columns')
    .option('--profile', 'only the profile of each article')
    .addOption(new Option('--width <columns>', 'fit tables to this width (default: the terminal, or 80)').argParser(parseWhole('--width', 40)));
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: CompareCliOptions) => {
    ctx.exitCode = await compareCommand(paths, opts, ctx);
  });
}
