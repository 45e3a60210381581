// Finding amounts: one anchored regex finds "atoms" (a number with its scale word and currency tokens);
// one linear pass joins neighbouring atoms into ranges ("$2–3 billion") and bracketed conversions
// ("C$48.7 million (5.3 billion yen)").

import type { MoneyValue } from '../types.js';
import { readAt } from '../text/anchored.js';
import { currencyTable, type CurrencyTable, type CurrencyToken } from './money-currencies.js';
import {
  LONGEST_NUMBER_WORD, SCALE_SOURCE, SCALE_WORD_SOURCE, WORD_NUMBER_SOURCE,
  parseNumeral, scaleExponent, scaleNumeral, wordNumber, type Numeral,
} from './money-number.js';

/** A number with what is written around it. */
export interface Atom {
  start: number;
  end: number;
  numeral: Numeral;
  /** Power of ten of the scale word; undefined when there is none. */
  exponent?: number;
  currency?: string;
  /** How the currency was written: "symbol-scale", "number-scale-name", ... (the rule id). */
  form: string;
}

/** One monetary figure as the text states it. */
export interface Figure {
  start: number;
  end: number;
  amount: number;
  amountMax?: number;
  currency: string;
  equivalents: MoneyValue[];
  approximate: boolean;
  rule: string;
}

const GAP = '[ \\u00a0]';
/** Spaces that may stand between number, scale and currency: HTML's &nbsp; and justified text leave runs. */
const MOST_SPACES = 8;
const SEPARATOR = `(?:[ \\u00a0]{1,${MOST_SPACES}}|-)`;

/** What each capture group of the atom pattern holds, by number: the pattern is written with named groups, and
 * compiled without the names, since V8 builds an object of named groups on every match and most matches are plain
 * numbers that are not money. */
type Group = 'pre' | 'int' | 'frac' | 'scale' | 'word' | 'wscale' | 'suf';

function compileWithoutNames(source: string, flags: string): { pattern: RegExp; groups: Record<Group, number> } {
  const names = [...source.matchAll(/\(\?<([a-z]+)>/g)].map((m) => m[1]);
  const groups = Object.fromEntries(names.map((name, i) => [name, i + 1])) as Record<Group, number>;
  return { pattern: new RegExp(source.replace(/\(\?<[a-z]+>/g, '('), flags), groups };
}

function atomPattern(table: CurrencyTable): { pattern: RegExp; groups: Record<Group, number> } {
  const number = '(?<int>\\d{1,3}(?:,\\d{3})+(?!\\d)|\\d+)(?:\\.(?<frac>\\d+))?';
  // Not inside a Latin word or a number ("ABC$5", "v2.0"); Japanese text has no spaces, so kana and kanji may touch.
  const prefix = `(?<![A-Za-z\\p{N}])(?<pre>${table.prefixSource})${GAP}?`;
  const bare = '(?<![A-Za-z\\p{N}_.,$€£¥])';
  return compileWithoutNames(
    `(?:${prefix}|${bare})` +
      `(?:${number}(?:${SEPARATOR}?(?<scale>${SCALE_SOURCE}))?` +
      `|(?<word>${WORD_NUMBER_SOURCE})${SEPARATOR}(?<wscale>${SCALE_WORD_SOURCE}))` +
      `(?:${SEPARATOR}?(?<suf>${table.suffixSource})(?![A-Za-z]))?`,
    // Sticky: tried only where an atom can start (see atomStarts).
    'yu',
  );
}

function pickCurrency(pre?: CurrencyToken, suf?: CurrencyToken): CurrencyToken | undefined {
  if (pre && suf) return pre.generic && !suf.generic ? suf : !pre.generic && suf.generic ? pre : suf;
  return pre ?? suf;
}

interface Scanner {
  table: CurrencyTable;
  pattern: RegExp;
  groups: Record<Group, number>;
  /** Last characters of the currency tokens written before a number ("$", "D" of "USD", "." of "Rs."). */
  prefixEnds: Set<string>;
  longestPrefix: number;
}

let cached: Scanner | undefined;

function scanner(): Scanner {
  if (!cached) {
    const table = currencyTable();
    const prefixes = table.currencies.flatMap((c) => [c.code, ...c.symbols]);
    cached = {
      table,
      ...atomPattern(table),
      prefixEnds: new Set(prefixes.map((p) => p[p.length - 1])),
      longestPrefix: Math.max(...prefixes.map((p) => p.length)),
    };
  }
  return cached;
}

const DIGITS = /\d+/g;
// A superset of the scale words an atom may be written with ("a billion", "two mln"), each checked by the pattern,
// with the gap or hyphen before it: a scale word opens an atom only after a number word and a separator ("a billion",
// "two-million"), and searching for the separator too skips the far more common letters that start no such word.
const SCALE_WORDS = /[ \u00a0-](?:[tT]housand|[mMbB]illion|[tT]rillion|[cC]rore|[lL]akh|[bBmMtT][lr]?n)/g;
const isGap = (c: string | undefined) => c === ' ' || c === '\u00a0';

/** Sorted positions where `text` may hold an atom. An atom holds a digit or a scale word and starts only a few
 * characters before the first one: a currency token and a space before a digit ("US$ 5"), or a currency token, a
 * number word and a separator before a scale word ("$ three billion"). The pattern is tried only there, so the text
 * between numbers is skipped at indexOf speed instead of trying a long alternation at every character. */
function atomStarts(text: string, s: Scanner): number[] {
  const starts: number[] = [];
  let last = -1;
  const add = (from: number, to: number) => {
    for (let p = Math.max(from, last + 1, 0); p <= to; p++) starts.push(p);
    if (to > last) last = to;
  };
  DIGITS.lastIndex = 0;
  for (let m = DIGITS.exec(text); m; m = DIGITS.exec(text)) {
    let q = m.index - 1;
    if (isGap(text[q])) q--;
    if (q >= 0 && s.prefixEnds.has(text[q])) add(q - s.longestPrefix + 1, q);
    add(m.index, m.index);
  }
  const words: number[] = [];
  let lastWord = -1;
  // A currency token, a space, a number word and its separator.
  const reach = s.longestPrefix + 1 + LONGEST_NUMBER_WORD + MOST_SPACES;
  SCALE_WORDS.lastIndex = 0;
  for (let m = SCALE_WORDS.exec(text); m; m = SCALE_WORDS.exec(text)) {
    const word = m.index + 1;
    for (let p = Math.max(word - reach, lastWord + 1, 0); p <= word - 2; p++) words.push(p);
    lastWord = Math.max(lastWord, word - 2);
  }
  if (words.length === 0) return starts;
  const merged: number[] = [];
  let i = 0;
  let j = 0;
  while (i < starts.length || j < words.length) {
    const next = j >= words.length || (i < starts.length && starts[i] <= words[j]) ? starts[i++] : words[j++];
    if (merged.length === 0 || next > merged[merged.length - 1]) merged.push(next);
  }
  return merged;
}

/** Every number in `text` with its scale and currency tokens, in order. Linear: a bounded number of anchored tries
 * per number in the text. */
export function scanAtoms(text: string): Atom[] {
  return readAtoms(text, atomStarts(text, scanner()));
}

/** The atoms that start at the given positions (ascending), each read from where the last one ended. scanAtoms
 * passes the positions where an atom can start; passing every position gives the same atoms, only slower. */
export function readAtoms(text: string, starts: Iterable<number>): Atom[] {
  const { table, pattern, groups } = scanner();
  const atoms: Atom[] = [];
  readAt(text, pattern, starts, (m) => {
    const [pre, int, frac, scale, word, wscale, suf] = [
      m[groups.pre], m[groups.int], m[groups.frac], m[groups.scale], m[groups.word], m[groups.wscale], m[groups.suf],
    ] as (string | undefined)[];
    const scaleText = scale ?? wscale;
    const exponent = scaleText === undefined ? undefined : scaleExponent(scaleText);
    const numeral: Numeral = word ? { whole: String(wordNumber(word)), fraction: '' } : parseNumeral(frac ? `${int}.${frac}` : int!);
    const prefix = pre ? table.prefix(pre) : undefined;
    let suffix = suf ? table.suffix(suf) : undefined;
    let end = m.index + m[0].length;
    // "won" and "pounds" are words too: money only as "1.2 trillion won" or "10,000 won".
    if (suffix?.needsScale && exponent === undefined && !int?.includes(',')) {
      end -= suf!.length;
      if (text[end - 1] === '-') end--;
      else while (isGap(text[end - 1])) end--;
      suffix = undefined;
    }
    const currency = pickCurrency(prefix, suffix)?.code;
    let form = prefix ? (/^[A-Z]{3}$/.test(pre!) ? 'code' : 'symbol') : 'number';
    if (exponent !== undefined) form += '-scale';
    if (suffix) form += /^[A-Z]{3}$/.test(suf!) ? '-code' : '-name';
    atoms.push({ start: m.index, end, numeral, exponent, currency, form });
    // The trimmed word is scanned again, so nothing after it is skipped.
    return end;
  });
  return atoms;
}

const APPROXIMATE_BEFORE =
  /(?:^|[^\p{L}])(?:up to|about|around|approximately|approx\.?|nearly|almost|more than|over|some|roughly|at least|an estimated|estimated at|close to|less than|under|as much as|upwards of|in excess of|just over|just under|circa|c\.|ca\.)[ \u00a0]*$|[~≈][ \u00a0]*$/iu;
const APPROXIMATE_AFTER = /^(?:\+|-plus|[ \u00a0]+or (?:more|so)\b)/;
const RANGE_GAP = /^[ \u00a0]*(?:[–—-]|to|and)[ \u00a0]*$/;
const BETWEEN_BEFORE = /(?:^|[^\p{L}])between[ \u00a0]+$/iu;
// "rose from $2 billion to $3 billion" is a change, not a range.
const CHANGE_BEFORE = /(?:ris|rose|grew|grow|increas|jump|climb|fell|fall|declin|decreas|doubl|tripl|surg|expand|shrank|shrink|drop|up|down)\w*[ \u00a0]+from[ \u00a0]+$/iu;
const BRACKET_OPEN =
  /^[ \u00a0]*[([（][ \u00a0]*(?:(?:about|around|approximately|approx\.?|roughly|some|nearly|almost|over|or|equivalent to|equal to|c\.|ca\.|~|≈)[ \u00a0]*)?$/i;
const BRACKET_CLOSE = /^[ \u00a0]*[)\]）]/;
const EQUIVALENT_GAP = /^[ \u00a0]*[,;/][ \u00a0]*$|^[ \u00a0]+or[ \u00a0]+$/;

function before(text: string, offset: number, length: number): string {
  return text.slice(Math.max(0, offset - length), offset);
}

/** The text between two offsets when it is short; undefined otherwise (keeps slicing bounded). */
function gap(text: string, from: number, to: number, max: number): string | undefined {
  return to - from <= max ? text.slice(from, to) : undefined;
}

interface Amount {
  start: number;
  end: number;
  amount: number;
  amountMax?: number;
  currency: string;
  rule: string;
  /** Index of the first atom after this amount. */
  next: number;
}

function single(a: Atom, next: number): Amount | undefined {
  if (!a.currency) return undefined;
  const amount = scaleNumeral(a.numeral, a.exponent ?? 0);
  if (!Number.isFinite(amount)) return undefined;
  return { start: a.start, end: a.end, amount, currency: a.currency, rule: `money:${a.form}`, next };
}

function range(text: string, a: Atom, b: Atom, next: number): Amount | undefined {
  const g = gap(text, a.end, b.start, 7);
  if (g === undefined || !RANGE_GAP.test(g)) return undefined;
  if (/and/.test(g) && !BETWEEN_BEFORE.test(before(text, a.start, 12))) return undefined;
  if (CHANGE_BEFORE.test(before(text, a.start, 24))) return undefined;
  if (a.currency && b.currency && a.currency !== b.currency) return undefined;
  const currency = a.currency ?? b.currency;
  if (!currency) return undefined;
  // "$2–3 billion": the lower end borrows the upper end's scale word, and the other way round.
  const low = scaleNumeral(a.numeral, a.exponent ?? b.exponent ?? 0);
  const high = scaleNumeral(b.numeral, b.exponent ?? a.exponent ?? 0);
  if (!(low < high) || !Number.isFinite(high)) return undefined;
  return { start: a.start, end: b.end, amount: low, amountMax: high, currency, rule: 'money:range', next };
}

function readAmount(text: string, atoms: Atom[], i: number): Amount | undefined {
  const a = atoms[i];
  const b = atoms[i + 1];
  return (b && range(text, a, b, i + 2)) || single(a, i + 1);
}

/** Conversions in brackets right after an amount: "(5.3 billion yen)", "(about $1.1 billion; €1 billion)". */
function readEquivalents(text: string, atoms: Atom[], head: Amount): { values: MoneyValue[]; end: number; next: number } | undefined {
  const first = atoms[head.next];
  const open = first && gap(text, head.end, first.start, 40);
  if (open === undefined || !BRACKET_OPEN.test(open)) return undefined;
  const values: MoneyValue[] = [];
  for (let k = head.next; k < atoms.length; ) {
    const eq = readAmount(text, atoms, k);
    if (!eq) return undefined;
    values.push({ amount: eq.amount, currency: eq.currency, text: text.slice(eq.start, eq.end) });
    const close = BRACKET_CLOSE.exec(text.slice(eq.end, eq.end + 8));
    if (close) return { values, end: eq.end + close[0].length, next: eq.next };
    const following = atoms[eq.next];
    const sep = following && gap(text, eq.end, following.start, 6);
    if (sep === undefined || !EQUIVALENT_GAP.test(sep)) return undefined;
    k = eq.next;
  }
  return undefined;
}

/** Every monetary figure in `text`, in order, from its atoms. */
export function findFigures(text: string, atoms: Atom[] = scanAtoms(text)): Figure[] {
  const figures: Figure[] = [];
  for (let i = 0; i < atoms.length; ) {
    const head = readAmount(text, atoms, i);
    if (!head) {
      i++;
      continue;
    }
    const eq = readEquivalents(text, atoms, head);
    const end = eq?.end ?? head.end;
    const approximate =
      APPROXIMATE_BEFORE.test(before(text, head.start, 24)) || APPROXIMATE_AFTER.test(text.slice(end, end + 10));
    figures.push({
      start: head.start,
      end,
      amount: head.amount,
      ...(head.amountMax !== undefined ? { amountMax: head.amountMax } : {}),
      currency: head.currency,
      equivalents: eq?.values ?? [],
      approximate,
      rule: eq ? 'money:bracket-equivalent' : head.rule,
    });
    i = eq?.next ?? head.next;
  }
  return figures;
}
