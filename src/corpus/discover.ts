// Turns the user's arguments (files, folders, globs, "-") into the list of inputs to read, in a stable
// order, each named the way the user will recognise it. Problems are returned, not thrown or printed.

import { stat } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import fg from 'fast-glob';
import type { InputError } from '../types.js';

export const STDIN_PATH = '<stdin>';

export type Source =
  | { kind: 'file'; path: string; absolute: string }
  | { kind: 'stdin'; path: string };

export interface Discovery {
  sources: Source[];
  errors: InputError[];
}

const ARTICLE_FILES = '**/*.{txt,md}';
const IGNORED = ['**/node_modules/**'];

/** The corpus the package ships: `corpus/` next to `src/` (or `dist/`), wherever the package was installed. */
export function bundledCorpusDir(): string {
  return fileURLToPath(new URL('../../corpus/', import.meta.url));
}

function slashes(p: string): string {
  return p.split(path.sep).join('/');
}

/** Code-unit order, not locale order: the same bytes on every machine. */
function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function errnoMessage(err: unknown): string {
  const code = (err as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM') return 'cannot be read: permission denied; check the file permissions';
  return `cannot be read (${code ?? String(err)})`;
}

async function listFolder(shown: string, absolute: string): Promise<Discovery> {
  let found: string[];
  try {
    found = await fg(ARTICLE_FILES, { cwd: absolute, onlyFiles: true, caseSensitiveMatch: false, ignore: IGNORED });
  } catch (err) {
    return { sources: [], errors: [{ path: shown, message: `folder ${errnoMessage(err).replace('cannot be read', 'cannot be listed')}` }] };
  }
  if (found.length === 0) {
    return {
      sources: [],
      errors: [{ path: shown, message: 'folder has no .txt or .md files; put the articles there as .txt or .md, or name the files directly' }],
    };
  }
  return {
    sources: found.sort(byPath).map((rel) => ({
      kind: 'file' as const,
      path: path.posix.join(shown, rel),
      absolute: path.join(absolute, rel),
    })),
    errors: [],
  };
}

async function expandGlob(pattern: string, cwd: string): Promise<Discovery> {
  const found = await fg(pattern, { cwd, onlyFiles: true, ignore: IGNORED, suppressErrors: true });
  if (found.length === 0) {
    return {
      sources: [],
      errors: [{ path: pattern, message: 'glob matched no files; check the pattern (and quote it, so jpai expands it, not the shell)' }],
    };
  }
  return {
    sources: found.sort(byPath).map((p) => ({ kind: 'file' as const, path: p, absolute: path.resolve(cwd, p) })),
    errors: [],
  };
}

/** One argument: "-", an existing file or folder (taken literally even if it looks like a glob), or a glob. */
export async function discover(arg: string, cwd: string): Promise<Discovery> {
  if (arg === '-') return { sources: [{ kind: 'stdin', path: STDIN_PATH }], errors: [] };
  const shown = path.posix.normalize(slashes(arg));
  const absolute = path.resolve(cwd, arg);
  try {
    const info = await stat(absolute);
    if (info.isDirectory()) return listFolder(shown.replace(/\/$/, '') || '/', absolute);
    return { sources: [{ kind: 'file', path: shown, absolute }], errors: [] };
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (code !== 'ENOENT' && code !== 'ENOTDIR') return { sources: [], errors: [{ path: shown, message: errnoMessage(err) }] };
  }
  if (fg.isDynamicPattern(slashes(arg))) return expandGlob(slashes(arg), cwd);
  return { sources: [], errors: [{ path: shown, message: 'no such file or folder; check the path' }] };
}

/** The bundled corpus, named `corpus/<file>` as in the package. */
export async function discoverBundled(): Promise<Discovery> {
  return listFolder('corpus', bundledCorpusDir());
}
