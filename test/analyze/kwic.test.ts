import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  compilePattern, compileTerm, exponentialRisk, findMatches, kwic, KwicQueryError, type KwicDocument,
} from '../../src/analyze/kwic.js';
import { findUrls } from '../../src/extract/context.js';
import { extractEntities } from '../../src/extract/index.js';

/**
 * What `grep -oiw TERM` prints, as start offsets: line by line, case-insensitive, left to right without overlaps,
 * keeping an occurrence only when the characters either side are not letters, digits or underscores.
 */
function grepOiw(text: string, term: string): number[] {
  const word = /[\p{L}\p{N}_]/u;
  const needle = term.toLowerCase();
  const starts: number[] = [];
  let offset = 0;
  for (const line of text.split('\n')) {
    const hay = line.toLowerCase();
    for (let i = hay.indexOf(needle); i !== -1; ) {
      const before = i > 0 ? line[i - 1] : '';
      const after = line[i + needle.length] ?? '';
      if (!word.test(before) && !word.test(after)) {
        starts.push(offset + i);
        i = hay.indexOf(needle, i + needle.length);
      } else {
        i = hay.indexOf(needle, i + 1);
      }
    }
    offset += line.length + 1;
  }
  return starts;
}

const starts = (text: string, term: string) => findMatches(text, compileTerm(term), term.length).map((s) => s.start);

describe('findMatches with a term: grep -oiw semantics', () => {
  it.each([
    ['AI', 'AI-related rules, the AI Act, ai. AIST and AI2 are not AI; _AI nor AI_ either; “AI” is.'],
    ['U.S.', 'The U.S. and U.S.-Japan ties; not U.S.A nor XU.S. here. u.s. counts.'],
    ['soft law', 'soft law, Soft Law and soft  law; not soft lawyers; soft\nlaw is two lines; softer law no.'],
    ['aa', 'aaa aa aa-aa aaaa aa'],
    ['Japan', 'Japan’s Japan Japanese Japan-Canada JAPAN japan2 日本Japan Japan'],
  ])('%s', (term, text) => {
    expect(starts(text, term)).toEqual(grepOiw(text, term));
    expect(starts(text, term).length).toBeGreaterThan(0);
  });

  it('agrees with grep -oiw on the bundled corpus for several terms', () => {
    const texts = readdirSync('corpus').map((f) => readFileSync(`corpus/${f}`, 'utf8'));
    for (const term of ['AI', 'soft law', 'METI', 'Japan', 'the', 'G7', 'generative AI', 'U.S.', 'regulation', 'of', 'in']) {
      let total = 0;
      for (const text of texts) {
        const mine = starts(text, term);
        expect(mine, term).toEqual(grepOiw(text, term));
        total += mine.length;
      }
      if (!['regulation', 'G7'].includes(term)) expect(total, term).toBeGreaterThan(0);
    }
  });

  it('refuses an empty term', () => {
    expect(() => compileTerm('  ')).toThrow(KwicQueryError);
  });
});

describe('findMatches with a pattern', () => {
  const text = 'Regulators regulate; regulation and regulations differ from deregulation.';

  it('matches whole words, case-insensitively', () => {
    const found = findMatches(text, compilePattern('regulat\\w*'));
    expect(found.map((s) => text.slice(s.start, s.end))).toEqual(['Regulators', 'regulate', 'regulation', 'regulations']);
  });

  it('backs off to a shorter match that ends a word, as grep -w does', () => {
    const found = findMatches('regulation regulations', compilePattern('regulations?'));
    expect(found.map((s) => s.end - s.start)).toEqual([10, 11]);
  });

  it('reports a pattern that is not a regular expression', () => {
    expect(() => compilePattern('(soft')).toThrow("'(soft' is not a valid regular expression: unterminated group");
    expect(() => compilePattern('[a-')).toThrow(KwicQueryError);
    expect(() => compilePattern('')).toThrow(/empty/);
  });

  it.each(['(a+)+$', '(a|aa)*b', '(?:\\w+\\s?)+x', '(x+x+){2,}', '((ab)*c)+'])('refuses %s, which can take exponential time', (p) => {
    expect(exponentialRisk(p)).toMatch(/exponential/);
    expect(() => compilePattern(p)).toThrow(/exponential/);
  });

  it.each(['soft\\s+law', '(?:soft|hard) law', 'regulat(?:e|ion)s?', '\\p{Lu}{2,}', '[(+*]+', 'a{2,5}', '(ab)?c+', '\\u{1F600}+'])(
    'accepts %s',
    (p) => {
      expect(exponentialRisk(p)).toBeUndefined();
    },
  );

  it.each([
    ['alternatives on a line of ab', '(?:a|b)c', 'ab'.repeat(500_000)],
    ['a.*z on a line of a', 'a.*z', 'a '.repeat(500_000)],
    ['\\w+z on one long word', '\\w+z', 'a'.repeat(1_000_000)],
    ['b.*c|a on a line of ba', 'b.*c|a', 'ba '.repeat(330_000)],
  ])('%s: a megabyte in linear time', (_name, pattern, text) => {
    const re = compilePattern(pattern);
    const timed = (t: string) => {
      const t0 = performance.now();
      findMatches(t, re);
      return performance.now() - t0;
    };
    const small = timed(text.slice(0, text.length / 10));
    const large = timed(text);
    expect(large).toBeLessThan(30 * small + 3_000);
  }, 60_000);
});

describe('kwic: lines', () => {
  const doc: KwicDocument = {
    path: 'a.txt',
    text: 'Intro line\nJapan prefers soft law to hard law.\n\nSoft law, said the ministry,\nguides business.',
  };

  it('centres each match with --width characters either side, whitespace folded, with line and column', () => {
    const { lines } = kwic([doc], { term: 'soft law' }, { width: 12, sort: 'position' });
    expect(lines).toEqual([
      { path: 'a.txt', line: 2, column: 15, start: 25, end: 33, left: 'Japan prefers ', match: 'soft law', right: ' to hard law' },
      { path: 'a.txt', line: 4, column: 1, start: 48, end: 56, left: 'to hard law. ', match: 'Soft law', right: ', said the m' },
    ].map((l) => ({ ...l, left: l.left.slice(-12) })));
  });

  it('sorts by the words to the left (nearest first) or to the right', () => {
    const text = 'a law b\nzed law apple\nmid law zoo';
    const byLeft = kwic([{ path: 'x', text }], { term: 'law' }, { width: 10, sort: 'left' }).lines.map((l) => l.line);
    const byRight = kwic([{ path: 'x', text }], { term: 'law' }, { width: 10, sort: 'right' }).lines.map((l) => l.line);
    expect(byLeft).toEqual([1, 3, 2]);
    expect(byRight).toEqual([2, 1, 3]);
  });
});

describe('kwic --entity on the bundled corpus', () => {
  let docs: KwicDocument[];
  beforeAll(() => {
    docs = readdirSync('corpus').sort().map((f) => {
      const text = readFileSync(`corpus/${f}`, 'utf8');
      return { path: f, text, entities: extractEntities({ text }) };
    });
  });

  it('finds every METI mention under each alias, whichever name asks', () => {
    // Independent of the linker: every place the text writes METI or the ministry's full name, outside URLs.
    const expected: string[] = [];
    for (const d of docs) {
      const urls = findUrls(d.text);
      const inUrl = (i: number) => urls.some((u) => u.start <= i && i < u.end);
      for (const m of d.text.matchAll(/\bMETI\b|Ministry of Economy, Trade,? and Industry/g)) {
        if (!inUrl(m.index)) expected.push(`${d.path}:${m.index}:${m[0]}`);
      }
    }
    expect(expected.length).toBeGreaterThan(20);
    for (const ask of ['METI', 'meti', 'Ministry of Economy, Trade and Industry', 'ministry-of-economy-trade-and-industry']) {
      const result = kwic(docs, { entity: ask }, { width: 30, sort: 'position' });
      const got = result.lines.map((l) => `${l.path}:${l.start}:${l.match}`);
      expect(got, ask).toEqual(expect.arrayContaining(expected));
      expect(result.entities!.map((e) => e.id), ask).toEqual(['ministry-of-economy-trade-and-industry']);
      expect(new Set(result.lines.map((l) => l.match))).toEqual(
        new Set(['METI', 'Ministry of Economy, Trade and Industry', 'Ministry of Economy, Trade, and Industry', 'Kēzai sangyōshō']),
      );
    }
  });

  it('finds nothing, and names nothing, for a name no article uses', () => {
    const result = kwic(docs, { entity: 'Ministry of Magic' }, { width: 30, sort: 'position' });
    expect(result).toEqual({ lines: [], entities: [] });
  });
});
