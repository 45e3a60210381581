import { describe, expect, it } from 'vitest';
import { positionsOf, readAt } from '../../src/text/anchored.js';

describe('readAt', () => {
  const words = (text: string, starts: number[], giveBack = 0) => {
    const out: string[] = [];
    readAt(text, /[a-z]+/y, starts, (m) => {
      out.push(m[0]);
      return m.index + m[0].length - giveBack;
    });
    return out;
  };

  it('skips starts inside the last match and starts that match nothing', () => {
    expect(words('abc de f', [0, 1, 3, 4, 5, 6])).toEqual(['abc', 'de']);
  });

  it('resumes where the reader says', () => {
    expect(words('abc de', [0, 1, 2, 4], 1)).toEqual(['abc', 'c', 'de']);
  });
});

describe('positionsOf', () => {
  it('lists every position of the literals, ascending', () => {
    expect(positionsOf('a%b%%c', '%')).toEqual([1, 3, 4]);
    expect(positionsOf('abc', '%')).toEqual([]);
    expect(positionsOf('www.x http://www.y', 'http', 'www.')).toEqual([0, 6, 13]);
  });
});
