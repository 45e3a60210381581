// Linear time on hostile input: each 1 MB input is extracted within 30x the time of its 100 KB version
// (linear work takes ~10x; quadratic takes ~100x) and within an absolute bound, and its entities keep the contract.
// The bounds are generous on purpose, so a busy machine cannot make the test flake; superlinear work still fails it.

import { describe, expect, it } from 'vitest';
import { extractEntities } from '../../src/extract/index.js';
import { loadKnowledge } from '../../src/knowledge/index.js';
import { contractBreaches } from './invariants.js';

const knowledge = loadKnowledge();
const KB100 = 100_000;
const MB1 = 1_000_000;

/** `unit` repeated to exactly `n` code units. */
const repeat = (unit: string) => (n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

/** A deterministic mix of the given pieces: the same megabyte on every run. */
function mix(pieces: string[]) {
  return (n: number) => {
    let seed = 7;
    const parts: string[] = [];
    for (let size = 0; size < n; ) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      const piece = pieces[seed % pieces.length];
      parts.push(piece);
      size += piece.length;
    }
    return parts.join('').slice(0, n);
  };
}

const INPUTS: [string, (n: number) => string][] = [
  ['a run of digits', repeat('1234567890')],
  ['"$$$$"', repeat('$')],
  ['"¥¥¥"', repeat('¥')],
  ['nested brackets', (n) => '(['.repeat(n / 4) + ')]'.repeat(n / 4)],
  ['unbalanced brackets', repeat('((a [b {c (¥1 [Act ')],
  ['"Ministry of " 100,000 times (1.2 MB)', (n) => 'Ministry of '.repeat(n / 10)],
  ['a line without spaces', repeat('AgencyAct$1billion2024April(METI)')],
  [
    'astral characters, lone surrogates, right-to-left text, combining marks',
    mix(['\u{1F1EF}\u{1F1F5}', '\u{20000}', '\ud800', '\udc00', 'مجلس الوزراء ', 'משרד ', 'e\u0301', 'A\u0308ct ', '\u202e', 'デジタル庁', '１０億円 ', '¥', ' ']),
  ],
  [
    'policy prose without sentence ends',
    mix(['Ministry ', 'of ', 'Economy, ', 'Trade ', 'and ', 'the ', 'Act ', 'AI ', 'Basic ', 'Plan ', '$1.5 ', 'billion ', '¥20 ', '(', ') ', 'April ', '2024 ', 'FY2023 ', 'Reiwa 6 ', 'to ', 'between ', '1980s ', 'U.S. ', 'Inc. ']),
  ],
];

function timed(text: string): { ms: number; entities: ReturnType<typeof extractEntities> } {
  const t0 = performance.now();
  const entities = extractEntities({ text }, { knowledge });
  return { ms: performance.now() - t0, entities };
}

describe('extraction runs in linear time on 1 MB of hostile input', () => {
  it.each(INPUTS)('%s', (_name, make) => {
    timed(make(10_000));
    const small = Math.min(timed(make(KB100)).ms, timed(make(KB100)).ms);
    const text = make(MB1);
    const large = timed(text);
    expect(contractBreaches(text, large.entities)).toEqual([]);
    // 1 second of slack keeps inputs that run in milliseconds from failing on timer noise.
    expect(large.ms).toBeLessThan(30 * small + 1_000);
    expect(large.ms).toBeLessThan(60_000);
  }, 240_000);
});
