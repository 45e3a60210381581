// jpai extract [paths...]: the entities of each article, as a table, JSON, JSON Lines or CSV.

import type { Command } from 'commander';
import { VERSION } from '../extract/index.js';
import type { ResultForm } from '../extract/parallel.js';
import { CSV_HEADER } from '../render/csv.js';
import { jsonDocumentPieces, jsonHead, jsonTail } from '../render/document-json.js';
import { ENTITY_TYPES, type DocumentResult, type EntityType, type ExtractResult } from '../types.js';
import type { CommandContext } from './commands.js';
import { EXIT } from './exit.js';
import { extractResults } from './extract-corpus.js';
import { readKnowledge } from './inputs.js';
import {
  addCommonOptions, addFormatOptions, addJobsOption, addKnowledgeOption, addTypesOption, chosenFormat, FORMATS,
  type CommonOptions, type FormatOptions, type JobsOptions,
} from './options.js';

interface ExtractCliOptions extends FormatOptions, CommonOptions, JobsOptions {
  types?: EntityType[];
  knowledge?: string[];
}

const EXAMPLES = `
Paths: files, folders (their .txt, .md and .html files), quoted globs, or - for standard input.
With no path, jpai reads the articles it ships with.

Examples:
  jpai extract
  jpai extract article.txt --format json
  cat article.txt | jpai extract - --types funding,date
  jpai extract ~/clips/ "notes/**/*.md" --format ndjson > entities.jsonl
  jpai extract big-corpus/ --format ndjson --jobs 4 > entities.jsonl
  jpai extract corpus/ --format csv --knowledge my-bodies.json > entities.csv`;

async function extractCommand(paths: string[], opts: ExtractCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  // Every format but the table streams, so a large corpus runs in flat memory: line formats are rendered by the
  // workers, JSON here, each written as its article and all before it are done; JSON's errors close it at the end.
  const documents: DocumentResult[] = [];
  let written = 0;
  if (format === 'csv') ctx.out.write(CSV_HEADER);
  if (format === 'json') ctx.out.write(jsonHead(VERSION, 1));
  const form: ResultForm = format === 'ndjson' || format === 'csv' ? format : 'entities';
  const errors = await extractResults(paths, ctx, { knowledge, types: opts.types, jobs: opts.jobs, quiet: opts.quiet, form }, (result) => {
    if (Array.isArray(result)) ctx.out.writeAll(result);
    else if (format === 'json') ctx.out.writeAll(jsonDocumentPieces(result, written++));
    else documents.push(result);
  });
  if (format === 'json') ctx.out.write(jsonTail(errors, written));
  if (format === 'table') {
    const result: ExtractResult = { jpai: VERSION, schemaVersion: 1, documents, errors };
    // The table's renderer (and chalk) loads only for a table: JSON and line formats start faster without.
    const [{ renderTable }, { decideColour }] = await Promise.all([import('../render/table.js'), import('../render/colour.js')]);
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    ctx.out.write(renderTable(result, { colour }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, FORMATS);
  addTypesOption(command, ENTITY_TYPES);
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: ExtractCliOptions) => {
    ctx.exitCode = await extractCommand(paths, opts, ctx);
  });
}
