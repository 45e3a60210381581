// Options shared by commands, defined and validated in one place, so every command spells them the same.

import { availableParallelism } from 'node:os';
import { Option, type Command } from 'commander';
import { usageError } from './exit.js';
import { unknownChoice } from './suggest.js';

export const FORMATS = ['table', 'json', 'ndjson', 'csv'] as const;
export type Format = (typeof FORMATS)[number];

export interface FormatOptions {
  format?: string;
  json?: boolean;
}

export interface CommonOptions {
  /** False with --no-color. */
  color: boolean;
  quiet?: boolean;
}

function parseChoice<T extends string>(option: string, what: string, choices: readonly T[]) {
  return (value: string): T => {
    const v = value.trim().toLowerCase();
    if (!(choices as readonly string[]).includes(v)) throw usageError(`${option}: ${unknownChoice(what, value, choices)}`);
    return v as T;
  };
}

/** A comma-separated list of choices: "agency,law". */
export function parseList<T extends string>(option: string, what: string, choices: readonly T[]) {
  const one = parseChoice(option, what, choices);
  return (value: string): T[] => {
    const items = value.split(',').map((v) => v.trim()).filter(Boolean);
    if (items.length === 0) throw usageError(`${option}: give at least one ${what}: ${choices.join(', ')}`);
    return [...new Set(items.map(one))];
  };
}

export function addFormatOptions(cmd: Command, formats: readonly Format[]): Command {
  return cmd
    .addOption(new Option('--format <format>', `output format: ${formats.join(', ')}`).argParser(parseChoice('--format', 'format', formats)))
    .option('--json', 'shorthand for --format json');
}

/** The format asked for: --format, or --json, or a table. */
export function chosenFormat(opts: FormatOptions): Format {
  if (opts.json && opts.format && opts.format !== 'json') {
    throw usageError(`--json and --format ${opts.format} ask for different formats; give one of them`);
  }
  return opts.json ? 'json' : ((opts.format as Format | undefined) ?? 'table');
}

export function addTypesOption<T extends string>(cmd: Command, types: readonly T[]): Command {
  return cmd.addOption(
    new Option('--types <list>', `only these entity types, comma-separated: ${types.join(', ')}`).argParser(parseList('--types', 'type', types)),
  );
}

export function addKnowledgeOption(cmd: Command): Command {
  return cmd.option(
    '--knowledge <file>',
    'your own JSON file of agencies, laws, policies, organizations (repeatable)',
    (file: string, files: string[] | undefined) => [...(files ?? []), file],
  );
}

export function addCommonOptions(cmd: Command): Command {
  return cmd.option('--no-color', 'no colour, even on a terminal').option('-q, --quiet', 'no warnings on stderr (errors are still shown)');
}

export interface JobsOptions {
  /** Worker threads for extraction. */
  jobs: number;
}

const MAX_JOBS = 256;

function parseJobs(value: string): number {
  const n = Number(value.trim());
  if (!Number.isInteger(n) || n < 1 || n > MAX_JOBS) throw usageError(`--jobs: give a whole number of workers from 1 to ${MAX_JOBS}, not '${value}'`);
  return n;
}

/** --jobs N: extraction on N worker threads; the default is one per core. */
export function addJobsOption(cmd: Command): Command {
  const cores = availableParallelism();
  return cmd.addOption(
    new Option('-j, --jobs <n>', 'worker threads for extraction (1 = no workers)').argParser(parseJobs).default(cores, `the number of cores, ${cores}`),
  );
}
