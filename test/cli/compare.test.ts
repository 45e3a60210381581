import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/analyze/compare.js';
import { FakeStream, lines, runCli } from './run-cli.js';

/** The widest line as a terminal shows it (code points; the output has no colour when not on a terminal). */
const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('jpai compare on the bundled corpus', () => {
  it('fits 80 columns: labelled article columns, a legend, names cut with an ellipsis', async () => {
    const { code, stdout, stderr } = await runCli(['compare']);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toContain('  E  corpus/us-japan-ai-relations.txt');
    expect(stdout).toMatch(/│ entity +│ type +│ jur +│ +A │ B │ C │ D │ E │/);
    expect(stdout).toMatch(/│ Ministry of Economy, Trade and Industry │ agency │ JP +│ +14 │ 7 │ 1 │ 2 │ 6 │/);
    expect(stdout).toMatch(/│ OECD · Organisation for Economic Co-op… │/);
    expect(stdout).toContain('Profile');
    expect(stdout).toContain('Similarity');
    expect(stdout).not.toMatch(/\u001b\[/);
  });

  it('fits a narrower terminal by splitting the article columns into blocks', async () => {
    const { stdout } = await runCli(['compare', '--width', '50', '--min-docs', '4']);
    expect(widest(stdout)).toBeLessThanOrEqual(50);
    expect(stdout.match(/│ entity/g)).toHaveLength(2);
  });

  it('takes the width of the terminal it writes to', async () => {
    const stdout = Object.assign(new FakeStream(true), { columns: 120 });
    const { stdout: text } = await runCli(['compare', '--no-color'], {}, stdout);
    expect(widest(text)).toBeGreaterThan(80);
    expect(widest(text)).toBeLessThanOrEqual(120);
  });

  it('puts the full matrix, profiles and every pair in the JSON, nothing cut', async () => {
    const { code, stdout } = await runCli(['compare', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as CompareResult & { jpai: string; errors: unknown[] };
    expect(result.articles).toHaveLength(5);
    expect(result.types).toEqual(['agency', 'law', 'policy']);
    const oecd = result.matrix.find((r) => r.abbreviation === 'OECD')!;
    expect(oecd.canonical).toBe('Organisation for Economic Co-operation and Development');
    expect(result.matrix.every((r) => r.counts.length === 5 && r.counts.filter((n) => n > 0).length === r.articles)).toBe(true);
    expect(result.profiles.map((p) => p.path)).toEqual(result.articles.map((a) => a.path));
    expect(result.pairs).toHaveLength(10);
    expect(result.errors).toEqual([]);
  });

  it('CSV carries the same matrix: one row per entity, one column per article', async () => {
    const [{ stdout: csv }, { stdout: json }] = await Promise.all([runCli(['compare', '--format', 'csv']), runCli(['compare', '--json'])]);
    const rows = csv.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe(
      'type,id,canonical,jurisdiction,articles,mentions,corpus/domestic-ai-ecosystem.txt,corpus/japan-canada-ai-strategy.txt,' +
        'corpus/japans-ai-diplomacy.txt,corpus/most-ai-friendly-country.txt,corpus/us-japan-ai-relations.txt',
    );
    expect(rows).toHaveLength((JSON.parse(json) as CompareResult).matrix.length + 1);
    expect(rows[1]).toBe('agency,ministry-of-economy-trade-and-industry,"Ministry of Economy, Trade and Industry",JP,5,30,14,7,1,2,6');
  });

  it('--types and --min-docs narrow the matrix', async () => {
    const { stdout } = await runCli(['compare', '--types', 'law,policy', '--min-docs', '2', '--json']);
    const result = JSON.parse(stdout) as CompareResult;
    expect(result.matrix.length).toBeGreaterThan(0);
    expect(result.matrix.every((r) => (r.type === 'law' || r.type === 'policy') && r.articles >= 2)).toBe(true);
    expect(result.matrix[0].id).toBe('hiroshima-ai-process');
  });

  it('--pairs lists the most similar pairs with the entities they share', async () => {
    const { stdout } = await runCli(['compare', '--pairs', '--top', '2']);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout.match(/^ ?\d+\. /gm)).toEqual([' 1. ', ' 2. ']);
    expect(stdout).toMatch(/cosine 0\.\d{3} {3}jaccard 0\.\d{3} {3}shared entities: \d+/);
    expect(stdout).toContain('Ministry of Economy, Trade and Industry, Hiroshima AI Process');
    expect(stdout).toContain('2 of 10 pairs');
  });

  it('--transpose turns the matrix: articles as rows, numbered entity columns with a legend', async () => {
    const { stdout } = await runCli(['compare', '--transpose', '--min-docs', '3']);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toMatch(/│ +│ +1 │ 2 │ 3 │/);
    expect(stdout).toMatch(/^ +1 {2}Ministry of Economy, Trade and Industry \(agency, JP\)$/m);
    const csv = (await runCli(['compare', '--transpose', '--format', 'csv', '--min-docs', '5'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^path,agency:ministry-of-economy-trade-and-industry,/);
    expect(csv).toHaveLength(7);
  });

  it('--profile shows the profile alone; in CSV too', async () => {
    const { stdout } = await runCli(['compare', '--profile']);
    expect(stdout).not.toContain('Similarity');
    expect(stdout).toMatch(/│ +│ JP │ INTL │ US │/);
    const csv = (await runCli(['compare', '--profile', '--format', 'csv'])).stdout.split('\r\n');
    expect(csv[0]).toMatch(/^path,jurisdiction:JP,jurisdiction:INTL,jurisdiction:US,/);
  });

  it('refuses two views at once, an unknown type and a bad count, with exit code 2', async () => {
    const both = await runCli(['compare', '--pairs', '--transpose']);
    expect([both.code, lines(both.stderr)[0]]).toEqual([2, 'jpai: --pairs and --transpose are different views; give one of them']);
    const type = await runCli(['compare', '--types', 'agencey']);
    expect([type.code, lines(type.stderr)[0]]).toEqual([2, "jpai: --types: unknown type 'agencey' (did you mean agency?)"]);
    const count = await runCli(['compare', '--min-docs', '0']);
    expect([count.code, lines(count.stderr)[0]]).toEqual([2, "jpai: --min-docs: expected a whole number of at least 1, got '0'"]);
    const ndjson = await runCli(['compare', '--format', 'ndjson']);
    expect(ndjson.code).toBe(2);
  });
});

describe('jpai compare on a wide corpus', () => {
  let dir: string;

  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'jpai-compare-'));
    for (let i = 1; i <= 30; i++) {
      const name = `article-${String(i).padStart(2, '0')}.txt`;
      const extra = i % 2 ? ' The Digital Agency agreed.' : '';
      writeFileSync(path.join(dir, name), `Note ${i}\nThe Ministry of Economy, Trade and Industry (METI) met in May 2024.${extra}\n`);
    }
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('splits thirty article columns into blocks that each fit 80 columns, labelled up to AD', async () => {
    const { code, stdout } = await runCli(['compare', '.'], { cwd: dir });
    expect(code).toBe(0);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toContain('  AD  article-30.txt');
    expect((stdout.match(/│ entity/g) ?? []).length).toBeGreaterThan(1);
    expect(stdout).toMatch(/│ AD │/);
  });

  it('keeps all thirty columns in one JSON matrix', async () => {
    const result = JSON.parse((await runCli(['compare', '.', '--json'], { cwd: dir })).stdout) as CompareResult;
    const meti = result.matrix.find((r) => r.abbreviation === 'METI')!;
    expect(meti.counts).toHaveLength(30);
    expect(meti.articles).toBe(30);
  });
});
