// Loading a corpus: discover the inputs, read and decode each, and hand back documents one at a time
// with every problem named by path. Nothing here prints or exits.

import { readFile, realpath } from 'node:fs/promises';
import process from 'node:process';
import type { Document, InputError } from '../types.js';
import { decode } from './decode.js';
import { buildDocument } from './document.js';
import { discover, discoverBundled, type Source } from './discover.js';
import { htmlKind, htmlToPlain } from './html.js';

export interface LoadOptions {
  /** Where relative paths and globs start (default: the process's working directory). */
  cwd?: string;
  /** Read for the path "-". */
  stdin?: AsyncIterable<Uint8Array | string>;
}

export type CorpusItem =
  | { kind: 'document'; document: Document }
  | { kind: 'error'; error: InputError }
  | { kind: 'warning'; warning: InputError };

export interface Corpus {
  documents: Document[];
  errors: InputError[];
  warnings: InputError[];
}

async function readAll(stream: AsyncIterable<Uint8Array | string>): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk));
  return Buffer.concat(chunks);
}

async function readSource(source: Source, options: LoadOptions): Promise<Uint8Array> {
  if (source.kind === 'file') return readFile(source.absolute);
  if (!options.stdin) throw Object.assign(new Error('standard input is not available'), { code: 'NOSTDIN' });
  return readAll(options.stdin);
}

function readProblem(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied; check the file permissions';
  if (code === 'EISDIR') return 'is a folder, not a file';
  if (code === 'ELOOP') return 'is a symbolic link loop (ELOOP); fix or remove the link';
  if (code === 'ERR_FS_FILE_TOO_LARGE') return 'is larger than 2 GB; split it into articles';
  if (code === 'NOSTDIN') return 'standard input is not available here; pass file paths instead of "-"';
  return `cannot be read (${code ?? (err as Error).message})`;
}

/** A key that is the same for two spellings of one file, so overlapping arguments load it once. */
async function identity(source: Source): Promise<string> {
  if (source.kind === 'stdin') return source.path;
  try {
    return await realpath(source.absolute);
  } catch {
    return source.absolute;
  }
}

/** The document of a decoded file, HTML read as the text a browser shows, and what the user should know about it. */
function toDocument(path: string, bytes: Uint8Array, text: string, decodeWarning?: string): { document: Document; warnings: string[] } {
  const warnings = decodeWarning ? [decodeWarning] : [];
  const html = htmlKind(path, text);
  if (!html) return { document: buildDocument(path, bytes, text), warnings };
  if (html === 'content') warnings.push('starts like an HTML page; read as HTML (markup, scripts and styles skipped)');
  const plain = htmlToPlain(text);
  if (plain.trim() === '' && text.trim() !== '') warnings.push('is an HTML page without text outside its markup: nothing to extract');
  return { document: buildDocument(path, bytes, text, plain), warnings };
}

/**
 * Yields each document as soon as it is read, and each problem as it is found, in argument order
 * (a folder's files sorted). No paths = the bundled corpus.
 */
export async function* streamCorpus(paths: readonly string[], options: LoadOptions = {}): AsyncGenerator<CorpusItem> {
  const cwd = options.cwd ?? process.cwd();
  const seen = new Set<string>();
  const discoveries = paths.length === 0 ? [() => discoverBundled()] : paths.map((arg) => () => discover(arg, cwd));
  for (const next of discoveries) {
    const { sources, errors } = await next();
    for (const error of errors) yield { kind: 'error', error };
    for (const source of sources) {
      const key = await identity(source);
      if (seen.has(key)) continue;
      seen.add(key);
      let bytes: Uint8Array;
      try {
        bytes = await readSource(source, options);
      } catch (err) {
        yield { kind: 'error', error: { path: source.path, message: readProblem(err) } };
        continue;
      }
      const decoded = decode(bytes);
      if (!decoded.ok) {
        yield { kind: 'error', error: { path: source.path, message: decoded.error } };
        continue;
      }
      const { document, warnings } = toDocument(source.path, bytes, decoded.text, decoded.warning);
      for (const message of warnings) yield { kind: 'warning', warning: { path: source.path, message } };
      yield { kind: 'document', document };
    }
  }
}

/** The whole corpus at once: documents, errors (inputs that were skipped) and warnings (inputs read with a caveat). */
export async function loadCorpus(paths: readonly string[], options: LoadOptions = {}): Promise<Corpus> {
  const corpus: Corpus = { documents: [], errors: [], warnings: [] };
  for await (const item of streamCorpus(paths, options)) {
    if (item.kind === 'document') corpus.documents.push(item.document);
    else if (item.kind === 'error') corpus.errors.push(item.error);
    else corpus.warnings.push(item.warning);
  }
  return corpus;
}
