// The built CLI as a user runs it, on a generated folder of ~2,000 articles (~30 MB, in a temp folder): piping into
// `head` ends quietly, Ctrl-C stops within a second with whole lines only and exit 130, and the bytes on stdout do not
// depend on --jobs. The package is built here only when src/ is newer than dist/ (`npm test` has built it already).

import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT = path.join(ROOT, 'dist/cli/index.js');
const JPAI = path.join(ROOT, 'bin/jpai.js');
let big: string;
let medium: string;

function newestIn(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) => (e.isDirectory() ? newestIn(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs)),
  );
}

/** `count` articles made from the bundled corpus, each with its own name and year so no two are the same. */
function makeCorpus(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const sources = readdirSync(path.join(ROOT, 'corpus')).map((f) => readFileSync(path.join(ROOT, 'corpus', f), 'utf8'));
  for (let i = 0; i < count; i++) {
    const text = sources[i % sources.length].replace(/\b2024\b/g, String(2000 + (i % 25)));
    writeFileSync(path.join(dir, `article-${String(i).padStart(5, '0')}.txt`), text);
  }
}

beforeAll(() => {
  if (!existsSync(BUILT) || newestIn(path.join(ROOT, 'src')) > statSync(BUILT).mtimeMs) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const dir = mkdtempSync(path.join(tmpdir(), 'jpai-big-'));
  big = path.join(dir, 'big');
  medium = path.join(dir, 'medium');
  makeCorpus(big, 2_000);
  makeCorpus(medium, 150);
}, 180_000);

afterAll(() => rmSync(path.dirname(big), { recursive: true, force: true }));

const quietEnv = { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined };

describe('pipes', () => {
  it.each([
    ['extract --format ndjson', ['extract', '--format', 'ndjson']],
    ['extract --format csv --jobs 1', ['extract', '--format', 'csv', '--jobs', '1']],
  ])('`jpai %s big/ | head -1` exits quietly, without reading the rest', (_name, args) => {
    const t0 = performance.now();
    const shell = spawnSync('bash', ['-c', `node "${JPAI}" ${args.join(' ')} "${big}" | head -1 | wc -l; echo "\${PIPESTATUS[0]}"`], { encoding: 'utf8', env: quietEnv });
    expect([shell.stdout, shell.stderr]).toEqual(['1\n0\n', '']);
    // The whole folder takes tens of seconds; stopping at the closed pipe takes a moment.
    expect(performance.now() - t0).toBeLessThan(10_000);
  }, 60_000);

  it('stderr closed too (`2>&1 | head -1`): no trace', () => {
    const shell = spawnSync('bash', ['-c', `node "${JPAI}" extract missing-1.txt missing-2.txt "${medium}" --format ndjson 2>&1 | head -1; echo "\${PIPESTATUS[0]}"`], {
      encoding: 'utf8',
      env: quietEnv,
    });
    expect(shell.stdout).toBe('jpai: missing-1.txt: no such file or folder; check the path\n2\n');
  }, 60_000);
});

interface Interrupted {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** From the signal to the process's end. */
  ms: number;
}

/** Runs jpai on `args`, sends `signal` once `lines` lines are out (stdout left unread for `stall` ms first), and waits for the end. */
function interrupt(args: string[], signal: NodeJS.Signals, lines: number, stall = 0): Promise<Interrupted> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [JPAI, ...args], { env: quietEnv });
    let stdout = '';
    let stderr = '';
    let sentAt = 0;
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      stdout += chunk;
      if (sentAt || stdout.split('\n').length <= lines) return;
      if (stall) {
        child.stdout.pause();
        setTimeout(() => child.stdout.resume(), stall);
      }
      sentAt = performance.now();
      child.kill(signal);
    });
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('close', (code, sig) => resolve({ code, signal: sig, stdout, stderr, ms: performance.now() - sentAt }));
  });
}

const wholeLines = (stdout: string) => stdout.endsWith('\n') && stdout.trimEnd().split('\n').every((line) => JSON.parse(line));

describe('signals', () => {
  it.each([
    ['with worker threads', []],
    ['without (--jobs 1)', ['--jobs', '1']],
  ])('Ctrl-C (SIGINT) %s: stops within a second, only whole lines on stdout, exit 130', async (_name, jobs) => {
    const run = await interrupt(['extract', '--format', 'ndjson', ...jobs, big], 'SIGINT', 20);
    expect({ code: run.code, stderr: run.stderr, whole: wholeLines(run.stdout) }).toEqual({ code: 130, stderr: '', whole: true });
    expect(run.ms).toBeLessThan(1_000);
    expect(run.stdout.split('\n').length).toBeLessThan(2_000);
  }, 60_000);

  it('Ctrl-C while the reader is not reading: what was written is let out whole, then exit 130', async () => {
    const run = await interrupt(['extract', '--format', 'ndjson', '--jobs', '1', big], 'SIGINT', 5, 200);
    expect({ code: run.code, whole: wholeLines(run.stdout) }).toEqual({ code: 130, whole: true });
    expect(run.ms).toBeLessThan(1_500);
  }, 60_000);

  it('SIGTERM: the same, exit 143', async () => {
    const run = await interrupt(['extract', '--format', 'ndjson', big], 'SIGTERM', 20);
    expect({ code: run.code, stderr: run.stderr, whole: wholeLines(run.stdout) }).toEqual({ code: 143, stderr: '', whole: true });
    expect(run.ms).toBeLessThan(1_000);
  }, 60_000);
});

describe('determinism across --jobs', () => {
  it('ndjson and json are the same bytes with 1, 2 and 3 worker threads (150 articles, ~2.4 MB: workers start)', () => {
    const out = (format: string, jobs: number) => {
      const child = spawnSync(process.execPath, [JPAI, 'extract', medium, '--format', format, '--jobs', String(jobs)], { encoding: 'utf8', env: quietEnv, maxBuffer: 1 << 30 });
      expect([child.status, child.stderr]).toEqual([0, '']);
      return child.stdout;
    };
    const ndjson = out('ndjson', 1);
    expect(ndjson.trimEnd().split('\n')).toHaveLength(150);
    expect(out('ndjson', 2)).toBe(ndjson);
    expect(out('ndjson', 3)).toBe(ndjson);
    expect(out('json', 3)).toBe(out('json', 1));
  }, 180_000);
});
