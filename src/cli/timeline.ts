// jpai timeline [paths...]: dated events in order, with the sentence that dates them and the entities it names.

import { Option, type Command } from 'commander';
import { resolveEntity, tallyEntities, type EntityTally, type NameTable } from '../analyze/entities.js';
import { buildTimeline, datedMentions, endKey, mentionTables, startKey, type DatedMention } from '../analyze/timeline.js';
import { VERSION } from '../extract/index.js';
import { decideColour } from '../render/colour.js';
import { jsonChunks } from '../render/json.js';
import { renderTimelineCsv, renderTimelineNdjson, renderTimelineTable } from '../render/timeline.js';
import type { EntityType } from '../types.js';
import type { CommandContext } from './commands.js';
import { outputWidth, parseWhole } from './compare.js';
import { EXIT, usageError } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractCorpus } from './extract-corpus.js';
import { complain } from './io.js';
import {
  addJobsOption,
  addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, FORMATS, parseList, type CommonOptions, type FormatOptions,
} from './options.js';
import { closest } from './suggest.js';

const SENTENCE_TYPES = ['agency', 'law', 'policy', 'organization', 'funding'] as const satisfies readonly EntityType[];

interface TimelineCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  from?: string;
  to?: string;
  entity?: string[];
  type?: EntityType[];
  citations: boolean;
  width?: number;
  knowledge?: string[];
}

const EXAMPLES = `
Dates are ISO: 2024, 2024-03 or 2024-03-15. An event is kept when its date or
range overlaps --from..--to, so "2024" stays for --from 2024-06. A year sorts
before the months of that year. An event several articles report (same month or
day, same linked entity) is one event listing every source.

Examples:
  jpai timeline
  jpai timeline --from 2023-01 --to 2024-12 --entity METI --no-citations
  jpai timeline --entity "Hiroshima AI Process" --type law,policy
  jpai timeline clips/ --format csv > events.csv`;

const ISO_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

function parseIsoDate(option: string) {
  return (value: string): string => {
    const v = value.trim();
    if (!ISO_DATE.test(v)) throw usageError(`${option}: expected a date like 2024, 2024-03 or 2024-03-15, got '${value}'`);
    return v;
  };
}

/** The ids the --entity values name; a value that names nothing is reported, with the closest name if one is near. */
function wantedIds(queries: string[], tallies: EntityTally[][], ctx: CommandContext): Set<string> {
  const ids = new Set<string>();
  const articles = tallies.map((entities) => ({ entities }));
  for (const query of queries) {
    const found = resolveEntity(query, articles);
    if (found.size === 0) {
      const names = [...new Set(tallies.flat().flatMap((e) => [e.canonical, ...(e.abbreviation ? [e.abbreviation] : [])]))];
      const guess = closest(query, names.map((n) => n.toLowerCase()));
      const original = guess && names.find((n) => n.toLowerCase() === guess);
      complain(ctx.io, `--entity: no entity '${query}' in these articles${original ? ` (did you mean ${original}?)` : ''}`);
    }
    for (const id of found) ids.add(id);
  }
  return ids;
}

async function timelineCommand(paths: string[], opts: TimelineCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  if (opts.from && opts.to && startKey(opts.from) > endKey(opts.to)) {
    throw usageError(`--from ${opts.from} is after --to ${opts.to}`);
  }
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const mentions: DatedMention[] = [];
  const tallies: EntityTally[][] = [];
  const names: NameTable = new Map();
  const tables = mentionTables();
  let undated = 0;
  let articles = 0;
  const errors = await extractCorpus(paths, ctx, { knowledge, jobs: opts.jobs, quiet: opts.quiet, form: 'entities' }, ({ entities }, doc) => {
    const dated = datedMentions(doc, entities, tables);
    for (const m of dated.mentions) mentions.push(m);
    undated += dated.undated;
    articles++;
    if (opts.entity) tallies.push(tallyEntities(entities, names));
  });
  const entityIds = opts.entity ? wantedIds(opts.entity, tallies, ctx) : undefined;
  const events = buildTimeline(mentions, { from: opts.from, to: opts.to, entityIds, types: opts.type, citations: opts.citations });
  if (format === 'json') {
    const filters = { from: opts.from, to: opts.to, entity: opts.entity, type: opts.type, citations: opts.citations };
    ctx.out.writeAll(jsonChunks({ jpai: VERSION, schemaVersion: 1, filters, events, undated, errors }));
  } else if (format === 'ndjson') {
    ctx.out.write(renderTimelineNdjson(events));
  } else if (format === 'csv') {
    ctx.out.write(renderTimelineCsv(events));
  } else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    const kept = events.reduce((n, e) => n + e.sources.length, 0);
    ctx.out.write(renderTimelineTable({ events, mentions: kept, articles, undated }, { colour, width: outputWidth(ctx, opts.width) }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, FORMATS);
  command
    .addOption(new Option('--from <date>', 'only events on or after this date (2024, 2024-03, 2024-03-15)').argParser(parseIsoDate('--from')))
    .addOption(new Option('--to <date>', 'only events on or before this date').argParser(parseIsoDate('--to')))
    .option(
      '--entity <id-or-name>',
      'only events whose sentence names this entity: id, name, abbreviation or any form seen (repeatable)',
      (value: string, values: string[] | undefined) => [...(values ?? []), value],
    )
    .addOption(
      new Option('--type <list>', `only events whose sentence has an entity of these types: ${SENTENCE_TYPES.join(', ')}`).argParser(
        parseList('--type', 'type', SENTENCE_TYPES),
      ),
    )
    .option('--no-citations', 'leave out dates in notes and references')
    .addOption(new Option('--width <columns>', 'fit the output to this width (default: the terminal, or 80)').argParser(parseWhole('--width', 40)));
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: TimelineCliOptions) => {
    ctx.exitCode = await timelineCommand(paths, opts, ctx);
  });
}
