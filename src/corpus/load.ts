// Loading a corpus: discover the inputs, read and decode each, and hand back documents one at a time
// with every problem named by path. Nothing here prints or exits.

import { readFileSync, statSync, type BigIntStats } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setImmediate } from 'node:timers/promises';
import process from 'node:process';
import type { Document, InputError } from '../types.js';
import { decode } from './decode.js';
import { buildDocument } from './document.js';
import { walkInputs, type Source } from './discover.js';
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

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);

function addNew<T>(set: Set<T>, item: T): boolean {
  if (set.has(item)) return false;
  set.add(item);
  return true;
}

/**
 * Files already loaded, by device and inode (a number for every inode number short of 2^53, so 150,000 of them take
 * little memory): two names of one file, through links or overlapping arguments, load it once. Standard input, and a
 * file that cannot be looked up, go by name.
 */
class LoadedFiles {
  private readonly byDevice = new Map<bigint, Set<number | bigint>>();
  private readonly byName = new Set<string>();

  /** Records the input; false if it was loaded already. */
  add(name: string, info: BigIntStats | undefined): boolean {
    if (!info) return addNew(this.byName, name);
    let inodes = this.byDevice.get(info.dev);
    if (!inodes) this.byDevice.set(info.dev, (inodes = new Set()));
    return addNew(inodes, info.ino <= MAX_SAFE ? Number(info.ino) : info.ino);
  }
}

/**
 * The input's bytes, or undefined if it was loaded already. A regular file is read synchronously: each asynchronous
 * step is a round trip through libuv's thread pool, which made reading 150,000 small files ~10× slower; a FIFO is
 * read asynchronously, as its writer may be this very process.
 */
async function readNew(source: Source, options: LoadOptions, loaded: LoadedFiles): Promise<Uint8Array | undefined> {
  if (source.kind === 'stdin') {
    if (!loaded.add(source.path, undefined)) return undefined;
    if (!options.stdin) throw Object.assign(new Error('standard input is not available'), { code: 'NOSTDIN' });
    return readAll(options.stdin);
  }
  let info: BigIntStats | undefined;
  try {
    info = statSync(source.absolute, { bigint: true });
  } catch {
    // Reading it will say what is wrong.
  }
  if (!loaded.add(source.absolute, info)) return undefined;
  return info?.isFile() ? readFileSync(source.absolute) : readFile(source.absolute);
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
  const loaded = new LoadedFiles();
  for await (const found of walkInputs(paths, cwd)) {
    if (found.kind === 'error') {
      yield found;
      continue;
    }
    const { source } = found;
    let bytes: Uint8Array | undefined;
    try {
      bytes = await readNew(source, options, loaded);
    } catch (err) {
      yield { kind: 'error', error: { path: source.path, message: readProblem(err) } };
      continue;
    }
    if (!bytes) continue;
    // Reads are synchronous: let the event loop see a signal, a closed pipe or a worker's result between files.
    await setImmediate();
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
