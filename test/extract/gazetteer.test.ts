import { describe, expect, it } from 'vitest';
import { buildGazetteer, matchAt } from '../../src/extract/gazetteer.js';
import { tokenizeAll } from '../../src/extract/name-tokens.js';
import type { Knowledge } from '../../src/knowledge/index.js';

const KNOWLEDGE: Knowledge = {
  agencies: [{ name: 'Cabinet Secretariat', jurisdiction: 'JP' }, { name: 'AI Safety Institute' }, { name: 'METI' }],
  laws: [],
  policies: [],
  organizations: [{ name: 'Partnership on Artificial Intelligence' }, { name: 'xAI' }],
};

function match(text: string): string | undefined {
  const tokens = tokenizeAll(text);
  const m = matchAt(buildGazetteer(KNOWLEDGE), tokens, 0);
  return m && `${m.entry.name} [${m.from}, ${m.to})`;
}

describe('gazetteer', () => {
  it('matches the longest known name, one-word names as written, and a possessive', () => {
    expect(match('AI Safety Institute said')).toBe('AI Safety Institute [0, 3)');
    expect(match('METI’s plan')).toBe('METI [0, 1)');
    expect(match('Meti said')).toBeUndefined();
    expect(match('xAI said')).toBe('xAI [0, 1)');
    expect(match('xai said')).toBeUndefined();
  });

  it('forgives one slip in a long word after the first, but not a plural, a short word or the first word', () => {
    expect(match('Cabinet Secretariate')).toBe('Cabinet Secretariat [0, 2)');
    expect(match('Partnership on Artificial Inteligence')).toBe('Partnership on Artificial Intelligence [0, 4)');
    expect(match('Cabinet Secretariats')).toBeUndefined();
    expect(match('AI Safety Instituto')).toBe('AI Safety Institute [0, 3)');
    expect(match('AI Safty Institute')).toBeUndefined();
    expect(match('Cabinat Secretariat')).toBeUndefined();
  });

  it('answers for the knowledge asked, though words remember what one gazetteer said of them', () => {
    const other = buildGazetteer({ agencies: [{ name: 'METI Council' }], laws: [], policies: [], organizations: [] });
    const tokens = tokenizeAll('METI Council met');
    expect(tokens[0].lexeme).toBe(tokenizeAll('METI said')[0].lexeme);
    for (let round = 0; round < 2; round++) {
      expect(matchAt(buildGazetteer(KNOWLEDGE), tokens, 0)).toMatchObject({ entry: { name: 'METI' }, to: 1 });
      expect(matchAt(other, tokens, 0)).toMatchObject({ entry: { name: 'METI Council' }, to: 2 });
    }
  });
});
