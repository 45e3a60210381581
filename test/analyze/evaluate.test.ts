import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluate, foldName, nameKeys } from '../../src/analyze/evaluate.js';
import { GoldError, parseGold, readGoldFile } from '../../src/analyze/gold.js';
import type { DateEntity, Entity, FundingEntity } from '../../src/types.js';

const GOLD = readGoldFile('test/fixtures/gold-corpus.json');
let at = 0;

/** A predicted entity with only the fields scoring looks at; offsets increase in creation order. */
function entity<E extends Entity>(fields: Partial<E> & Pick<E, 'type'>): E {
  at += 10;
  return { start: at, end: at + 5, line: 1, column: at + 1, rule: 'test', ...fields } as E;
}
const agency = (text: string, id: string, more: { canonical?: string; abbreviation?: string } = {}) =>
  entity({ type: 'agency', text, id, canonical: more.canonical ?? text, abbreviation: more.abbreviation, jurisdiction: 'JP', known: false });
const funding = (amount: number, currency: string, role: FundingEntity['role'], equivalents: [number, string][] = []) =>
  entity<FundingEntity>({
    type: 'funding', text: `${currency} ${amount}`, id: `${currency}-${amount}`, canonical: `${currency} ${amount}`, amount, currency, role,
    approximate: false, equivalents: equivalents.map(([a, c]) => ({ amount: a, currency: c, text: `${a} ${c}` })),
  });
const date = (value: string | undefined, text: string, endValue?: string) =>
  entity<DateEntity>({ type: 'date', text, id: text, canonical: text, value, endValue, precision: 'year', inferred: false, fiscal: false, citation: false });

describe('name folding', () => {
  it('folds case, punctuation, spacing and a leading "the"', () => {
    expect(foldName('The  Ministry of Economy, Trade, and Industry')).toBe('ministry of economy trade and industry');
    expect(foldName('Japan’s Cultural Affairs Agency')).toBe(foldName("Japan's cultural affairs agency"));
  });

  it('also keys a name without its bracketed parts and without spaces', () => {
    expect(nameKeys('AI Strategy Council (AI Senryaku Kaigi)')).toEqual(['aistrategycouncilaisenryakukaigi', 'aistrategycouncil']);
    expect(nameKeys('G-7')).toEqual(nameKeys('G 7'));
  });
});

describe('evaluate against the bundled gold file', () => {
  it('scores agencies: folding, aliases, abbreviations, brackets, spaces, mentions sharing an id, optional entries', () => {
    const entities = [
      agency('MINISTRY OF ECONOMY TRADE AND INDUSTRY', 'meti'), // case and punctuation folded
      agency('the Diet', 'diet'), // leading "the", alias of National Diet
      agency('Organisation for Economic Co-operation and Development', 'oecd', { abbreviation: 'OECD' }), // by abbreviation
      agency('AI Strategy Council (AI Senryaku Kaigi)', 'aisc'), // bracketed part removed
      agency('Self Defense Forces', 'sdf'), // spaces removed: "Self-Defense Forces"
      agency('Safety Institute of Japan', 'aisi'),
      agency('AI Safety Institute', 'aisi', { canonical: 'Safety Institute of Japan' }), // another mention, same id
      agency('European Union', 'eu'),
      agency('EU', 'eu-2'), // a second id for a body already matched counts once
      agency('Tokyo', 'tokyo'), // optional: neither hit nor false positive
      agency('Keidanren', 'keidanren'), // a business federation: matches nothing
    ];
    const result = evaluate(GOLD, [{ path: 'corpus/most-ai-friendly-country.txt', entities }], { types: ['agency'] });
    const score = result.documents[0].scores.agency!;
    expect(score.falsePositives).toEqual(['Keidanren [keidanren]']);
    expect(score.misses).toEqual(['Ministry of Defense', 'Australia-Japan-U.S. Trilateral Strategic Dialogue', 'AUKUS']);
    expect([score.tp, score.fp, score.fn]).toEqual([7, 1, 3]);
    expect(score.precision).toBeCloseTo(7 / 8);
    expect(score.recall).toBeCloseTo(7 / 10);
    expect(score.f1).toBeCloseTo((2 * 7) / (2 * 7 + 1 + 3));
  });

  it('credits one id that merges two bodies for one of them only', () => {
    const entities = [agency('Ministry of Defense', 'merged'), agency('AUKUS', 'merged', { canonical: 'Ministry of Defense' })];
    const result = evaluate(GOLD, [{ path: 'most-ai-friendly-country.txt', entities }], { types: ['agency'] });
    expect(result.documents[0].scores.agency!.tp).toBe(1);
  });

  it('scores funding: equivalents, 0.5% tolerance, a figure mentioned twice, money counted twice, roles', () => {
    const entities = [
      funding(10_100_000_000, 'CAD', 'market-size', [[1_100_000_000_000, 'JPY']]), // one figure, both values: one hit
      funding(48_700_000, 'CAD', 'subsidy'),
      funding(5_300_000_000, 'JPY', 'subsidy'), // the same money as a separate figure: counted twice
      funding(1_004_000_000, 'CAD', 'investment'), // 0.4% off C$1 billion: a hit, with the wrong role
      funding(1_004_000_000, 'CAD', 'investment'), // mentioned again: one distinct value
      funding(110_600_000, 'USD', 'investment'), // 0.55% off $110 million: no match
    ];
    const result = evaluate(GOLD, [{ path: 'japan-canada-ai-strategy.txt', entities }], { types: ['funding'] });
    const score = result.documents[0].scores.funding!;
    expect([score.tp, score.fp, score.fn]).toEqual([3, 2, 1]);
    expect(score.falsePositives).toEqual([
      'JPY 5300000000 ("JPY 5300000000") (counted twice: C$48.7 million (5.3 billion yen) is already matched)',
      'USD 110600000 ("USD 110600000")',
    ]);
    expect(score.misses).toEqual(['$110 Million']);
    expect(result.fundingRoles).toEqual({ matched: 3, correct: 2, share: 2 / 3 });
  });

  it('joins mentions of one figure through a shared value, so a later bracketed conversion is not counted twice', () => {
    const entities = [
      funding(48_700_000, 'CAD', 'subsidy'),
      funding(5_300_000_000, 'JPY', 'subsidy'),
      funding(48_700_000, 'CAD', 'subsidy', [[5_300_000_000, 'JPY']]),
    ];
    const score = evaluate(GOLD, [{ path: 'japan-canada-ai-strategy.txt', entities }], { types: ['funding'] }).documents[0].scores.funding!;
    expect([score.tp, score.fp, score.fn]).toEqual([1, 0, 3]);
  });

  it('scores dates: both ends of a range, distinct values, optional decades, relative dates ignored', () => {
    const entities = [
      date('2013', '2013-2016', '2016'),
      date('1980s', 'the 1980s'), // optional
      date(undefined, 'last year'), // relative: not a prediction
      date('2023', 'late 2023'),
      date('2023', 'in 2023'), // the same value again
      date('1988', 'in 1988'),
      date('2025', 'by 2025'),
    ];
    const score = evaluate(GOLD, [{ path: 'us-japan-ai-relations.txt', entities }], { types: ['date'] }).documents[0].scores.date!;
    expect([score.tp, score.fp, score.fn]).toEqual([4, 1, 10]);
    expect(score.falsePositives).toEqual(['2025 ("by 2025")']);
    expect(score.misses).toContain('2020-12 ("December 2020")');
  });

  it('micro-averages over documents, and names inputs and gold documents it could not pair', () => {
    const result = evaluate(GOLD, [
      { path: 'a/japans-ai-diplomacy.txt', entities: [agency('Cabinet Office', 'co'), date('2016', 'Back in 2016')] },
      { path: 'b/japans-ai-diplomacy.txt', entities: [] },
      { path: 'domestic-ai-ecosystem.txt', entities: [agency('IMF', 'imf', { canonical: 'International Monetary Fund' })] },
      { path: 'new-article.txt', entities: [] },
    ]);
    expect(result.types).toEqual(['agency', 'law', 'policy', 'funding', 'date']);
    expect(result.documents.map((d) => d.path)).toEqual(['a/japans-ai-diplomacy.txt', 'domestic-ai-ecosystem.txt']);
    const agencies = result.documents.map((d) => d.scores.agency!);
    expect(result.totals.agency).toMatchObject({ tp: 2, fp: 0, fn: agencies[0].fn + agencies[1].fn, precision: 1 });
    expect(result.totals.funding).toMatchObject({ tp: 0, fp: 0, fn: 4, precision: null, recall: 0, f1: 0 });
    expect(result.documents[0].scores.funding).toMatchObject({ tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null });
    expect(result.warnings).toEqual([
      { path: 'b/japans-ai-diplomacy.txt', message: expect.stringMatching(/same base name as a\/japans-ai-diplomacy.txt/) },
      { path: 'new-article.txt', message: 'the gold file has no entry for "new-article.txt"; not scored' },
      { path: 'most-ai-friendly-country.txt', message: 'is in the gold file but not among the inputs; not scored' },
      { path: 'japan-canada-ai-strategy.txt', message: expect.any(String) },
      { path: 'us-japan-ai-relations.txt', message: expect.any(String) },
    ]);
  });
});

describe('gold validation', () => {
  const doc = { doc: 'a.txt', agency: [{ name: 'Cabinet Office' }] };
  const problem = (data: unknown) => {
    try {
      parseGold('gold.json', data);
    } catch (err) {
      expect(err).toBeInstanceOf(GoldError);
      return (err as Error).message;
    }
    return 'no error';
  };

  it('accepts the bundled gold file and fills defaults', () => {
    expect(GOLD.documents).toHaveLength(5);
    expect(parseGold('g.json', { schemaVersion: 1, documents: [doc] }).documents[0]).toEqual({
      doc: 'a.txt', agency: [{ name: 'Cabinet Office', aliases: [], jurisdiction: undefined, optional: false }],
      law: [], policy: [], funding: [], date: [],
    });
  });

  it('names the field that is wrong', () => {
    expect(problem([])).toBe('gold.json: the file must be an object');
    expect(problem({ schemaVersion: 2, documents: [] })).toBe('gold.json: schemaVersion must be 1');
    expect(problem({ schemaVersion: 1, documents: [{ ...doc, agencies: [] }] })).toMatch(/^gold.json: documents\[0\]\.agencies is not a known field; expected doc, agency/);
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', law: [{ name: '' }] }] })).toBe('gold.json: documents[0].law[0].name must be a non-empty string');
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', funding: [{ values: [{ amount: '5', currency: 'JPY' }] }] }] })).toBe(
      'gold.json: documents[0].funding[0].values[0].amount must be a number',
    );
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', funding: [{ values: [{ amount: 5, currency: 'yen' }] }] }] })).toMatch(/currency must be an ISO 4217 code/);
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', funding: [{ values: [] }] }] })).toMatch(/values must list at least one/);
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', funding: [{ values: [{ amount: 5, currency: 'JPY' }], role: 'grant' }] }] })).toMatch(/role must be one of investment/);
    expect(problem({ schemaVersion: 1, documents: [{ doc: 'a.txt', date: [{ value: 'May 2024' }] }] })).toMatch(/date\[0\]\.value must be YYYY/);
    expect(problem({ schemaVersion: 1, documents: [doc, doc] })).toMatch(/documents\[1\]\.doc repeats "a.txt"/);
  });

  describe('reading a file', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'jpai-gold-'));
    afterAll(() => rmSync(dir, { recursive: true, force: true }));

    it('reports a file that is not JSON, and one that is missing', () => {
      writeFileSync(path.join(dir, 'broken.json'), '{"schemaVersion": 1,');
      expect(() => readGoldFile(path.join(dir, 'broken.json'))).toThrow(/broken.json: is not valid JSON/);
      expect(() => readGoldFile(path.join(dir, 'nope.json'))).toThrow(/nope.json: gold file not found; check the --gold path/);
    });
  });
});
