import { describe, expect, it } from 'vitest';
import { TopK } from '../../src/analyze/top-k.js';

const larger = (a: number, b: number) => a > b;

describe('TopK', () => {
  it('keeps the k best of a stream, best first, as sorting all of it would', () => {
    const values = [5, 1, 9, 3, 7, 9, 2, 8, 6, 4, 0];
    const top = new TopK(4, larger);
    for (const v of values) top.offer(v);
    expect(top.sorted()).toEqual([9, 9, 8, 7]);
  });

  it('keeps everything when fewer than k are offered', () => {
    const top = new TopK(10, larger);
    for (const v of [2, 3, 1]) top.offer(v);
    expect(top.sorted()).toEqual([3, 2, 1]);
    expect(top.worst).toBeUndefined();
  });

  it('knows the item to beat once full', () => {
    const top = new TopK(2, larger);
    for (const v of [4, 1, 6]) top.offer(v);
    expect(top.worst).toBe(4);
  });

  it('ties go to the order the comparison gives (here: first offered first)', () => {
    const items = [{ score: 1, at: 0 }, { score: 2, at: 1 }, { score: 2, at: 2 }, { score: 2, at: 3 }];
    const top = new TopK<(typeof items)[number]>(2, (a, b) => a.score !== b.score ? a.score > b.score : a.at < b.at);
    for (const item of items) top.offer(item);
    expect(top.sorted().map((i) => i.at)).toEqual([1, 2]);
  });

  it('keeps nothing for k = 0', () => {
    const top = new TopK(0, larger);
    top.offer(1);
    expect(top.sorted()).toEqual([]);
  });
});
