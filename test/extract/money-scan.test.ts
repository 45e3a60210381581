// Atoms are tried only where one can start (money-scan.ts: atomStarts); these are the starts that lie before the
// digit or scale word that anchors them, and the places that look like a start but are not.

import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readAtoms, scanAtoms } from '../../src/extract/money-scan.js';

const atoms = (text: string) => scanAtoms(text).map((a) => [text.slice(a.start, a.end), a.currency ?? null, a.form]);

describe('where money atoms start', () => {
  it('finds currency tokens written before the number, with or without a space', () => {
    expect(atoms('paid US$5, U.S.$ 7 and Rs. 10')).toEqual([
      ['US$5', 'USD', 'symbol'],
      ['U.S.$ 7', 'USD', 'symbol'],
      ['Rs. 10', 'INR', 'symbol'],
    ]);
  });

  it('finds number words before a scale word, after a currency token too', () => {
    expect(atoms('a billion yen, $ three million and two-thousand euros')).toEqual([
      ['a billion yen', 'JPY', 'number-scale-name'],
      ['$ three million', 'USD', 'symbol-scale'],
      ['two-thousand euros', 'EUR', 'number-scale-name'],
    ]);
  });

  it('starts a new atom right after the last one, and not inside a word or a number', () => {
    expect(atoms('5 a million')).toEqual([['5', null, 'number'], ['a million', null, 'number-scale']]);
    // A currency sign glued to a number belongs to neither ("1$2" is no $2).
    expect(atoms('1$2 3')).toEqual([['1', null, 'number'], ['3', null, 'number']]);
    expect(atoms('ABC$5 v2.0 autumn column')).toEqual([]);
  });

  it('scans a megabyte of digits and currency signs in linear time', () => {
    const unit = '$1 ';
    const time = (n: number) => {
      const text = unit.repeat(n);
      const t = performance.now();
      expect(scanAtoms(text)).toHaveLength(n);
      return performance.now() - t;
    };
    time(20_000);
    const small = time(40_000);
    const large = time(320_000);
    // Eight times the text: allow sixteen times the time (a quadratic scan would take sixty-four).
    expect(large).toBeLessThan(small * 16 + 50);
  });
});

describe('atoms found only where they can start', () => {
  const everywhere = (text: string) => readAtoms(text, Array.from({ length: text.length }, (_, i) => i));

  it('are the atoms the pattern finds trying every position', () => {
    const pieces = fc.constantFrom(
      '1', '23', '4,567', '8.9', ' ', '   ', '        ', 'three        ', '$ a       ', '\u00a0', '-', '$', 'US$', 'U.S.$',
      'USD', 'JPY', 'Rs.', '¥', '€', 'a', 'an', 'three', 'Three', 'ten', 'million', 'billion', 'bn', 'mn', 'crore', 'lakh',
      'm', 'k', 'B.', '万', 'yen', 'won', 'pounds', 'dollars', 'New Zealand dollars', 'x', 'ABC', '.', ',', '(', ')', '_',
      '😀', '٣', ' to ', ' and ',
    );
    fc.assert(fc.property(fc.array(pieces, { maxLength: 16 }), (parts) => {
      const text = parts.join('');
      expect(scanAtoms(text)).toEqual(everywhere(text));
    }), { numRuns: 3000 });
  });

  it('reads number words several spaces before their scale word', () => {
    expect(atoms('three        billion yen')).toEqual([['three        billion yen', 'JPY', 'number-scale-name']]);
    expect(atoms('US$ three        billion')).toEqual([['US$ three        billion', 'USD', 'symbol-scale']]);
  });
});
