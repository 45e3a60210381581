import { describe, expect, it } from 'vitest';
import { memoised } from '../../src/text/memo.js';

describe('memoised', () => {
  it('computes each key once until the cache is full, then starts over', () => {
    const calls: string[] = [];
    const upper = memoised((s) => {
      calls.push(s);
      return s.toUpperCase();
    }, 2);
    expect([upper('a'), upper('b'), upper('a')]).toEqual(['A', 'B', 'A']);
    expect(calls).toEqual(['a', 'b']);
    expect(upper('c')).toBe('C');
    expect(upper('a')).toBe('A');
    expect(calls).toEqual(['a', 'b', 'c', 'a']);
  });
});
