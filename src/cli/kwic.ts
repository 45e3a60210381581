// jpai kwic TERM [paths...]: every occurrence of a term, a pattern (--regex) or a linked entity (--entity), in context.

import { Option, type Command } from 'commander';
import { tallyEntities } from '../analyze/entities.js';
import { compilePattern, compileTerm, kwic, KWIC_SORTS, KwicQueryError, type KwicDocument, type KwicQuery, type KwicSort } from '../analyze/kwic.js';
import { extractEntities, VERSION } from '../extract/index.js';
import { decideColour } from '../render/colour.js';
import { renderKwicJson, renderKwicNdjson, renderKwicTable } from '../render/kwic.js';
import type { CommandContext } from './commands.js';
import { parseWhole } from './compare.js';
import { EXIT, usageError } from './exit.js';
import { eachDocument, readKnowledge } from './inputs.js';
import { complain } from './io.js';
import { addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, type CommonOptions, type FormatOptions } from './options.js';
import { closest, unknownChoice } from './suggest.js';

const KWIC_FORMATS = ['table', 'json', 'ndjson'] as const;

interface KwicCliOptions extends FormatOptions, CommonOptions {
  regex?: boolean;
  entity?: boolean;
  width: number;
  sort: KwicSort;
  knowledge?: string[];
}

const EXAMPLES = `
TERM matches as grep -oiw does: case-insensitive, whole words, every occurrence. With --regex, TERM is a
JavaScript regular expression, also case-insensitive and matched as whole words (a match may not end or start
inside a word; regulat\\w* finds regulate, regulation, regulations); a group that repeats inside a repeated
group, like (a+)+, is refused because it can take exponential time. With --entity, TERM is an entity's id,
name, abbreviation or any form an article writes it in, and every mention under any of its names is listed.

Examples:
  jpai kwic "soft law"
  jpai kwic --entity METI --width 50 --sort right
  jpai kwic --regex "regulat(e|ion|ions|ory)" corpus/
  jpai kwic "Hiroshima AI Process" --format ndjson | wc -l`;

function parseSort(value: string): KwicSort {
  const v = value.trim().toLowerCase();
  if (!(KWIC_SORTS as readonly string[]).includes(v)) throw usageError(`--sort: ${unknownChoice('order', value, KWIC_SORTS)}`);
  return v as KwicSort;
}

/** The query, checked before any article is read: a bad pattern is a usage error. */
function queryOf(term: string, opts: KwicCliOptions): KwicQuery {
  if (opts.regex && opts.entity) throw usageError('--regex and --entity ask different questions; give one of them');
  try {
    if (opts.regex) {
      compilePattern(term);
      return { regex: term };
    }
    if (opts.entity) {
      if (term.trim() === '') throw new KwicQueryError('the entity name is empty');
      return { entity: term };
    }
    compileTerm(term);
    return { term };
  } catch (err) {
    if (err instanceof KwicQueryError) throw usageError(`${opts.regex ? '--regex' : opts.entity ? '--entity' : 'TERM'}: ${err.message}`);
    throw err;
  }
}

function reportUnknownEntity(name: string, documents: KwicDocument[], ctx: CommandContext): void {
  const names = [...new Set(documents.flatMap((d) => tallyEntities(d.entities ?? [])).flatMap((e) => [e.canonical, ...(e.abbreviation ? [e.abbreviation] : [])]))];
  const guess = closest(name, names.map((n) => n.toLowerCase()));
  const original = guess && names.find((n) => n.toLowerCase() === guess);
  complain(ctx.io, `--entity: no entity '${name}' in these articles${original ? ` (did you mean ${original}?)` : ''}`);
}

async function kwicCommand(term: string, paths: string[], opts: KwicCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const query = queryOf(term, opts);
  // Read even when unused, so a broken --knowledge file is reported whatever the query.
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const documents: KwicDocument[] = [];
  const errors = await eachDocument(paths, ctx, opts.quiet, (doc) => {
    // Entities are only needed to answer --entity; a term or pattern is looked for in the text alone.
    // An HTML page is searched as the text a browser shows (`plain`: tags blanked, same offsets).
    documents.push({ path: doc.path, text: doc.plain ?? doc.text, ...(opts.entity ? { entities: extractEntities(doc, { knowledge }) } : {}) });
  });
  const result = kwic(documents, query, { width: opts.width, sort: opts.sort });
  if ('entity' in query && result.entities?.length === 0) reportUnknownEntity(query.entity, documents, ctx);
  if (format === 'json') {
    const mode = 'regex' in query ? 'regex' : 'entity' in query ? 'entity' : 'term';
    ctx.out.write(renderKwicJson(result, { jpai: VERSION, query: { mode, width: opts.width, sort: opts.sort }, errors }));
  } else if (format === 'ndjson') {
    ctx.out.write(renderKwicNdjson(result.lines));
  } else {
    const colour = decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY });
    ctx.out.write(renderKwicTable(result, { colour, width: opts.width }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, KWIC_FORMATS);
  command
    .option('--regex', 'TERM is a regular expression (case-insensitive, whole words)')
    .option('--entity', 'TERM is an entity id or any of its names: list every mention under any alias')
    .addOption(new Option('--width <n>', 'characters of context on each side').argParser(parseWhole('--width', 1)).default(40))
    .addOption(new Option('--sort <order>', `line order: ${KWIC_SORTS.join(', ')} (by the words left or right of the match)`).argParser(parseSort).default('position'));
  addKnowledgeOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (term: string, paths: string[], opts: KwicCliOptions) => {
    ctx.exitCode = await kwicCommand(term, paths, opts, ctx);
  });
}
