import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/table.js';
import { SAMPLE } from './sample-result.js';

const ANSI = /\u001b\[/;

describe('renderTable', () => {
  const plain = renderTable(SAMPLE, { colour: 0 });

  it('groups by article and counts the mentions of each entity', () => {
    const lines = plain.split('\n');
    expect(lines[0]).toBe('clips/meti, "subsidy".txt  METI subsidy');
    expect(lines[1]).toBe('20 words, 5 mentions of 4 entities');
    const agency = lines.find((l) => l.includes('Ministry of Economy'));
    expect(agency).toMatch(/│ agency\s+│ Ministry of Economy, Trade and Industry │ JP\s+│ 2\s+│ METI\s+│/);
    expect(plain).toContain('clips/empty-of-entities.txt  Nothing here\n2 words, 0 mentions of 0 entities');
  });

  it('shows amount and currency for funding, the kind for laws and the ISO value for dates', () => {
    expect(plain).toContain('CAD 48,700,000 (= JPY 5,300,000,000), subsidy');
    expect(plain).toMatch(/│ law\s+│ Copyright Act\s+│ JP\s+│ 1\s+│ act\s+│/);
    expect(plain).toContain('2022 to 2026');
  });

  it('lists types in a fixed order: agency before law before funding before date', () => {
    const order = ['agency', 'law', 'funding', 'date'].map((t) => plain.indexOf(`│ ${t} `));
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('has no escape codes at all without colour (borders included), and has them with colour', () => {
    expect(plain).not.toMatch(ANSI);
    expect(renderTable(SAMPLE, { colour: 1 })).toMatch(ANSI);
  });

  it('shortens a title that is a whole paragraph', () => {
    const long = { ...SAMPLE, documents: [{ ...SAMPLE.documents[1], title: `This article explores ${'how Japan works '.repeat(20)}` }] };
    const heading = renderTable(long, { colour: 0 }).split('\n')[0];
    expect(heading).toMatch(/^clips\/empty-of-entities\.txt {2}This article explores how Japan works .*…$/);
    expect(heading.length).toBe('clips/empty-of-entities.txt  '.length + 100);
  });

  it('is deterministic', () => {
    expect(renderTable(SAMPLE, { colour: 0 })).toBe(plain);
  });
});
