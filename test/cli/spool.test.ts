import { describe, expect, it } from 'vitest';
import { Spool } from '../../src/cli/spool.js';

describe('Spool', () => {
  it('gives back every value in order, across many deflated chunks, as often as it is read', () => {
    const spool = new Spool<{ i: number; text: string; list: number[]; none?: string }>();
    // ~250 characters a value: 3,000 of them are three chunks.
    const values = Array.from({ length: 3000 }, (_, i) => ({ i, text: `row ${i} “quoted”\nand ${'x'.repeat(200 + (i % 50))}`, list: [i, (i + 1) / 3] }));
    for (const v of values) spool.push({ ...v, none: undefined });
    expect(spool.length).toBe(3000);
    expect(JSON.stringify([...spool])).toBe(JSON.stringify(values));
    expect([...spool]).toEqual(values);
  });

  it('hands out fresh objects each read, so changing one read leaves the spool as it was', () => {
    const spool = new Spool<{ list: number[] }>();
    spool.push({ list: [1] });
    for (const v of spool) v.list.push(2);
    expect([...spool]).toEqual([{ list: [1] }]);
  });

  it('is empty before anything is pushed', () => {
    expect([...new Spool<number>()]).toEqual([]);
  });
});
