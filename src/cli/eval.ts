// jpai eval --gold FILE [paths...]: extraction scored against gold annotations.

import type { Command } from 'commander';
import { VERSION } from '../extract/index.js';
import { evaluate } from '../analyze/evaluate.js';
import { GoldError, readGoldFile, SCORED_TYPES, type Gold, type ScoredType } from '../analyze/gold.js';
import { decideColour } from '../render/colour.js';
import { renderEvalTable } from '../render/eval.js';
import { renderJsonValue } from '../render/json.js';
import type { DocumentResult } from '../types.js';
import type { CommandContext } from './commands.js';
import { CliError, EXIT } from './exit.js';
import { readKnowledge, reportProblem } from './inputs.js';
import { extractCorpus } from './extract-corpus.js';
import { resolveArgPath } from './io.js';
import {
  addJobsOption,
  addCommonOptions, addFormatOptions, addKnowledgeOption, addTypesOption, chosenFormat,
  type CommonOptions, type FormatOptions,
} from './options.js';

interface EvalCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  gold: string;
  types?: ScoredType[];
  knowledge?: string[];
  verbose?: boolean;
}

const EXAMPLES = `
Documents meet their gold entry by file name. With no path, jpai scores the articles it ships with.

Examples:
  jpai eval --gold test/fixtures/gold-corpus.json
  jpai eval --gold test/fixtures/gold-corpus.json corpus/ --verbose
  jpai eval --gold my-gold.json clips/ --types funding,date --json`;

function readGold(file: string): Gold {
  try {
    return readGoldFile(file);
  } catch (err) {
    if (err instanceof GoldError) throw new CliError(err.message);
    throw err;
  }
}

async function evalCommand(paths: string[], opts: EvalCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const gold = readGold(resolveArgPath(ctx.io, opts.gold));
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const documents: Pick<DocumentResult, 'path' | 'entities'>[] = [];
  const errors = await extractCorpus(paths, ctx, { knowledge, jobs: opts.jobs, quiet: opts.quiet, form: 'entities' }, ({ path, entities }) => {
    documents.push({ path, entities });
  });
  const result = evaluate(gold, documents, { types: opts.types });
  if (!opts.quiet) for (const warning of result.warnings) reportProblem(ctx, warning);
  if (format === 'json') {
    ctx.out.write(renderJsonValue({ jpai: VERSION, schemaVersion: 1, gold: opts.gold, ...result, errors }));
  } else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    ctx.out.write(renderEvalTable(result, { colour, verbose: opts.verbose }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  command.requiredOption('--gold <file>', 'gold annotations (JSON, in the format of test/fixtures/gold-corpus.json)');
  addFormatOptions(command, ['table', 'json']);
  addTypesOption(command, SCORED_TYPES);
  addKnowledgeOption(command);
  addJobsOption(command);
  command.option('--verbose', 'list every false positive and miss, per document');
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: EvalCliOptions) => {
    ctx.exitCode = await evalCommand(paths, opts, ctx);
  });
}
