// A whole corpus through extraction, for any command: read the inputs, extract on the worker pool (--jobs), and hand
// each document with its result in input order; problems reported on stderr as they are found, a progress bar on a
// terminal. What a command keeps of each document is its own business: only what its report needs.

import { streamCorpus } from '../corpus/load.js';
import { ExtractionPool, type Done, type ResultForm, type ResultOf } from '../extract/parallel.js';
import type { Knowledge } from '../knowledge/index.js';
import type { TargetCurrency } from '../analyze/funding.js';
import type { Document, EntityType, InputError } from '../types.js';
import type { CommandContext } from './commands.js';
import { reportProblem } from './inputs.js';
import { startProgress } from './progress.js';

export interface ExtractCorpusOptions<F extends ResultForm> {
  knowledge: Knowledge;
  types?: readonly EntityType[];
  jobs: number;
  quiet?: boolean;
  /** 'entities' (a DocumentResult), or what the worker makes of them: the document's ndjson line or CSV rows, or its
   * funding rows valued in `currency`. */
  form: F;
  currency?: TargetCurrency;
}

/**
 * Calls `onResult` with each document's result and the document itself (text included), in input order, each as
 * soon as it and every document before it are done. Returns the inputs that could not be read.
 */
export function extractCorpus<F extends ResultForm>(
  paths: string[],
  ctx: CommandContext,
  options: ExtractCorpusOptions<F>,
  onResult: (result: ResultOf<F>, doc: Document) => void,
): Promise<InputError[]> {
  return extractAll(paths, ctx, options, true, (result, done) => onResult(result, done.doc!));
}

/**
 * extractCorpus for a command that needs only the results: a document's text is let go as soon as it is handed to
 * a worker, instead of being held (and outliving young-generation collections) until its result is back.
 */
export function extractResults<F extends ResultForm>(
  paths: string[],
  ctx: CommandContext,
  options: ExtractCorpusOptions<F>,
  onResult: (result: ResultOf<F>) => void,
): Promise<InputError[]> {
  return extractAll(paths, ctx, options, false, (result) => onResult(result));
}

async function extractAll<F extends ResultForm>(
  paths: string[],
  ctx: CommandContext,
  options: ExtractCorpusOptions<F>,
  keepDocuments: boolean,
  onResult: (result: ResultOf<F>, done: Done) => void,
): Promise<InputError[]> {
  const { io } = ctx;
  const errors: InputError[] = [];
  const progress = startProgress({ stderr: io.stderr, env: io.env, quiet: options.quiet, paths, cwd: io.cwd });
  const pool = new ExtractionPool({ ...options, keepDocuments }, (result, done) => {
    onResult(result, done);
    progress.advance(done.chars);
  });
  try {
    for await (const item of streamCorpus(paths, { cwd: io.cwd, stdin: io.stdin })) {
      if (ctx.out.closed) break;
      if (item.kind === 'document') await pool.submit(item.document);
      else if (item.kind === 'error') {
        errors.push(item.error);
        progress.note(() => reportProblem(ctx, item.error));
      } else if (!options.quiet) progress.note(() => reportProblem(ctx, item.warning));
    }
    if (!ctx.out.closed) await pool.finish();
  } finally {
    await pool.close();
    progress.stop();
  }
  return errors;
}
