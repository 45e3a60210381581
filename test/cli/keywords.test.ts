import { describe, expect, it } from 'vitest';
import type { KeynessRow, KeywordList, TfidfRow } from '../../src/analyze/keywords.js';
import { STOPWORDS } from '../../src/text/stopwords.js';
import { lines, runCli } from './run-cli.js';

const ANSI = /\u001b\[/;

interface KeywordsJson {
  method: string;
  perDoc: boolean;
  lists: KeywordList<TfidfRow | KeynessRow>[];
  errors: unknown[];
}

describe('jpai keywords', () => {
  it('lists the corpus-wide top terms by default, as a plain table off a terminal', async () => {
    const { code, stdout, stderr } = await runCli(['keywords']);
    expect([code, stderr]).toEqual([0, '']);
    expect(lines(stdout)[0]).toMatch(/^corpus {2}TF-IDF, 5 articles, [\d,]+ words$/);
    expect(stdout).toMatch(/│ +1 │ ai +│ word +│/);
    expect(stdout).not.toMatch(ANSI);
  });

  it('--per-doc --top 15: a list per article, each clean of stop words, numbers, markers and URL parts', async () => {
    const { code, stdout } = await runCli(['keywords', '--per-doc', '--top', '15', '--format', 'ndjson']);
    expect(code).toBe(0);
    const rows = lines(stdout).map((l) => JSON.parse(l) as TfidfRow & { list: string; rank: number; method: string });
    const byList = new Map<string, typeof rows>();
    for (const r of rows) byList.set(r.list, [...(byList.get(r.list) ?? []), r]);
    expect([...byList.keys()]).toHaveLength(5);
    for (const [list, items] of byList) {
      expect(items.map((r) => r.rank), list).toEqual(Array.from({ length: 15 }, (_, i) => i + 1));
      for (const r of items) {
        expect(r.method).toBe('tfidf');
        expect(r.term).not.toMatch(/\[\d+\]|https?|www|[/%]|^\d+$/);
        if (r.kind !== 'entity') for (const w of r.term.split(' ')) expect(STOPWORDS.has(w), `${list}: ${w}`).toBe(false);
      }
    }
  });

  it('--method keyness with --reference compares the article with the rest of the folder', async () => {
    const { code, stdout } = await runCli(['keywords', '--method', 'keyness', 'corpus/japans-ai-diplomacy.txt', '--reference', 'corpus/', '--json']);
    expect(code).toBe(0);
    const result = JSON.parse(stdout) as KeywordsJson;
    expect(result.method).toBe('keyness');
    expect(result.lists).toHaveLength(1);
    const [list] = result.lists;
    expect(list.paths).toEqual(['corpus/japans-ai-diplomacy.txt']);
    expect(list.reference!.paths).toHaveLength(4);
    expect(list.reference!.paths).not.toContain('corpus/japans-ai-diplomacy.txt');
    const rows = list.rows as KeynessRow[];
    expect(rows.length).toBe(10);
    expect(rows.every((r) => r.g2 >= 3.84 && r.logRatio > 0 && r.p < 0.05)).toBe(true);
    expect(rows.map((r) => r.term)).toContain('Liberal Democratic Party');
  });

  it('--method keyness without a reference lists each article against the rest, in a table with G² and log ratio', async () => {
    const { code, stdout } = await runCli(['keywords', '--method', 'keyness', '--top', '3']);
    expect(code).toBe(0);
    expect(stdout.match(/^corpus\/\S+\.txt {2}keyness, [\d,]+ words against the other 4 articles/gm)).toHaveLength(5);
    expect(stdout).toMatch(/│ +G² │ log ratio │/);
  });

  it('--min-freq leaves out rarer terms; --include-references brings the notes back', async () => {
    const args = ['keywords', 'corpus/domestic-ai-ecosystem.txt', '--top', '500', '--min-freq', '3', '--json'];
    const without = JSON.parse((await runCli(args)).stdout) as KeywordsJson;
    expect(without.lists[0].rows.every((r) => r.count >= 3)).toBe(true);
    expect(without.lists[0].rows.map((r) => r.term)).not.toContain('op cit');
    const withRefs = JSON.parse((await runCli([...args, '--include-references'])).stdout) as KeywordsJson;
    expect(withRefs.lists[0].rows.map((r) => r.term)).toContain('op cit');
  });

  it('colours the table only on a terminal', async () => {
    const { stdout } = await runCli(['keywords', 'corpus/japans-ai-diplomacy.txt', '--top', '3'], { isTTY: true });
    expect(stdout).toMatch(ANSI);
  });

  it.each([
    [['keywords', '--method', 'keyness', 'corpus/japans-ai-diplomacy.txt'], 'jpai: keyness compares an article with a reference: give --reference, or two articles or more'],
    [['keywords', '--reference', 'corpus/'], 'jpai: --reference is for --method keyness; TF-IDF weighs terms within the articles given'],
    [['keywords', '--method', 'keynes'], "jpai: --method: unknown method 'keynes' (did you mean keyness?)"],
    [['keywords', '--top', '0'], "jpai: --top: expected a whole number of at least 1, got '0'"],
    [['keywords', '--format', 'csv'], "jpai: --format: unknown format 'csv'"],
  ])('%j is a usage error', async (argv, message) => {
    const { code, stdout, stderr } = await runCli(argv);
    expect([code, stdout]).toEqual([2, '']);
    expect(lines(stderr)[0]).toContain(message);
  });
});
