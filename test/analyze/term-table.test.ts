import { describe, expect, it } from 'vitest';
import { emptyCounts, TermTable } from '../../src/analyze/term-table.js';

const counts = (entries: [string, number][]) => Object.assign(emptyCounts(), Object.fromEntries(entries));

describe('TermTable', () => {
  it('packs counts into numbers and unpacks them with the same keys in the same order', () => {
    const table = new TermTable();
    const a = counts([['policy', 3], ['ai policy', 2], ['meti', 1]]);
    const b = counts([['meti', 4], ['subsidy', 1], ['policy', 2]]);
    const [pa, pb] = [table.pack(a), table.pack(b)];
    expect(Object.entries(table.unpack(pa))).toEqual(Object.entries(a));
    expect(Object.entries(table.unpack(pb))).toEqual(Object.entries(b));
    // A key seen before keeps its number.
    expect(pb.terms[0]).toBe(pa.terms[2]);
    expect([...pb.counts]).toEqual([4, 1, 2]);
  });

  it('keeps keys that an ordinary object would take for its own properties', () => {
    const table = new TermTable();
    const odd = counts([['constructor', 1], ['__proto__', 2], ['toString', 3]]);
    expect(Object.entries(table.unpack(table.pack(odd)))).toEqual([['constructor', 1], ['__proto__', 2], ['toString', 3]]);
  });
});
