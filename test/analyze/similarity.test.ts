import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { countTerms, numberTerms, termCounts, Vocabulary } from '../../src/analyze/similarity.js';

// Words that exercise every rule: case, curly apostrophes, numbers, one letter, function words, hyphens.
const WORDS = ['AI', 'ai', 'Japan’s', "japan's", 'the', 'The', 'a', '2024', '3rd', 'x', 'policy', 'Policy', 'co-operation', 'METI', '¥1.5'];

describe('countTerms', () => {
  it('counts and numbers as termCounts then numberTerms do, article after article', () => {
    const article = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (texts) => {
        const counted = new Vocabulary();
        const numbered = new Vocabulary();
        for (const text of texts) expect(countTerms(text, counted)).toEqual(numberTerms(termCounts(text), numbered));
        expect(counted.size).toBe(numbered.size);
      }),
    );
  });

  it('counts one term for the forms of a word and none for function words and numbers', () => {
    const { terms, counts } = countTerms('AI and ai, Japan’s and japan\'s: the 2024 plan', new Vocabulary());
    expect([...terms]).toEqual([0, 1, 2]);
    expect([...counts]).toEqual([2, 2, 1]);
  });
});
