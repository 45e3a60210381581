// The extraction pool runs the built JavaScript in its workers, so these tests use dist/ (built here when src/ is
// newer, as test/cli/bin.test.ts does).

import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Document, DocumentResult } from '../../src/types.js';
import type * as Parallel from '../../src/extract/parallel.js';
import type * as Extract from '../../src/extract/index.js';
import type * as Knowledge from '../../src/knowledge/index.js';
import type * as Funding from '../../src/analyze/funding.js';
import type * as Compare from '../../src/analyze/compare.js';
import { ExtractionPool as SourcePool } from '../../src/extract/parallel.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT = path.join(ROOT, 'dist/extract/worker.js');

function newestIn(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestIn(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
    ),
  );
}

let lib: { pool: typeof Parallel; extract: typeof Extract; knowledge: typeof Knowledge; funding: typeof Funding; compare: typeof Compare };

beforeAll(async () => {
  if (!existsSync(BUILT) || newestIn(path.join(ROOT, 'src')) > statSync(BUILT).mtimeMs) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
  const load = (f: string) => import(pathToFileURL(path.join(ROOT, 'dist', f)).href);
  lib = {
    pool: await load('extract/parallel.js'),
    extract: await load('extract/index.js'),
    knowledge: await load('knowledge/index.js'),
    funding: await load('analyze/funding.js'),
    compare: await load('analyze/compare.js'),
  };
}, 120_000);

function doc(name: string, text: string): Document {
  return { path: name, title: name, sha256: '', chars: text.length, words: 0, text };
}

// Articles of different sizes, so workers finish them out of order.
const ARTICLES = readdirSync(path.join(ROOT, 'corpus')).sort().map((f) => readFileSync(path.join(ROOT, 'corpus', f), 'utf8'));
const DOCS = Array.from({ length: 24 }, (_, i) => {
  const text = i % 4 === 0 ? ARTICLES[i % ARTICLES.length].repeat(3) : i % 3 === 0 ? 'The Cabinet Office met in May 2024.' : ARTICLES[i % ARTICLES.length];
  return doc(`doc-${i}.txt`, text);
});

async function runPool<F extends Parallel.ResultForm>(form: F, options: Partial<Parallel.ParallelOptions<F>> = {}) {
  const out: { result: unknown; index: number }[] = [];
  const pool = new lib.pool.ExtractionPool({ knowledge: lib.knowledge.loadKnowledge(), jobs: 2, form, startAfterChars: 0, ...options }, (result, done) =>
    out.push({ result, index: done.index }),
  );
  for (const d of DOCS) await pool.submit(d);
  await pool.finish();
  return out;
}

describe('extraction over worker threads', () => {
  it('hands back every result in input order, equal to extracting in this thread', async () => {
    const knowledge = lib.knowledge.loadKnowledge();
    const expected = DOCS.map((d) => lib.extract.extractDocument(d, { knowledge }));
    const out = await runPool('entities');
    expect(out.map((o) => o.index)).toEqual(DOCS.map((_, i) => i));
    expect(out.map((o) => o.result as DocumentResult)).toEqual(expected);
  });

  it('renders ndjson lines in the workers: the same bytes with one, two or three workers and any window', async () => {
    const text = (out: { result: unknown }[]) => out.flatMap((o) => o.result as string[]).join('');
    const one = text(await runPool('ndjson', { jobs: 1 }));
    expect(one.split('\n')).toHaveLength(DOCS.length + 1);
    expect(text(await runPool('ndjson', { jobs: 2, window: 1 }))).toBe(one);
    expect(text(await runPool('ndjson', { jobs: 3, windowChars: 1000 }))).toBe(one);
  });

  it('makes funding rows in the workers: the rows made here from the same entities, in the currency asked for', async () => {
    const knowledge = lib.knowledge.loadKnowledge();
    const expected = DOCS.flatMap((d) =>
      lib.funding.fundingRowsOf({ path: d.path, text: d.text, entities: lib.extract.extractDocument(d, { knowledge }).entities }, 'EUR'),
    );
    expect(expected.length).toBeGreaterThan(DOCS.length);
    const rows = (await runPool('funding', { currency: 'EUR' })).flatMap((o) => o.result as Funding.FundingRow[]);
    expect(rows).toEqual(expected);
  });

  it("makes compare's counts in the workers: the parts made here from the same entities", async () => {
    const knowledge = lib.knowledge.loadKnowledge();
    const expected = DOCS.map((d) => lib.compare.articleParts(d, lib.extract.extractDocument(d, { knowledge }).entities));
    const parts = (await runPool('compare')).map((o) => o.result as Compare.ArticleParts);
    expect(parts).toEqual(expected);
    expect(parts[0].terms.get('japan')).toBeGreaterThan(0);
  });

  it('extracts small inputs in the calling thread until enough text has come to be worth the workers', async () => {
    let handedBack = 0;
    const pool = new lib.pool.ExtractionPool({ knowledge: lib.knowledge.loadKnowledge(), jobs: 2, form: 'ndjson', startAfterChars: 1e9 }, () => handedBack++);
    // In the calling thread a result is handed back before submit returns.
    await pool.submit(DOCS[0]);
    expect(handedBack).toBe(1);
    await pool.finish();
  });

  it('rejects when a worker fails, naming the error', async () => {
    const pool = new lib.pool.ExtractionPool({ knowledge: lib.knowledge.loadKnowledge(), jobs: 2, form: 'entities', startAfterChars: 0 }, () => undefined);
    const broken = { ...DOCS[1], text: undefined } as unknown as Document;
    await pool.submit(broken).catch(() => undefined);
    await expect(pool.finish()).rejects.toThrow(/undefined/);
  });

  it('runs in the calling thread from TypeScript sources, where there are no built workers', async () => {
    const out: string[][] = [];
    const pool = new SourcePool({ knowledge: lib.knowledge.loadKnowledge(), jobs: 4, form: 'ndjson', startAfterChars: 0 }, (r) => out.push(r));
    await pool.submit(DOCS[3]);
    expect(out).toHaveLength(1);
    await pool.finish();
  });
});
