import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countWords, tokenize } from '../../src/text/tokens.js';

describe('countWords', () => {
  it('counts what tokenize finds, across scripts, marks, digits, joiners and surrogate pairs', () => {
    for (const text of [
      'Self-Defense Forces’ budget: ¥1,000.5 bn in 2024.', 'e\u0301te\u0301 café', '日本のAI戦略2024', '٣٤ and ３５',
      "it's x- -y 1. ,2 1.5.6", '𝐀𝐁 𝟏𝟐 😀 \ud800 lone \udc00', 'R&D 2+2 U.S.', '',
    ]) {
      expect(countWords(text), text).toBe(tokenize(text).length);
    }
  });

  it('agrees with tokenize on any text', () => {
    const pieces = fc.constantFrom('a', 'Z', 'é', '\u0301', '日', '1', '٣', '.', ',', "'", '’', '-', ' ', '😀', '𝐀', '\ud800', '_', 'ß');
    fc.assert(fc.property(fc.array(pieces, { maxLength: 20 }), (parts) => {
      const text = parts.join('');
      expect(countWords(text)).toBe(tokenize(text).length);
    }), { numRuns: 2000 });
  });
});
