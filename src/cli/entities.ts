// jpai entities [paths...]: the corpus-wide index of linked entities: type, jurisdiction, mentions, articles, aliases.

import { Option, type Command } from 'commander';
import { indexEntities, NAME_TYPES, tallyEntities, type ArticleEntities, type NameTable, type NameType } from '../analyze/entities.js';
import { VERSION } from '../extract/index.js';
import { decideColour } from '../render/colour.js';
import { renderEntitiesCsv, renderEntitiesNdjson, renderEntitiesTable } from '../render/entities.js';
import { renderJsonValue } from '../render/json.js';
import type { CommandContext } from './commands.js';
import { outputWidth, parseWhole } from './compare.js';
import { EXIT } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractCorpus } from './extract-corpus.js';
import {
  addJobsOption,
  addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, FORMATS, parseList, type CommonOptions, type FormatOptions,
} from './options.js';

interface EntitiesCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  type?: NameType[];
  width?: number;
  knowledge?: string[];
}

const EXAMPLES = `
Each linked entity once, however the articles write it; named by most articles
first, then by most mentions.

Examples:
  jpai entities
  jpai entities --type agency
  jpai entities --type law,policy --format csv > instruments.csv
  jpai entities --json | jq '.entities[] | select(.jurisdiction == "US")'`;

async function entitiesCommand(paths: string[], opts: EntitiesCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const articles: ArticleEntities[] = [];
  const names: NameTable = new Map();
  // Dates and funding figures are not indexed: the workers need not send them.
  const extraction = { knowledge, types: NAME_TYPES, jobs: opts.jobs, quiet: opts.quiet, form: 'entities' as const };
  const errors = await extractCorpus(paths, ctx, extraction, (result, doc) => {
    const entities = tallyEntities(result.entities, names);
    articles.push({ path: doc.path, title: doc.title, words: doc.words, entities });
  });
  const types = opts.type ?? [...NAME_TYPES];
  const index = indexEntities(articles, { types });
  if (format === 'json') ctx.out.write(renderJsonValue({ jpai: VERSION, schemaVersion: 1, types, ...index, errors }));
  else if (format === 'ndjson') ctx.out.write(renderEntitiesNdjson(index));
  else if (format === 'csv') ctx.out.write(renderEntitiesCsv(index));
  else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    ctx.out.write(renderEntitiesTable(index, { colour, width: outputWidth(ctx, opts.width) }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, FORMATS);
  command
    .addOption(new Option('--type <list>', `only these types, comma-separated: ${NAME_TYPES.join(', ')}`).argParser(parseList('--type', 'type', NAME_TYPES)))
    .addOption(new Option('--width <columns>', 'fit the table to this width (default: the terminal, or 80)').argParser(parseWhole('--width', 40)));
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: EntitiesCliOptions) => {
    ctx.exitCode = await entitiesCommand(paths, opts, ctx);
  });
}
