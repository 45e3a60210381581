// Character classes by code point, for scanners that read text a character at a time instead of running a regex
// with Unicode classes at every position. The classes are exactly the regex ones: \s, \p{Lu}, the other \p{L},
// \p{M}, \p{N}. The Basic Multilingual Plane's are kept in a table filled as they are met.

export const SPACE = 1;
export const OTHER = 2;
export const UPPER = 3;
export const LOWER = 4;
export const MARK = 5;
export const DIGIT = 6;

const classes = new Uint8Array(0x10000);

function classify(cp: number): number {
  const c = String.fromCodePoint(cp);
  if (/\s/.test(c)) return SPACE;
  if (/\p{Lu}/u.test(c)) return UPPER;
  if (/\p{L}/u.test(c)) return LOWER;
  if (/\p{M}/u.test(c)) return MARK;
  return /\p{N}/u.test(c) ? DIGIT : OTHER;
}

/** The class of the code point at `i` (a lead surrogate's is that of its pair; past the end, OTHER). */
export function classAt(text: string, i: number): number {
  if (i >= text.length) return OTHER;
  const c = text.charCodeAt(i);
  let k = classes[c];
  if (k === 0) {
    if (c >= 0xd800 && c <= 0xdbff) return classify(text.codePointAt(i)!);
    k = classify(c);
    classes[c] = k;
  }
  return k;
}

/** UTF-16 units of the code point at `i`. */
export function width(text: string, i: number): number {
  const c = text.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff && text.codePointAt(i)! > 0xffff ? 2 : 1;
}
