import { describe, expect, it } from 'vitest';
import { jsonChunks, renderJsonValue } from '../../src/render/json.js';

const joined = (value: unknown) => [...jsonChunks(value)].join('');

describe('jsonChunks', () => {
  it('gives the same text as renderJsonValue, arrays and all', () => {
    const value = {
      jpai: '1.0.0',
      filters: { from: undefined, to: 2024, roles: ['aid', 'budget'] },
      rows: [{ a: 1, nested: { list: [1, 2], empty: [] } }, 'text with\nnewline', null, undefined, [3, [4]]],
      empty: [],
      none: {},
      skipped: undefined,
      count: 0,
    };
    expect(joined(value)).toBe(renderJsonValue(value));
  });

  it('cuts a large array into several chunks that join to the same text', () => {
    const value = { rows: Array.from({ length: 5000 }, (_, i) => ({ i, text: 'x'.repeat(40) })), total: 5000 };
    const chunks = [...jsonChunks(value)];
    expect(chunks.length).toBeGreaterThan(2);
    expect(chunks.join('')).toBe(renderJsonValue(value));
  });

  it('renders what is not a plain object whole', () => {
    for (const value of [[1, 2], 'text', 3, null, {}, { toJSON: () => ({ a: 1 }) }]) expect(joined(value)).toBe(renderJsonValue(value));
  });

  it('writes an iterable that is not an array as the array of what it yields, read once', () => {
    let reads = 0;
    const rows = { *[Symbol.iterator]() { reads++; yield { a: 1 }; yield 'b'; yield undefined; } };
    const empty = { *[Symbol.iterator]() {} };
    expect(joined({ rows, empty, after: 1 })).toBe(renderJsonValue({ rows: [{ a: 1 }, 'b', undefined], empty: [], after: 1 }));
    expect(reads).toBe(1);
  });
});
