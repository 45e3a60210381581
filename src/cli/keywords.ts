// jpai keywords [paths...]: what the corpus and each article are about, by TF-IDF or by keyness against a reference.

import { Option, type Command } from 'commander';
import { KEYWORD_METHODS, KeywordsError, TermCounter, type KeywordMethod } from '../analyze/keywords.js';
import { NAME_TYPES } from '../analyze/entities.js';
import { VERSION } from '../extract/index.js';
import type { Knowledge } from '../knowledge/index.js';
import { decideColour } from '../render/colour.js';
import { renderKeywordsJson, renderKeywordsNdjson, renderKeywordsTable } from '../render/keywords.js';
import type { CommandContext } from './commands.js';
import { parseWhole } from './compare.js';
import { EXIT, usageError } from './exit.js';
import { readKnowledge } from './inputs.js';
import { extractCorpus } from './extract-corpus.js';
import { addJobsOption, addCommonOptions, addFormatOptions, addKnowledgeOption, chosenFormat, type CommonOptions, type FormatOptions } from './options.js';
import { unknownChoice } from './suggest.js';

const KEYWORD_FORMATS = ['table', 'json', 'ndjson'] as const;

interface KeywordsCliOptions extends FormatOptions, CommonOptions {
  jobs: number;
  method: KeywordMethod;
  top: number;
  perDoc?: boolean;
  minFreq: number;
  reference?: string[];
  includeReferences?: boolean;
  knowledge?: string[];
}

const EXAMPLES = `
Terms are words (lower-cased; stop words, numbers and words of any prose left out; "regulation" and
"regulations" one row under the commoner form), 2- and 3-word phrases that no stop word or punctuation
breaks, and linked entity names as one term. Bylines, author bios, navigation, URLs and footnote markers
are never counted; references only with --include-references.

TF-IDF is natural's: count x (1 + ln(articles / (1 + articles using the term))). Keyness is Dunning's
log-likelihood G² (terms over-used with p < 0.05) with the log ratio as effect size (+1 = twice as
frequent), against --reference, or, without one, each article against the rest.

Examples:
  jpai keywords
  jpai keywords --per-doc --top 15
  jpai keywords --method keyness corpus/japans-ai-diplomacy.txt --reference corpus/
  jpai keywords --method keyness --format json | jq '.lists[] | {label, top: [.rows[:3][].term]}'`;

function parseMethod(value: string): KeywordMethod {
  const v = value.trim().toLowerCase();
  if (!(KEYWORD_METHODS as readonly string[]).includes(v)) throw usageError(`--method: ${unknownChoice('method', value, KEYWORD_METHODS)}`);
  return v as KeywordMethod;
}

/** Reads the articles at `paths` into the counter as they come, keeping only their term counts. */
function load(paths: string[], role: 'target' | 'reference', counter: TermCounter, opts: KeywordsCliOptions, ctx: CommandContext, knowledge: Knowledge) {
  // Names are counted as one term each; dates and funding figures are not terms, so the workers need not send them.
  const extraction = { knowledge, types: NAME_TYPES, jobs: opts.jobs, quiet: opts.quiet, form: 'entities' as const };
  return extractCorpus(paths, ctx, extraction, ({ entities }, doc) => {
    // An HTML page is read as the text a browser shows (`plain`: tags blanked, same offsets).
    counter.add({ path: doc.path, sha256: doc.sha256, text: doc.plain ?? doc.text, entities }, role);
  });
}

async function keywordsCommand(paths: string[], opts: KeywordsCliOptions, ctx: CommandContext): Promise<number> {
  const format = chosenFormat(opts);
  const referencePaths = opts.reference ?? [];
  if (referencePaths.length > 0 && opts.method !== 'keyness') {
    throw usageError('--reference is for --method keyness; TF-IDF weighs terms within the articles given');
  }
  const knowledge = readKnowledge(ctx, opts.knowledge ?? []);
  const includeReferences = Boolean(opts.includeReferences);
  const counter = new TermCounter({ includeReferences, withReference: referencePaths.length > 0 });
  const errors = await load(paths, 'target', counter, opts, ctx, knowledge);
  if (referencePaths.length > 0) errors.push(...(await load(referencePaths, 'reference', counter, opts, ctx, knowledge)));
  if (counter.articles === 0) return EXIT.input;
  let result;
  try {
    result = counter.rank({ method: opts.method, top: opts.top, perDoc: Boolean(opts.perDoc), minFreq: opts.minFreq });
  } catch (err) {
    if (err instanceof KeywordsError) throw usageError(err.message);
    throw err;
  }
  if (format === 'json') {
    ctx.out.write(renderKeywordsJson(result, { jpai: VERSION, minFreq: opts.minFreq, includeReferences, errors }));
  } else if (format === 'ndjson') {
    ctx.out.write(renderKeywordsNdjson(result));
  } else {
    ctx.out.write(renderKeywordsTable(result, { colour: decideColour({ flag: opts.color, env: ctx.io.env, isTTY: ctx.io.stdout.isTTY }) }));
  }
  return errors.length > 0 ? EXIT.input : EXIT.ok;
}

export function register(command: Command, ctx: CommandContext): void {
  addFormatOptions(command, KEYWORD_FORMATS);
  command
    .addOption(new Option('--method <method>', `how terms are weighed: ${KEYWORD_METHODS.join(', ')}`).argParser(parseMethod).default('tfidf'))
    .addOption(new Option('--top <n>', 'terms per list').argParser(parseWhole('--top', 1)).default(10))
    .option('--per-doc', 'one list per article (TF-IDF; keyness without --reference always is)')
    .addOption(new Option('--min-freq <n>', 'leave out terms used fewer times than this (phrases: at least 2)').argParser(parseWhole('--min-freq', 1)).default(2))
    .option(
      '--reference <path>',
      'keyness against these articles: file, folder or glob (repeatable); articles also given as targets are left out of it',
      (value: string, values: string[] | undefined) => [...(values ?? []), value],
    )
    .option('--include-references', 'count reference sections and footnotes too');
  addKnowledgeOption(command);
  addJobsOption(command);
  addCommonOptions(command);
  command.addHelpText('after', EXAMPLES);
  command.action(async (paths: string[], opts: KeywordsCliOptions) => {
    ctx.exitCode = await keywordsCommand(paths, opts, ctx);
  });
}
