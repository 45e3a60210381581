import { describe, expect, it } from 'vitest';
import type { ArticleStats, StatsResult } from '../../src/analyze/stats.js';
import { lines, runCli } from './run-cli.js';

const ANSI = /\u001b\[/;

describe('jpai stats', () => {
  it('prints size, mentions, funding and dates per article with a total row', async () => {
    const { code, stdout, stderr } = await runCli(['stats']);
    expect([code, stderr]).toEqual([0, '']);
    expect(lines(stdout)[0]).toBe('articles in corpus/');
    for (const head of ['│ article', 'type/token', '│ agency │ law │ policy │ org │ funding │ date │', 'funding USD', 'first date']) {
      expect(stdout).toContain(head);
    }
    expect(stdout.match(/│ japans-ai-diplomacy\.txt /g)).toHaveLength(3);
    expect(stdout.match(/│ total \(5\) /g)).toHaveLength(3);
    expect(stdout).not.toMatch(ANSI);
  });

  it('gives JSON whose totals are the sums of the articles', async () => {
    const { code, stdout } = await runCli(['stats', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as StatsResult & { includeReferences: boolean; errors: unknown[] };
    expect(result.includeReferences).toBe(false);
    expect(result.articles).toHaveLength(5);
    const sum = (f: (a: ArticleStats) => number) => result.articles.reduce((s, a) => s + f(a), 0);
    expect(result.total.words).toBe(sum((a) => a.words));
    expect(result.total.sentences).toBe(sum((a) => a.sentences));
    expect(result.total.mentions.date).toBe(sum((a) => a.mentions.date));
    expect(result.total.typeTokenRatio).toBeCloseTo(result.total.types / result.total.words, 3);
    expect(result.total.dates.first! <= result.total.dates.last!).toBe(true);
  });

  it('gives one JSON line per article and a last one for the total', async () => {
    const { stdout } = await runCli(['stats', '--format', 'ndjson']);
    const rows = lines(stdout).map((l) => JSON.parse(l) as { kind: string; words: number });
    expect(rows.map((r) => r.kind)).toEqual(['article', 'article', 'article', 'article', 'article', 'total']);
  });

  it('measures the references too with --include-references', async () => {
    const words = async (extra: string[]) =>
      (JSON.parse((await runCli(['stats', 'corpus/domestic-ai-ecosystem.txt', '--json', ...extra])).stdout) as StatsResult).articles[0].words;
    expect(await words(['--include-references'])).toBeGreaterThan((await words([])) + 300);
  });

  it('rejects formats it does not have', async () => {
    const { code, stderr } = await runCli(['stats', '--format', 'csv']);
    expect(code).toBe(2);
    expect(lines(stderr)[0]).toContain("jpai: --format: unknown format 'csv'");
  });
});
