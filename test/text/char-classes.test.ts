import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { classAt, width, SPACE, OTHER, UPPER, LOWER, MARK, DIGIT } from '../../src/text/char-classes.js';

function byRegex(c: string): number {
  if (/^\s$/u.test(c)) return SPACE;
  if (/^\p{Lu}$/u.test(c)) return UPPER;
  if (/^\p{L}$/u.test(c)) return LOWER;
  if (/^\p{M}$/u.test(c)) return MARK;
  return /^\p{N}$/u.test(c) ? DIGIT : OTHER;
}

describe('character classes', () => {
  it('classes letters, marks, digits and spaces inside and outside the Basic Multilingual Plane', () => {
    const text = 'Aé\u0301² \u3000𝐀😀';
    expect([0, 1, 2, 3, 4, 5, 6, 8].map((i) => classAt(text, i))).toEqual([UPPER, LOWER, MARK, DIGIT, SPACE, SPACE, UPPER, OTHER]);
    expect([width(text, 6), width(text, 0), width('\ud800', 0)]).toEqual([2, 1, 1]);
    expect(classAt(text, text.length)).toBe(OTHER);
  });

  it('agrees with the regex classes on any code point', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 0x10ffff }), (cp) => {
        const c = String.fromCodePoint(cp);
        expect(classAt(c, 0)).toBe(byRegex(c));
        expect(width(c, 0)).toBe(c.length);
      }),
      { numRuns: 20000 },
    );
  });
});
