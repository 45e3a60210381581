import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { findRelativeDates, readRelativeDates } from '../../src/extract/date-relative.js';

const phrases = (text: string) => findRelativeDates(text).map((r) => [text.slice(r.start, r.end), r.precision]);

describe('findRelativeDates', () => {
  it('finds each form with its precision', () => {
    expect(phrases('Later this year, and the following several years; two weeks ago, last spring, the past decade.')).toEqual([
      ['Later this year', 'year'],
      ['the following several years', 'year'],
      ['two weeks ago', 'day'],
      ['last spring', 'month'],
      ['the past decade', 'decade'],
    ]);
  });

  it('finds an expression whose unit word is the longest lead from its start', () => {
    expect(phrases('in the following\u00a0several\tmonths')).toEqual([['the following\u00a0several\tmonths', 'month']]);
  });

  it('finds what trying the pattern at every position finds', () => {
    const everywhere = (text: string) => readRelativeDates(text, Array.from({ length: text.length }, (_, i) => i));
    const pieces = fc.constantFrom(
      'the', 'following', 'several', 'past', 'last', 'next', 'this', 'later', 'earlier', 'a few', 'a', 'an', 'two',
      'twelve', '3', '12', 'year', 'years', 'months', 'week', 'days', 'decade', 'spring', 'Winter', 'ago', 'after', ' ',
      '\u00a0', '\t', '  ', 'x', ',', '.', '-', '_', 'é', '9',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 14 }), fc.constantFrom('', ' '), (parts, glue) => {
      const text = parts.join(glue);
      expect(findRelativeDates(text)).toEqual(everywhere(text));
    }), { numRuns: 3000 });
  });
});
