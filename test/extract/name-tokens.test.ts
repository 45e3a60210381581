import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { foldToken, isCapitalized, isPossessive, tokenizeAll, tokenizeNames } from '../../src/extract/name-tokens.js';

// The scanners are defined by these regexes (the tokenizer used them before it read character classes itself).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:(?:[-'’&+]|\.-?)[\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*\.?|[^\s\p{L}\p{N}]/gu;
const CLUSTER =
  /[“"‘'(\[]?[\p{Lu}\p{N}]\S*(?:\s+(?:(?:of|and|the|for|on|in|to|&|between|concerning|regarding|against|with|a|an)\s+)*[“"‘'(\[]?[\p{Lu}\p{N}]\S*)*(?:\s+(?:government|administration|program|programme|initiative)\b)?/gu;
const NEXT_WORD = /\s+([^\s]+)/y;

type Tok = { text: string; start: number; end: number; word: boolean };

function referenceTokens(out: Tok[], text: string, from: number, to: number): void {
  TOKEN.lastIndex = from;
  for (let m = TOKEN.exec(text); m && m.index < to; m = TOKEN.exec(text)) {
    let t = m[0];
    const start = m.index;
    if (start + t.length > to) t = t.slice(0, to - start);
    const word = t.length > 1 || /[\p{L}\p{N}]/u.test(t);
    if (word && t.endsWith('.') && t.length > 1) {
      const body = t.slice(0, -1);
      if (!(/\.\p{L}$/u.test(body) || /^\p{Lu}$/u.test(body))) {
        t = body;
        TOKEN.lastIndex = start + t.length;
      }
    }
    out.push({ text: t, start, end: start + t.length, word });
  }
}

function referenceNames(text: string, continuing: Set<string>): Tok[] {
  const out: Tok[] = [];
  CLUSTER.lastIndex = 0;
  for (let m = CLUSTER.exec(text); m; m = CLUSTER.exec(text)) {
    if (out.length > 0) out.push({ text: '\u00b6', start: m.index, end: m.index, word: false });
    let end = m.index + m[0].length;
    for (;;) {
      NEXT_WORD.lastIndex = end;
      const next = NEXT_WORD.exec(text);
      if (!next || !continuing.has(foldToken(next[1].replace(/^[“"‘'(]+|[”"’'),.:;]+$/g, '')))) break;
      end = next.index + next[0].length;
    }
    referenceTokens(out, text, m.index, end);
    CLUSTER.lastIndex = end;
  }
  return out;
}

const plain = (tokens: Tok[]) => tokens.map(({ text, start, end, word }) => ({ text, start, end, word }));

// Pieces that exercise every branch: joiners, final periods, marks, astral letters, lone surrogates, quotes,
// connectors, lower-case heads and words that continue a known name.
const PIECES = [
  'A', 'b', 'É', 'é', '1', '²', '\u0301', '.', '-', "'", '’', '&', '+', ' ', '\n', '\t', '\u00a0', '\u3000', '“', '"', '(', ')',
  '[', ',', ':', ';', '𝐀', '𝑎', '😀', '\ud800', '\udc00', 'ǅ', '٣', 'Ⅻ', 'U.S.', 'T.', 'of ', ' and ', ' a ', ' an ', ' & ',
  ' the ', 'between ', 'government', 'governments', 'programme', 'program_', ' initiative', 'kaigi', ' Kaigi', 'The',
];
const CONTINUING = new Set(['kaigi', 'of', 'and', 'b']);

describe('name tokens', () => {
  it('keeps joined words, dotted abbreviations and initials whole, and drops a sentence period', () => {
    const texts = tokenizeAll('The U.S. and Japan-U.S. R&D talks (T. Sato) on 5.0 ended.').map((t) => t.text);
    expect(texts).toEqual(['The', 'U.S.', 'and', 'Japan-U.S.', 'R&D', 'talks', '(', 'T.', 'Sato', ')', 'on', '5.0', 'ended', '.']);
  });

  it('tokenises only capitalised runs, through connectors, a lower-case head and words that continue a known name', () => {
    const text = 'yesterday the Ministry of Economy, Trade and Industry met; the Tottori Prefectural government and AI senryaku kaigi agreed.';
    const runs = tokenizeNames(text, new Set(['senryaku', 'kaigi'])).map((t) => t.text).join(' ');
    expect(runs).toBe('Ministry of Economy , Trade and Industry ¶ Tottori Prefectural government ¶ AI senryaku kaigi');
  });

  it('reads the same tokens as the regexes that define them', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }), (pieces) => {
        const text = pieces.join('');
        const all: Tok[] = [];
        referenceTokens(all, text, 0, text.length);
        expect(plain(tokenizeAll(text))).toEqual(all);
        expect(plain(tokenizeNames(text, CONTINUING))).toEqual(referenceNames(text, CONTINUING));
      }),
      { numRuns: 3000 },
    );
  });

  it('tells capitalised and possessive words as the regexes do', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...PIECES, 's'), { maxLength: 4 }), (pieces) => {
        const word = pieces.join('');
        expect(isCapitalized(word)).toBe(/^[\p{Lu}\p{N}]/u.test(word));
        expect(isPossessive(word)).toBe(/['’]s?$/.test(word) && word.length > 2);
      }),
      { numRuns: 2000 },
    );
  });
});
