// jpai stats [paths...]: the size and make-up of each article and of the corpus.

import type { Command } from 'commander';
import { corpusStats, type StatsInput } from '../analyze/stats.js';
import { VERSION } from '../extract/index.js';
import { decideColour } from '../render/colour.js';
import { renderStatsJson, renderStatsNdjson, renderStatsTable } from '../render/stats.js';
import type { CommandContext } from './commands.js';
import { EXIT } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractCorpus } from './extract-corpus.js';
import { addJobsOption, addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, type CommonOptions, type FormatOptions } from './options.js';

const STATS_FORMATS = ['table', 'json', 'ndjson'] as const;

interface StatsCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  includeReferences?: boolean;
  knowledge?: string[];
}

const EXAMPLES = `
Everything is measured on the body of each article: bylines, author bios, navigation, URLs and footnote
markers are left out, and reference sections and footnotes unless --include-references. Words are tokens
(numbers included); the type/token ratio is distinct lower-cased words over words. The funding total is in
US dollars as jpai funding counts it (market sizes and valuations left out, the same money counted once).

Examples:
  jpai stats
  jpai stats clips/ --include-references
  jpai stats --format json | jq '.total'`;

async function statsCommand(paths: string[], opts: StatsCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const inputs: StatsInput[] = [];
  const errors = await extractCorpus(paths, ctx, { knowledge, jobs: opts.jobs, quiet: opts.quiet, form: 'entities' }, ({ entities }, doc) => {
    // An HTML page is measured as the text a browser shows (`plain`: tags blanked, same offsets).
    inputs.push({ path: doc.path, title: doc.title, text: doc.plain ?? doc.text, entities });
  });
  const includeReferences = Boolean(opts.includeReferences);
  const result = corpusStats(inputs, { includeReferences });
  if (format === 'json') ctx.out.write(renderStatsJson(result, { jpai: VERSION, includeReferences, errors }));
  else if (format === 'ndjson') ctx.out.write(renderStatsNdjson(result));
  else ctx.out.write(renderStatsTable(result, { colour: decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY }) }));
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, STATS_FORMATS);
  command.option('--include-references', 'measure reference sections and footnotes too');
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: StatsCliOptions) => {
    ctx.exitCode = await statsCommand(paths, opts, ctx);
  });
}
