// The command registry. Adding a command: write src/cli/<name>.ts exporting `register(command, ctx)`, and add
// an entry here. Only the command being run is imported, so `jpai --version` loads none of them.

import type { Command } from 'commander';
import type { CliIo, Output } from './io.js';

export interface CommandContext {
  io: CliIo;
  /** stdout, quiet once the reader has gone. */
  out: Output;
  /** The command's exit code (see exit.ts); set by its action. */
  exitCode: number;
}

export interface CommandModule {
  /** Adds options and the action to `command` (already named, with its arguments and summary). */
  register(command: Command, ctx: CommandContext): void;
}

export interface CommandEntry {
  name: string;
  /** Positional arguments in commander's syntax. */
  args: string;
  summary: string;
  load: () => Promise<CommandModule>;
}

export const COMMANDS: readonly CommandEntry[] = [
  {
    name: 'extract',
    args: '[paths...]',
    summary: 'agencies, laws, policies, organizations, funding figures and dates in each article',
    load: () => import('./extract.js'),
  },
  {
    name: 'eval',
    args: '[paths...]',
    summary: 'precision, recall and F1 per entity type against gold annotations (--gold FILE)',
    load: () => import('./eval.js'),
  },
  {
    name: 'funding',
    args: '[paths...]',
    summary: 'every funding figure, normalised, with funder, recipient and role; totals that count no money twice',
    load: () => import('./funding.js'),
  },
  {
    name: 'compare',
    args: '[paths...]',
    summary: 'article x entity matrix, jurisdictions, hard-law vs soft-law profile, similarity between articles',
    load: () => import('./compare.js'),
  },
  {
    name: 'timeline',
    args: '[paths...]',
    summary: 'dated events in order, with the sentence that dates them',
    load: () => import('./timeline.js'),
  },
  {
    name: 'entities',
    args: '[paths...]',
    summary: 'the corpus-wide index of linked entities: mentions, articles, aliases',
    load: () => import('./entities.js'),
  },
  {
    name: 'keywords',
    args: '[paths...]',
    summary: 'top terms and phrases per article and corpus-wide (TF-IDF, keyness)',
    load: () => import('./keywords.js'),
  },
  {
    name: 'kwic',
    args: '<term> [paths...]',
    summary: 'keyword-in-context concordance lines',
    load: () => import('./kwic.js'),
  },
  {
    name: 'stats',
    args: '[paths...]',
    summary: 'corpus size, words, sentences, entity counts',
    load: () => import('./stats.js'),
  },
];
