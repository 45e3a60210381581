import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EvalResult } from '../../src/analyze/evaluate.js';
import { lines, runCli } from './run-cli.js';

const GOLD = 'test/fixtures/gold-corpus.json';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-eval-'));
  writeFileSync(path.join(dir, 'truncated.json'), '{"schemaVersion": 1, "documents": [');
  writeFileSync(path.join(dir, 'wrong-shape.json'), JSON.stringify({ schemaVersion: 1, documents: [{ doc: 'a.txt', date: [{ value: 2024 }] }] }));
  writeFileSync(path.join(dir, 'a.txt'), 'A note\nThe Cabinet Office met in May 2024 and in 2023.\n');
  writeFileSync(
    path.join(dir, 'small-gold.json'),
    JSON.stringify({ schemaVersion: 1, documents: [{ doc: 'a.txt', agency: [{ name: 'Cabinet Office' }], law: [{ name: 'Space Resources Act' }], date: [{ value: '2024-05' }, { value: '2023' }] }] }),
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('jpai eval', () => {
  it('rejects a gold file that is not JSON, or has the wrong shape, naming the file and field', async () => {
    const truncated = await runCli(['eval', '--gold', 'truncated.json', 'a.txt'], { cwd: dir });
    expect([truncated.code, truncated.stdout]).toEqual([2, '']);
    expect(lines(truncated.stderr)).toEqual([expect.stringMatching(/^jpai: \S*truncated\.json: is not valid JSON: /)]);
    const wrong = await runCli(['eval', '--gold', 'wrong-shape.json', 'a.txt'], { cwd: dir });
    expect(wrong.code).toBe(2);
    expect(lines(wrong.stderr)).toEqual([expect.stringMatching(/wrong-shape\.json: documents\[0\]\.date\[0\]\.value must be a non-empty string$/)]);
    const missing = await runCli(['eval', '--gold', 'none.json'], { cwd: dir });
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/none\.json: gold file not found; check the --gold path$/)]);
  });

  it('prints a per-type table, and with --types only those types', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--gold', 'small-gold.json', 'a.txt', '--types', 'agency,date'], { cwd: dir });
    expect([code, stderr]).toEqual([0, '']);
    const rows = stdout.split('\n').filter((l) => l.startsWith('│'));
    expect(rows.map((r) => r.split('│')[1].trim())).toEqual(['type', 'agency', 'date']);
    expect(stdout).toContain('1 document scored');
    expect(stdout).not.toContain('funding roles');
  });

  it('names inputs without gold and gold documents without input on stderr, and still scores the rest', async () => {
    const { code, stderr, stdout } = await runCli(['eval', '--gold', GOLD, 'corpus/japans-ai-diplomacy.txt', 'test/fixtures/inputs/crlf-article.txt', '--json']);
    expect(code).toBe(0);
    expect(lines(stderr)).toEqual([
      'jpai: test/fixtures/inputs/crlf-article.txt: the gold file has no entry for "crlf-article.txt"; not scored',
      ...['most-ai-friendly-country.txt', 'japan-canada-ai-strategy.txt', 'us-japan-ai-relations.txt', 'domestic-ai-ecosystem.txt'].map(
        (doc) => `jpai: ${doc}: is in the gold file but not among the inputs; not scored`,
      ),
    ]);
    expect((JSON.parse(stdout) as EvalResult).documents.map((d) => d.doc)).toEqual(['japans-ai-diplomacy.txt']);
  });

  it('scores the bundled corpus against the bundled gold: F1 at least 0.90 for every type, no money counted twice', async () => {
    const { code, stdout, stderr } = await runCli(['eval', '--gold', GOLD, '--json']);
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as EvalResult & { jpai: string; gold: string; errors: unknown[] };
    expect(result).toMatchObject({ gold: GOLD, errors: [], types: ['agency', 'law', 'policy', 'funding', 'date'] });
    expect(result.documents).toHaveLength(5);
    for (const type of result.types) expect([type, result.totals[type]!.f1]).toEqual([type, expect.toSatisfy((f1: number) => f1 >= 0.9)]);
    const countedTwice = result.documents.flatMap((d) => d.scores.funding!.falsePositives).filter((fp) => fp.includes('counted twice'));
    expect(countedTwice).toEqual([]);
  });

  it('lists every false positive and miss per document with --verbose', async () => {
    const plain = await runCli(['eval', '--gold', 'small-gold.json', 'a.txt'], { cwd: dir });
    const verbose = await runCli(['eval', '--gold', 'small-gold.json', 'a.txt', '--verbose'], { cwd: dir });
    expect(plain.stdout).not.toContain('a.txt');
    const section = verbose.stdout.slice(verbose.stdout.indexOf('\na.txt'));
    expect(section).toMatch(/\n {2}agency: TP \d+, FP \d+, FN \d+; P [\d.–]+, R [\d.–]+, F1 [\d.–]+\n/);
    for (const type of ['agency', 'law', 'policy', 'funding', 'date']) expect(section).toContain(`  ${type}: `);
    expect(section).toMatch(/\n {2}law: TP 0, FP \d+, FN 1; [^\n]*\n(?: {4}false positive: [^\n]*\n)* {4}miss: Space Resources Act\n/);
  });
});
