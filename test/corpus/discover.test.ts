// Discovery on file systems that fight back: symbolic link loops, broken links, devices, FIFOs, folders without
// articles. Each problem is named by path and the rest is still found; nothing hangs.

import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { discover, walkArgument } from '../../src/corpus/discover.js';
import { loadCorpus } from '../../src/corpus/load.js';

let dir: string;
const paths = (d: { sources: { path: string }[] }) => d.sources.map((s) => s.path);
const problems = (d: { errors: { path: string; message: string }[] }) => d.errors.map((e) => [e.path, e.message.split(';')[0]]);

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-discover-'));
  // loops/: links back to itself and to its parent, twice (a naive walk would list 2^40 paths), and a file link loop.
  mkdirSync(path.join(dir, 'loops', 'sub'), { recursive: true });
  writeFileSync(path.join(dir, 'loops', 'a.txt'), 'A');
  writeFileSync(path.join(dir, 'loops', 'sub', 'b.txt'), 'B');
  symlinkSync('.', path.join(dir, 'loops', 'sub', 'self'));
  symlinkSync('..', path.join(dir, 'loops', 'sub', 'up'));
  symlinkSync('loop-b.txt', path.join(dir, 'loops', 'loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(dir, 'loops', 'loop-b.txt'));
  symlinkSync('gone.txt', path.join(dir, 'loops', 'dangling.txt'));
  symlinkSync('gone', path.join(dir, 'loops', 'dangling-no-extension'));
  // links/: a link to a file and a link to a folder elsewhere, both followed; hidden files skipped.
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(dir, 'elsewhere', 'c.md'), 'C');
  mkdirSync(path.join(dir, 'links'));
  writeFileSync(path.join(dir, 'links', 'real.txt'), 'R');
  writeFileSync(path.join(dir, 'links', '.hidden.txt'), 'H');
  symlinkSync(path.join(dir, 'links', 'real.txt'), path.join(dir, 'links', 'alias.txt'));
  symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'links', 'shared'));
  symlinkSync(path.join(dir, 'elsewhere'), path.join(dir, 'links', 'shared-again'));
  // order/: names that sort differently as names and as paths ("a" < "a-b" < "a.txt" but "a-b/" < "a.txt" < "a/").
  for (const file of ['order/a/x.txt', 'order/a-b/y.txt', 'order/a.b/c/z.md', 'order/a.txt', 'order/a.b.txt', 'order/B.txt', 'order/é/1.txt', 'order/e.txt']) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), file);
  }
  mkdirSync(path.join(dir, 'pictures'));
  writeFileSync(path.join(dir, 'pictures', 'chart.png'), 'not an article');
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('discover: symbolic links', () => {
  it('walks a folder with link loops once, naming each loop and broken article link', async () => {
    const found = await discover('loops', dir);
    expect(paths(found)).toEqual(['loops/a.txt', 'loops/sub/b.txt']);
    expect(problems(found)).toEqual([
      ['loops/dangling.txt', 'is a broken symbolic link (its target does not exist)'],
      ['loops/loop-a.txt', 'is a symbolic link loop (ELOOP)'],
      ['loops/loop-b.txt', 'is a symbolic link loop (ELOOP)'],
      ['loops/sub/self', 'is a symbolic link to a folder that contains it (a loop), skipped'],
      ['loops/sub/up', 'is a symbolic link to a folder that contains it (a loop), skipped'],
    ]);
  });

  it('names a link loop or a broken link given as an argument', async () => {
    expect(problems(await discover('loops/loop-a.txt', dir))).toEqual([['loops/loop-a.txt', 'is a symbolic link loop (ELOOP)']]);
    expect(problems(await discover('loops/dangling.txt', dir))).toEqual([['loops/dangling.txt', 'is a broken symbolic link (its target does not exist)']]);
  });

  it('follows links to files and to folders elsewhere, each real folder once; skips hidden files', async () => {
    const found = await discover('links', dir);
    expect(paths(found)).toEqual(['links/alias.txt', 'links/real.txt', 'links/shared/c.md']);
    expect(found.errors).toEqual([]);
  });

  it('expands a glob without following links to folders (so a loop cannot trap it), but with links to files', async () => {
    const t0 = performance.now();
    const found = await discover('loops/**/*.txt', dir);
    expect(performance.now() - t0).toBeLessThan(5_000);
    expect(paths(found)).toEqual(['loops/a.txt', 'loops/sub/b.txt']);
    expect(problems(found)).toEqual([
      ['loops/dangling.txt', 'is a broken symbolic link (its target does not exist)'],
      ['loops/loop-a.txt', 'is a symbolic link loop (ELOOP)'],
      ['loops/loop-b.txt', 'is a symbolic link loop (ELOOP)'],
    ]);
    expect(paths(await discover('links/*.txt', dir))).toEqual(['links/alias.txt', 'links/real.txt']);
  });

  it('loads a file reached through two links once', async () => {
    const corpus = await loadCorpus(['links', 'elsewhere/c.md'], { cwd: dir });
    expect(corpus.documents.map((d) => d.path)).toEqual(['links/alias.txt', 'links/shared/c.md']);
  });
});

describe('discover: order', () => {
  it('walks a folder one file at a time in the code-unit order of the files\' paths', async () => {
    const walked: string[] = [];
    for await (const found of walkArgument('order', dir)) if (found.kind === 'source') walked.push(found.source.path);
    expect(walked).toEqual([...walked].sort());
    expect(walked).toEqual(['order/B.txt', 'order/a-b/y.txt', 'order/a.b.txt', 'order/a.b/c/z.md', 'order/a.txt', 'order/a/x.txt', 'order/e.txt', 'order/é/1.txt']);
  });
});

describe('discover: what is not an article', () => {
  it('names a folder without article files, and a glob that matches only folders', async () => {
    expect(problems(await discover('pictures', dir))).toEqual([['pictures', 'folder has no .txt, .md or .html files']]);
    expect(problems(await discover('l*', dir))).toEqual([['l*', 'glob matched no files']]);
  });

  it('refuses a device, reads a FIFO (as from `jpai extract <(curl ...)`)', async () => {
    expect(problems(await discover('/dev/null', dir))).toEqual([['/dev/null', 'is not a regular file (a device or socket), skipped']]);
    const fifo = path.join(dir, 'pipe.txt');
    execFileSync('mkfifo', [fifo]);
    const writing = writeFile(fifo, 'Piped\nThe Cabinet Office met.\n');
    const corpus = await loadCorpus([fifo]);
    await writing;
    expect(corpus.documents.map((d) => d.title)).toEqual(['Piped']);
  });
});
