import { describe, expect, it } from 'vitest';
import type { EntityIndex } from '../../src/analyze/entities.js';
import { lines, runCli } from './run-cli.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('jpai entities on the bundled corpus', () => {
  it('lists each agency once with its jurisdiction, mentions, articles and other forms, within 80 columns', async () => {
    const { code, stdout, stderr } = await runCli(['entities', '--type', 'agency']);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toMatch(/│ Ministry of Economy, Trade and Industry +│ agency │ JP +│ +30 │ A B C D E │/);
    expect(stdout).toMatch(/│ {3}= METI ×\d+ · /);
    expect(stdout).not.toMatch(/│ (?:law|policy|organization) /);
  });

  it('JSON carries every alias and article; METI and the Hiroshima AI Process are named by all five', async () => {
    const { stdout } = await runCli(['entities', '--json']);
    const index = JSON.parse(stdout) as EntityIndex;
    const byId = (id: string) => index.entities.find((e) => e.id === id)!;
    const meti = byId('ministry-of-economy-trade-and-industry');
    expect(meti).toMatchObject({ type: 'agency', jurisdiction: 'JP', abbreviation: 'METI' });
    expect(meti.articles).toHaveLength(5);
    expect(meti.aliases.map((a) => a.text)).toContain('METI');
    expect(meti.aliases.reduce((n, a) => n + a.mentions, 0)).toBe(meti.mentions);
    expect(byId('hiroshima-ai-process').articles).toHaveLength(5);
    expect(new Set(index.entities.map((e) => e.type))).toEqual(new Set(['agency', 'law', 'policy', 'organization']));
  });

  it('NDJSON is one entity per line; CSV one row per entity', async () => {
    const [ndjson, csv] = await Promise.all([
      runCli(['entities', '--type', 'law', '--format', 'ndjson']),
      runCli(['entities', '--type', 'law', '--format', 'csv']),
    ]);
    const entities = lines(ndjson.stdout).map((l) => JSON.parse(l) as { type: string });
    expect(entities.every((e) => e.type === 'law')).toBe(true);
    const rows = csv.stdout.split('\r\n').filter(Boolean);
    expect(rows[0]).toBe('type,id,canonical,jurisdiction,abbreviation,mentions,articles,paths,aliases');
    expect(rows).toHaveLength(entities.length + 1);
    expect(rows.find((r) => r.startsWith('law,copyright-act,'))).toMatch(
      /^law,copyright-act,Copyright Act,JP,,\d+,2,corpus\/domestic-ai-ecosystem\.txt; corpus\/japans-ai-diplomacy\.txt,Copyright Act/,
    );
  });

  it('refuses an unknown type with exit code 2', async () => {
    const { code, stderr } = await runCli(['entities', '--type', 'date']);
    expect([code, lines(stderr)[0]]).toEqual([2, "jpai: --type: unknown type 'date' (expected one of agency, law, policy, organization)"]);
  });
});
