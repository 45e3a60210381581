// Turns the user's arguments (files, folders, globs, "-") into the list of inputs to read, in a stable
// order, each named the way the user will recognise it. Problems are returned, not thrown or printed.
// Symbolic links: a folder's walk follows links once per real folder and reports a link back into a folder it
// is inside (a loop) instead of walking it forever; globs do not follow links to folders at all.

import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Dirent, Stats } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import type { InputError } from '../types.js';

export const STDIN_PATH = '<stdin>';

export type Source =
  | { kind: 'file'; path: string; absolute: string }
  | { kind: 'stdin'; path: string };

export interface Discovery {
  sources: Source[];
  errors: InputError[];
}

/** What a folder contributes: articles as text, Markdown or saved web pages. */
const ARTICLE_FILE = /\.(?:txt|md|html?)$/i;
const NO_ARTICLES = 'folder has no .txt, .md or .html files; put the articles there as .txt, .md or .html, or name the files directly';
const IGNORED = ['**/node_modules/**'];

/** The corpus the package ships: `corpus/` next to `src/` (or `dist/`), wherever the package was installed. */
export function bundledCorpusDir(): string {
  return fileURLToPath(new URL('../../corpus/', import.meta.url));
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** Code-unit order, not locale order: the same bytes on every machine. */
function compareCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byPath(a: { path: string }, b: { path: string }): number {
  return compareCodeUnits(a.path, b.path);
}

const BROKEN_LINK = 'is a broken symbolic link (its target does not exist); fix or remove the link';

function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied; check the file permissions';
  if (code === 'ELOOP') return 'is a symbolic link loop (ELOOP); fix or remove the link';
  if (code === 'ENOENT') return BROKEN_LINK;
  if (code === 'ENAMETOOLONG') return 'has a name too long for the file system';
  return `cannot be read (${code ?? String(err)})`;
}

/** Devices and sockets are not articles; a FIFO is (`jpai extract <(curl ...)`), it ends. */
function notAFile(info: Stats): string | undefined {
  if (info.isFile() || info.isFIFO() || info.isDirectory()) return undefined;
  return 'is not a regular file (a device or socket), skipped; name article files or folders';
}

/** What a walk finds, one at a time: an input to read, or a problem naming its path. */
export type Found = { kind: 'source'; source: Source } | { kind: 'error'; error: InputError };

/**
 * `path.join(folder, name)` for a normalised folder and a plain name. path.join builds its result piece by piece,
 * and a list of 100,000 files named that way held ~60 MB more than this, which shares the folder's string.
 */
function childPath(folder: string, name: string, sep: string): string {
  if (folder === '.') return name;
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

/** A folder's entry worth a place in the walk; `order` places it among its siblings. */
type Entry = { order: string; found: Found } | { order: string; folder: { absolute: string; shown: string; real: string } };

/** Real paths of the folders walked (so a folder reached twice through links is listed once) and whether any input
 * or problem was found. */
interface Walk {
  seen: Set<string>;
  found: boolean;
}

/**
 * One folder's entries in their order: files and problems by name, subfolders by name + "/". That is the order of
 * the sorted list of all the files' paths (the "/" after a folder's name sorts it as its paths do), so the walk
 * yields that list one file at a time without holding it. A folder reached through several links is walked under the
 * first of its names, by name.
 */
async function folderEntries(walk: Walk, listed: Dirent[], absolute: string, shown: string, inside: readonly string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  for (const entry of listed.sort((a, b) => compareCodeUnits(a.name, b.name))) {
    // Hidden files and folders (.git, .DS_Store) and installed packages are never articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = childPath(absolute, entry.name, path.sep);
    const childShown = childPath(shown, entry.name, '/');
    const problem = (message: string, order = entry.name): void => {
      entries.push({ order, found: { kind: 'error', error: { path: childShown, message } } });
    };
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const info = await stat(child);
        isFolder = info.isDirectory();
        isFile = info.isFile() || info.isFIFO();
      } catch (err) {
        // A broken link named like an article, or any loop, is worth a line; other dangling links are not articles.
        const code = (err as NodeJS.ErrnoException).code;
        if (code === 'ELOOP' || ARTICLE_FILE.test(entry.name)) problem(errnoMessage(err));
        continue;
      }
    }
    if (isFile && ARTICLE_FILE.test(entry.name)) entries.push({ order: entry.name, found: { kind: 'source', source: { kind: 'file', path: childShown, absolute: child } } });
    if (!isFolder) continue;
    const order = `${entry.name}/`;
    let real: string;
    try {
      real = await realpath(child);
    } catch (err) {
      problem(errnoMessage(err), order);
      continue;
    }
    if (inside.includes(real)) {
      problem('is a symbolic link to a folder that contains it (a loop), skipped; fix or remove the link', order);
      continue;
    }
    if (walk.seen.has(real)) continue;
    walk.seen.add(real);
    entries.push({ order, folder: { absolute: child, shown: childShown, real } });
  }
  return entries.sort((a, b) => compareCodeUnits(a.order, b.order));
}

async function* walkFolder(walk: Walk, absolute: string, shown: string, inside: readonly string[]): AsyncGenerator<Found> {
  let listed: Dirent[];
  try {
    listed = await readdir(absolute, { withFileTypes: true });
  } catch (err) {
    walk.found = true;
    yield { kind: 'error', error: { path: shown, message: `folder ${errnoMessage(err).replace('cannot be read', 'cannot be listed')}` } };
    return;
  }
  for (const entry of await folderEntries(walk, listed, absolute, shown, inside)) {
    if ('found' in entry) {
      walk.found = true;
      yield entry.found;
    } else {
      yield* walkFolder(walk, entry.folder.absolute, entry.folder.shown, [...inside, entry.folder.real]);
    }
  }
}

async function* walkTop(shown: string, absolute: string): AsyncGenerator<Found> {
  const real = await realpath(absolute).catch(() => absolute);
  const walk: Walk = { seen: new Set([real]), found: false };
  yield* walkFolder(walk, absolute, shown, [real]);
  if (!walk.found) yield { kind: 'error', error: { path: shown, message: NO_ARTICLES } };
}

/** fast-glob, loaded only when an argument is not an existing path (it costs a cold start 20–40 ms). */
async function fastGlob() {
  return (await import('fast-glob')).default;
}

async function expandGlob(pattern: string, cwd: string): Promise<Discovery> {
  const fg = await fastGlob();
  // Links to folders are not followed (a loop would never end); links to files are, below.
  const found = await fg(pattern, { cwd, onlyFiles: false, followSymbolicLinks: false, objectMode: true, ignore: IGNORED, suppressErrors: true });
  const sources: Source[] = [];
  const errors: InputError[] = [];
  for (const entry of found) {
    const absolute = path.resolve(cwd, entry.path);
    if (entry.dirent.isFile()) sources.push({ kind: 'file', path: entry.path, absolute });
    if (!entry.dirent.isSymbolicLink()) continue;
    try {
      const info = await stat(absolute);
      if (info.isFile() || info.isFIFO()) sources.push({ kind: 'file', path: entry.path, absolute });
    } catch (err) {
      errors.push({ path: entry.path, message: errnoMessage(err) });
    }
  }
  if (sources.length === 0 && errors.length === 0) {
    errors.push({ path: pattern, message: 'glob matched no files; check the pattern (and quote it, so jpai expands it, not the shell)' });
  }
  return { sources: sources.sort(byPath), errors: errors.sort(byPath) };
}

async function* listed(discovery: Discovery): AsyncGenerator<Found> {
  for (const error of discovery.errors) yield { kind: 'error', error };
  for (const source of discovery.sources) yield { kind: 'source', source };
}

/**
 * One argument: "-", an existing file or folder (taken literally even if it looks like a glob), or a glob. A folder
 * is walked as its inputs are asked for, so a corpus of 150,000 files is never held as a list.
 */
export async function* walkArgument(arg: string, cwd: string): AsyncGenerator<Found> {
  if (arg === '-') {
    yield { kind: 'source', source: { kind: 'stdin', path: STDIN_PATH } };
    return;
  }
  const shown = path.posix.normalize(slashes(arg));
  const absolute = path.resolve(cwd, arg);
  const problem = (message: string): Found => ({ kind: 'error', error: { path: shown, message } });
  let info: Stats | undefined;
  try {
    info = await stat(absolute);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') {
      yield problem(errnoMessage(err));
      return;
    }
  }
  if (info?.isDirectory()) {
    yield* walkTop(shown.replace(/\/$/, '') || '/', absolute);
    return;
  }
  if (info) {
    const notArticle = notAFile(info);
    yield notArticle ? problem(notArticle) : { kind: 'source', source: { kind: 'file', path: shown, absolute } };
    return;
  }
  if ((await fastGlob()).isDynamicPattern(slashes(arg))) {
    yield* listed(await expandGlob(slashes(arg), cwd));
    return;
  }
  const brokenLink = await lstat(absolute).then((link) => link.isSymbolicLink(), () => false);
  yield problem(brokenLink ? BROKEN_LINK : 'no such file or folder; check the path');
}

/** The bundled corpus, named `corpus/<file>` as in the package. */
export function walkBundled(): AsyncGenerator<Found> {
  return walkTop('corpus', bundledCorpusDir());
}

/** Every argument's inputs and problems in argument order; no arguments: the bundled corpus. */
export async function* walkInputs(args: readonly string[], cwd: string): AsyncGenerator<Found> {
  if (args.length === 0) yield* walkBundled();
  for (const arg of args) yield* walkArgument(arg, cwd);
}

async function collect(walk: AsyncGenerator<Found>): Promise<Discovery> {
  const discovery: Discovery = { sources: [], errors: [] };
  for await (const found of walk) {
    if (found.kind === 'source') discovery.sources.push(found.source);
    else discovery.errors.push(found.error);
  }
  return discovery;
}

/** walkArgument's inputs and problems as two lists. */
export function discover(arg: string, cwd: string): Promise<Discovery> {
  return collect(walkArgument(arg, cwd));
}
