import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { numberTerms, packTermCounts, PackedVectors, termCounts, tfidfOfCounts, unpackTermCounts, Vocabulary } from '../../src/analyze/similarity.js';
import { PackedLists } from '../../src/analyze/term-table.js';

// Words that exercise every rule: case, curly apostrophes, numbers, one letter, function words, hyphens.
const WORDS = ['AI', 'ai', 'Japan’s', "japan's", 'the', 'The', 'a', '2024', '3rd', 'x', 'policy', 'Policy', 'co-operation', 'METI', '¥1.5'];

describe('termCounts and numberTerms', () => {
  it('numbers terms across articles in the order they are first seen, each article in increasing numbers', () => {
    const article = fc.array(fc.constantFrom(...WORDS), { maxLength: 30 }).map((words) => words.join(' '));
    fc.assert(
      fc.property(fc.array(article, { maxLength: 6 }), (texts) => {
        const vocabulary = new Vocabulary();
        const seen: string[] = [];
        for (const text of texts) {
          const counts = termCounts(text);
          for (const term of counts.keys()) if (!seen.includes(term)) seen.push(term);
          const numbered = numberTerms(counts, vocabulary);
          const inOrder = [...counts.keys()].sort((a, b) => seen.indexOf(a) - seen.indexOf(b));
          expect([...numbered.terms].map((t) => seen[t])).toEqual(inOrder);
          expect([...numbered.counts]).toEqual(inOrder.map((term) => counts.get(term)));
        }
        expect(vocabulary.size).toBe(seen.length);
      }),
    );
  });

  it('counts one term for the forms of a word and none for function words and numbers', () => {
    const { terms, counts } = numberTerms(termCounts('AI and ai, Japan’s and japan\'s: the 2024 plan'), new Vocabulary());
    expect([...terms]).toEqual([0, 1, 2]);
    expect([...counts]).toEqual([2, 2, 1]);
  });
});

describe('packed term counts', () => {
  const texts = [
    'Soft law guidelines for business, soft law, soft law.',
    'guidelines and chips',
    'Chips, chips and law; the Diet passed the law on chips.',
    'the 2024',
    'Business guidelines: soft law again and again and again, with chips.',
  ];
  const words = new Vocabulary();
  const articles = texts.map((text) => numberTerms(termCounts(text), words));
  const lists = new PackedLists();
  const handles = articles.map((a) => packTermCounts(lists, a));

  it('unpacks to the same terms and counts', () => {
    const [raw, terms, counts] = [0, 1, 2].map(() => new Int32Array(Math.max(lists.longest, 1000)));
    articles.forEach((a, i) => {
      const n = unpackTermCounts(lists, handles[i], raw, terms, counts);
      expect([[...terms.subarray(0, n)], [...counts.subarray(0, n)]]).toEqual([[...a.terms], [...a.counts]]);
    });
  });

  it('unpacks any counts packed: term numbers up to 2³¹ - 1, large gaps among small ones, large counts', () => {
    const article = fc
      .uniqueArray(fc.oneof(fc.nat(50), fc.nat(5000), fc.integer({ min: 0, max: 2 ** 31 - 1 })), { maxLength: 60 })
      .chain((terms) => fc.tuple(fc.constant(terms.sort((a, b) => a - b)), fc.array(fc.oneof(fc.constant(1), fc.integer({ min: 1, max: 2 ** 31 - 1 })), { minLength: terms.length, maxLength: terms.length })));
    fc.assert(
      fc.property(article, ([terms, counts]) => {
        const own = new PackedLists();
        const handle = packTermCounts(own, { terms: Int32Array.from(terms), counts: Int32Array.from(counts) });
        const [raw, outTerms, outCounts] = [0, 1, 2].map(() => new Int32Array(Math.max(own.longest, terms.length)));
        const n = unpackTermCounts(own, handle, raw, outTerms, outCounts);
        expect([[...outTerms.subarray(0, n)], [...outCounts.subarray(0, n)]]).toEqual([terms, counts]);
      }),
    );
  });

  it('takes a byte or less for a word of a small vocabulary said once', () => {
    const own = new PackedLists();
    const terms = Int32Array.from({ length: 400 }, (_, k) => k * 5);
    packTermCounts(own, { terms, counts: new Int32Array(400).fill(1) });
    expect(own.longest).toBeLessThanOrEqual(2 + 400);
  });

  it('weighs each term as tfidfOfCounts does, to the last bit', () => {
    const packed = new PackedVectors(lists, handles);
    const expected = tfidfOfCounts(articles);
    expect(packed.size).toBe(words.size);
    const terms = new Int32Array(packed.longest);
    const weights = new Float64Array(packed.longest);
    expected.forEach((v, i) => {
      const n = packed.read(i, terms, weights);
      expect([[...terms.subarray(0, n)], [...weights.subarray(0, n)]]).toEqual([[...v.terms], [...v.weights]]);
    });
  });
});
