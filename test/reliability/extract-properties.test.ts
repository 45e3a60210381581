// Property-based tests: whatever text extraction is given, it does not throw and every entity keeps the contract
// (exact span, finite positive money, valid ISO dates). Runs are few and inputs short, so the suite stays quick;
// the megabyte inputs are in linear-time.test.ts.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { contractBreaches, isIsoDate } from './invariants.js';

const knowledge = loadKnowledge();
// A fixed seed: a failure is reproduced by the next run, and CI sees the same inputs.
const SETTINGS = { seed: 20_240_401, numRuns: 150 };

function check(text: string): void {
  const entities = extractEntities({ text }, { knowledge });
  const breaches = contractBreaches(text, entities);
  if (breaches.length > 0) throw new Error(`${JSON.stringify(text.slice(0, 300))}\n${JSON.stringify(breaches, null, 1)}`);
}

// Pieces of policy writing that wake every extractor up, so random mixes reach deep into the rules.
const POLICY_PIECES = [
  'Ministry', 'of', 'Ministry of ', 'Economy, Trade and Industry', 'Digital Agency', 'Cabinet Office', 'the', 'and', 'Act', 'Bill',
  'Law', 'Amendment', 'Guidelines', 'Strategy', 'Basic Plan', 'Executive Order', 'No.', '14110', 'AI Promotion Act', 'Japan',
  'Japanese', 'Government of Japan', 'METI', 'MIC', '(METI)', 'Inc.', 'Co., Ltd.', 'Corp', 'OpenAI', 'SoftBank', 'G7', 'Hiroshima AI Process',
  '$', '$$', '¥', '¥¥¥', '€', '£', 'US$', 'C$', 'JPY', 'USD', 'yen', 'dollars', 'million', 'billion', 'trillion', 'crore', 'k', 'bn',
  '1', '0', '00', '1.5', '1,000', '10,000,000', '0.0', '999999999999999999999', '1e308', '-', '–', '—', 'to', 'between', 'about',
  'over', 'up to', 'invested', 'subsidy', 'budget', 'raised', 'valued at', 'funding', 'FY', 'FY2024', 'fiscal', 'year', '2024', '1980s',
  '1999', '0000', '9999', '2023-24', '2024-02-30', '2023-02-29', '2024.03.15', '13/45/2024', 'April', 'May', 'Feb.', '31', '29', '30',
  '1st', 'Reiwa', 'Heisei', 'Showa', 'Reiwa 0', 'Heisei 99', '元年', '令和6年', '2024年', '13月', 'last year', 'next month', 'since',
  'until', 'by', 'in', 'on', '(', ')', '[', ']', '{', '}', '((', '))', '[1]', '[12]', '"', '“', '”', '’s', "'", '.', ',', ';', ':',
  '?', '!', '%', '%20', 'https://', 'www.', 'example.go.jp/', '\n', '\r\n', '\n\n', 'References', 'Notes:', ' ', '  ', '\t', '\u00a0',
];

const policyText = fc
  .array(fc.constantFrom(...POLICY_PIECES), { maxLength: 80 })
  .chain((pieces) => fc.array(fc.constantFrom(' ', '', ' ', '\n'), { minLength: pieces.length, maxLength: pieces.length }).map((gaps) => pieces.map((p, i) => p + gaps[i]).join('')));

// Any UTF-16 code unit (lone surrogates included), any code point (astral included), combining marks, RTL text.
const HOSTILE_CHARS = fc.oneof(
  fc.integer({ min: 0, max: 0xffff }).map((c) => String.fromCharCode(c)),
  fc.integer({ min: 0x10000, max: 0x10ffff }).map((c) => String.fromCodePoint(c)),
  fc.constantFrom('\u0301', '\u0308', '\u20dd', '\u200d', '\u200f', '\u202e', '\ufeff', '\ufffd', '\ud800', '\udfff'),
  fc.constantFrom('مجلس الوزراء', 'משרד', 'デジタル庁', '経済産業省', '１０億円', '🇯🇵', '👩‍💻', 'e\u0301', 'A\u0308ct'),
);
const hostileText = fc.array(fc.oneof(HOSTILE_CHARS, fc.constantFrom(...POLICY_PIECES)), { maxLength: 120 }).map((parts) => parts.join(''));

describe('extraction never throws and keeps the entity contract', () => {
  it('on random mixes of policy words, money, dates, numbers and brackets', () => {
    fc.assert(fc.property(policyText, (text) => check(text)), SETTINGS);
  });

  it('on random Unicode: astral characters, lone surrogates, right-to-left text, combining marks', () => {
    fc.assert(fc.property(hostileText, (text) => check(text)), SETTINGS);
  });

  it('on runs of one piece: digits, "$$$$", "¥¥¥", brackets, repeated names', () => {
    const runs = fc.tuple(fc.constantFrom(...POLICY_PIECES, '9', '$', '¥', '(', '[', ')', 'é', '\ud83d'), fc.integer({ min: 1, max: 400 }));
    fc.assert(fc.property(runs, ([piece, n]) => check(piece.repeat(n))), { ...SETTINGS, numRuns: 100 });
  });

  it('on nested and unbalanced brackets around money and names', () => {
    const bracketed = fc.letrec<{ text: string }>((tie) => ({
      text: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom('¥2 billion', 'METI', '$1.5bn', 'Digital Agency', 'April 2024', '', 'AI Act'),
        fc.tuple(fc.constantFrom('(', '[', '{', '（', '「'), tie('text'), fc.constantFrom(')', ']', '}', '）', '」', '')).map((t) => t.join('')),
        fc.tuple(tie('text'), fc.constantFrom(' ', ', ', ' and ', ' ('), tie('text')).map((t) => t.join('')),
      ),
    })).text;
    fc.assert(fc.property(bracketed, (text) => check(text)), SETTINGS);
  });
});

describe('extraction: inputs the properties found', () => {
  it('a zero is no funding figure, alone, in a range or as a bracketed conversion', () => {
    const text = 'Costs: $0.00, US$ 0000, 00円, between $0 and $5 million; $5 billion (¥0).';
    const funding = extractEntities({ text }, { knowledge }).filter((e) => e.type === 'funding');
    expect(funding.map((e) => [e.text, e.amount, e.equivalents.length])).toEqual([['$5 billion (¥0)', 5e9, 0]]);
  });
});

describe('isIsoDate (the check above)', () => {
  it('accepts the forms of the contract and refuses impossible dates', () => {
    expect(['2024', '2024-02', '2024-02-29', '2000-02-29', '1980s'].filter(isIsoDate)).toHaveLength(5);
    expect(['2023-02-29', '1900-02-29', '2024-13', '2024-00', '2024-04-31', '24', '1985s', '2024-1-1', ''].filter(isIsoDate)).toEqual([]);
  });
});
