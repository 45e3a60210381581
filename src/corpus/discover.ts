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
function byPath(a: { path: string }, b: { path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
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

interface Walk {
  files: Source[];
  errors: InputError[];
  /** Real paths of the folders walked, so a folder reached twice (through a link) is listed once. */
  seen: Set<string>;
}

/**
 * `path.join(folder, name)` for a normalised folder and a plain name. path.join builds its result piece by piece,
 * and a list of 100,000 files named that way held ~60 MB more than this, which shares the folder's string.
 */
function childPath(folder: string, name: string, sep: string): string {
  if (folder === '.') return name;
  return folder.endsWith(sep) ? folder + name : folder + sep + name;
}

async function walkFolder(walk: Walk, absolute: string, shown: string, inside: readonly string[]): Promise<void> {
  let entries: Dirent[];
  try {
    entries = await readdir(absolute, { withFileTypes: true });
  } catch (err) {
    walk.errors.push({ path: shown, message: `folder ${errnoMessage(err).replace('cannot be read', 'cannot be listed')}` });
    return;
  }
  for (const entry of entries) {
    // Hidden files and folders (.git, .DS_Store) and installed packages are never articles.
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const child = childPath(absolute, entry.name, path.sep);
    const childShown = childPath(shown, entry.name, '/');
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
        if (code === 'ELOOP' || ARTICLE_FILE.test(entry.name)) walk.errors.push({ path: childShown, message: errnoMessage(err) });
        continue;
      }
    }
    if (isFile && ARTICLE_FILE.test(entry.name)) walk.files.push({ kind: 'file', path: childShown, absolute: child });
    if (!isFolder) continue;
    let real: string;
    try {
      real = await realpath(child);
    } catch (err) {
      walk.errors.push({ path: childShown, message: errnoMessage(err) });
      continue;
    }
    if (inside.includes(real)) {
      walk.errors.push({ path: childShown, message: 'is a symbolic link to a folder that contains it (a loop), skipped; fix or remove the link' });
      continue;
    }
    if (walk.seen.has(real)) continue;
    walk.seen.add(real);
    await walkFolder(walk, child, childShown, [...inside, real]);
  }
}

async function listFolder(shown: string, absolute: string): Promise<Discovery> {
  const real = await realpath(absolute).catch(() => absolute);
  const walk: Walk = { files: [], errors: [], seen: new Set([real]) };
  await walkFolder(walk, absolute, shown, [real]);
  if (walk.files.length === 0 && walk.errors.length === 0) walk.errors.push({ path: shown, message: NO_ARTICLES });
  return { sources: walk.files.sort(byPath), errors: walk.errors };
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

/** One argument: "-", an existing file or folder (taken literally even if it looks like a glob), or a glob. */
export async function discover(arg: string, cwd: string): Promise<Discovery> {
  if (arg === '-') return { sources: [{ kind: 'stdin', path: STDIN_PATH }], errors: [] };
  const shown = path.posix.normalize(slashes(arg));
  const absolute = path.resolve(cwd, arg);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return listFolder(shown.replace(/\/$/, '') || '/', absolute);
    const problem = notAFile(info);
    if (problem) return { sources: [], errors: [{ path: shown, message: problem }] };
    return { sources: [{ kind: 'file', path: shown, absolute }], errors: [] };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { sources: [], errors: [{ path: shown, message: errnoMessage(err) }] };
  }
  if ((await fastGlob()).isDynamicPattern(slashes(arg))) return expandGlob(slashes(arg), cwd);
  const brokenLink = await lstat(absolute).then((info) => info.isSymbolicLink(), () => false);
  return { sources: [], errors: [{ path: shown, message: brokenLink ? BROKEN_LINK : 'no such file or folder; check the path' }] };
}

/** The bundled corpus, named `corpus/<file>` as in the package. */
export async function discoverBundled(): Promise<Discovery> {
  return listFolder('corpus', bundledCorpusDir());
}
