// Reading what commands need, with every problem reported on stderr as one line naming the file.

import { loadKnowledge, KnowledgeError, type Knowledge } from '../knowledge/index.js';
import { streamCorpus } from '../corpus/load.js';
import type { Document, InputError } from '../types.js';
import type { CommandContext } from './commands.js';
import { CliError } from './exit.js';
import { complain, resolveArgPath } from './io.js';

export function readKnowledge(ctx: CommandContext, files: string[]): Knowledge {
  try {
    return loadKnowledge(files.map((f) => resolveArgPath(ctx.io, f)));
  } catch (err) {
    if (err instanceof KnowledgeError) throw new CliError(err.message);
    throw err;
  }
}

export function reportProblem(ctx: CommandContext, problem: InputError): void {
  complain(ctx.io, `${problem.path}: ${problem.message}`);
}

/**
 * Hands each loaded document to `onDocument` as it is read; reports errors (and warnings, unless quiet);
 * returns the errors. Stops early when stdout has been closed.
 */
export async function eachDocument(
  paths: string[],
  ctx: CommandContext,
  quiet: boolean | undefined,
  onDocument: (doc: Document) => void,
): Promise<InputError[]> {
  const errors: InputError[] = [];
  for await (const item of streamCorpus(paths, { cwd: ctx.io.cwd, stdin: ctx.io.stdin })) {
    if (ctx.out.closed) break;
    if (item.kind === 'document') onDocument(item.document);
    else if (item.kind === 'error') {
      errors.push(item.error);
      reportProblem(ctx, item.error);
    } else if (!quiet) reportProblem(ctx, item.warning);
  }
  return errors;
}
