import { describe, expect, it } from 'vitest';
import type { TimelineEvent } from '../../src/analyze/timeline.js';
import { lines, runCli } from './run-cli.js';

const widest = (text: string) => Math.max(...text.split('\n').map((l) => [...l].length));

describe('jpai timeline on the bundled corpus', () => {
  it('prints each event with its date, source, sentence and entities, within 80 columns', async () => {
    const { code, stdout, stderr } = await runCli(['timeline']);
    expect([code, stderr]).toEqual([0, '']);
    expect(widest(stdout)).toBeLessThanOrEqual(80);
    expect(stdout).toContain(
      [
        '2024-02-14  corpus/japans-ai-diplomacy.txt:28',
        '    On February 14, 2024, the Japan AI Safety Institute was established to',
      ].join('\n'),
    );
    expect(stdout).toMatch(/2024-04-10 \(year inferred\) {2}corpus\/japans-ai-diplomacy\.txt:30/);
    expect(stdout).toMatch(/^2023-10 {2}2 sources\n {2}corpus\/japans-ai-diplomacy\.txt:22\n/m);
    expect(stdout).toMatch(/^2022 – 2026 {2}corpus\/domestic-ai-ecosystem\.txt:29$/m);
    expect(stdout).toMatch(/^2024 \(fiscal year\) {2}corpus\/us-japan-ai-relations\.txt:31$/m);
    expect(stdout).toMatch(/\(in notes\)/);
    expect(stdout).toMatch(/ relative dates without a calendar value/);
  });

  it('--from, --to, --entity and --no-citations narrow the events', async () => {
    const { stdout } = await runCli(['timeline', '--from', '2023-01', '--to', '2024-12', '--entity', 'METI', '--no-citations', '--json']);
    const { events } = JSON.parse(stdout) as { events: TimelineEvent[] };
    expect(events.length).toBeGreaterThan(0);
    for (const e of events) {
      expect(e.entities.map((x) => x.id)).toContain('ministry-of-economy-trade-and-industry');
      expect(e.citation).toBe(false);
      expect((e.endValue ?? e.value) >= '2023').toBe(true);
      expect(e.value <= '2024-12-31').toBe(true);
    }
    expect(events.map((e) => e.value)).toContain('2024-02');
  });

  it('--type keeps events whose sentence has an entity of that type', async () => {
    const { stdout } = await runCli(['timeline', '--type', 'funding', '--no-citations', '--format', 'ndjson']);
    const events = stdout.trim().split('\n').map((l) => JSON.parse(l) as TimelineEvent);
    expect(events.length).toBeGreaterThan(0);
    expect(events.some((e) => e.sources[0].excerpt.includes('¥45.5 billion'))).toBe(true);
  });

  it('CSV has one row per source, numbered by event', async () => {
    const rows = (await runCli(['timeline', '--format', 'csv', '--from', '2023-10', '--to', '2023-10'])).stdout.split('\r\n');
    expect(rows[0]).toBe('event,value,endValue,precision,inferred,fiscal,citation,path,line,column,text,excerpt,entities');
    const october = rows.filter((r) => r.includes(',2023-10,,month,'));
    expect(october.length).toBeGreaterThanOrEqual(2);
    expect(october[0].split(',')[0]).toBe(october[1].split(',')[0]);
  });

  it('says when --entity names nothing, with the closest name, and prints no events', async () => {
    const { code, stdout, stderr } = await runCli(['timeline', '--entity', 'METX', '--json']);
    expect(code).toBe(0);
    expect(lines(stderr)).toEqual(["jpai: --entity: no entity 'METX' in these articles (did you mean METI?)"]);
    expect((JSON.parse(stdout) as { events: unknown[] }).events).toEqual([]);
  });

  it('refuses a date that is not ISO, and --from after --to, with exit code 2', async () => {
    const bad = await runCli(['timeline', '--from', 'May 2024']);
    expect([bad.code, lines(bad.stderr)[0]]).toEqual([2, "jpai: --from: expected a date like 2024, 2024-03 or 2024-03-15, got 'May 2024'"]);
    const order = await runCli(['timeline', '--from', '2024-06', '--to', '2024-01']);
    expect([order.code, lines(order.stderr)[0]]).toEqual([2, 'jpai: --from 2024-06 is after --to 2024-01']);
    const same = await runCli(['timeline', '--from', '2024-06', '--to', '2024', '--json']);
    expect(same.code).toBe(0);
  });
});
