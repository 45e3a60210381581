import { describe, expect, it } from 'vitest';
import { emptyCounts, PackedLists, TermTable } from '../../src/analyze/term-table.js';

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

describe('PackedLists', () => {
  it('gives back each list as added, small and large numbers alike, empty lists too', () => {
    const lists = new PackedLists();
    const added = [[1, 2, 3], [], [0, 127, 128, 16383, 16384, 2 ** 31 - 1], [5]];
    const handles = added.map((l) => lists.add(l));
    const into = new Int32Array(lists.longest);
    expect(lists.longest).toBe(6);
    added.forEach((l, k) => {
      const n = lists.read(handles[k], into);
      expect([...into.subarray(0, n)]).toEqual(l);
    });
  });

  it('holds small numbers in a byte each, and starts new blocks as they fill (a long list in a block of its own)', () => {
    const lists = new PackedLists();
    const small = Array.from({ length: 1000 }, (_, k) => k % 100);
    const handles = Array.from({ length: 3000 }, () => lists.add(small));
    expect(lists.bytes).toBe(3 << 20);
    const long = Array.from({ length: 300_000 }, (_, k) => k);
    const h = lists.add(long);
    const into = new Int32Array(lists.longest);
    expect([...into.subarray(0, lists.read(h, into))]).toEqual(long);
    expect([...into.subarray(0, lists.read(handles[2999], into))]).toEqual(small);
  });

  it('refuses what it cannot pack', () => {
    expect(() => new PackedLists().add([-1])).toThrow(RangeError);
    expect(() => new PackedLists().add([1.5])).toThrow(RangeError);
  });
});
