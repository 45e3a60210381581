// Numbers in money: scale words and exact decimal scaling, so "8.4 billion" is 8400000000 and not
// 8.4 * 1e9 = 8400000000.000001.

/** Scale words as powers of ten, keyed by lower-cased token. */
const SCALE_EXPONENTS: Record<string, number> = {
  thousand: 3, k: 3,
  lakh: 5, lakhs: 5,
  million: 6, mn: 6, mln: 6, m: 6, mm: 6, 'm.': 6,
  crore: 7, crores: 7,
  billion: 9, bn: 9, bln: 9, b: 9, 'b.': 9,
  trillion: 12, tn: 12, trn: 12, t: 12,
  '万': 4, '億': 8, '兆': 12,
};

const WORD_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
};

// Whole scale words end at a word boundary; single letters only when nothing but a non-letter follows,
// so "$5 bonds" keeps "bonds" out. "B." is a scale only before another word ("8.4 B. Yen").
const SCALE_WORD = '[tT]housand|[mM]illion|[bB]illion|[tT]rillion|[cC]rores?|[lL]akhs?|[bB]ln|[bB]n|[mM]ln|[mM]n|[tT]rn|[tT]n';
export const SCALE_SOURCE =
  `(?:(?:${SCALE_WORD}|MM)(?![A-Za-z])|[bBmM]\\.(?=[ \\u00a0][A-Za-z])|[bBmMkKT](?![A-Za-z.\\-])|[bBmMkKT](?=\\.(?:\\s|$))|[万億兆])`;
/** Number words that stand for a numeral only before a scale word ("a billion yen", "two million euros"). */
export const WORD_NUMBER_SOURCE = '[aA]n?|[oO]ne|[tT]wo|[tT]hree|[fF]our|[fF]ive|[sS]ix|[sS]even|[eE]ight|[nN]ine|[tT]en';
export const SCALE_WORD_SOURCE = `(?:${SCALE_WORD})(?![A-Za-z])`;
/** Characters in the longest number word ("three"). */
export const LONGEST_NUMBER_WORD = Math.max(...Object.keys(WORD_NUMBERS).map((w) => w.length));

export function scaleExponent(token: string): number {
  return SCALE_EXPONENTS[token.toLowerCase()] ?? 0;
}

export function wordNumber(token: string): number {
  return WORD_NUMBERS[token.toLowerCase()] ?? 0;
}

/** A written numeral: its digits before and after the decimal point ("1,234.5" -> "1234", "5"). */
export interface Numeral {
  whole: string;
  fraction: string;
}

export function parseNumeral(text: string): Numeral {
  // Most numbers in a text are plain ("2024", "3"): no separators to remove.
  if (text.indexOf(',') === -1 && text.indexOf('.') === -1) return { whole: text, fraction: '' };
  const [whole, fraction = ''] = text.replace(/,/g, '').split('.');
  return { whole, fraction };
}

/** numeral × 10^exponent, computed on the digit string so the result is the nearest double to the exact value. */
export function scaleNumeral(n: Numeral, exponent: number): number {
  const digits = (n.whole + n.fraction).replace(/^0+(?=\d)/, '');
  const shift = exponent - n.fraction.length;
  if (shift >= 0) return Number(digits + '0'.repeat(shift));
  const cut = digits.length + shift;
  return cut > 0
    ? Number(`${digits.slice(0, cut)}.${digits.slice(cut)}`)
    : Number(`0.${'0'.repeat(-cut)}${digits}`);
}

/** 137000000 -> "137,000,000"; 1.5 -> "1.5". Never exponent notation for whole amounts. */
export function formatAmount(n: number): string {
  const text = Number.isInteger(n) ? BigInt(n).toString() : String(n);
  const [whole, fraction] = text.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return fraction ? `${grouped}.${fraction}` : grouped;
}
