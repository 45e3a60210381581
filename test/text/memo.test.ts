import { describe, expect, it } from 'vitest';
import { detached, memoised } from '../../src/text/memo.js';

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

describe('detached', () => {
  it('gives back the same characters, long or short', () => {
    const article = `${'x'.repeat(100)}Ministry of Economy, Trade and Industry${'y'.repeat(100)}`;
    const name = article.slice(100, 139);
    expect(detached(name)).toBe('Ministry of Economy, Trade and Industry');
    expect(detached('METI')).toBe('METI');
  });
});
