import { describe, expect, it } from 'vitest';
import { indexEntities, resolveEntity, tallyEntities } from '../../src/analyze/entities.js';
import { at } from './mentions.js';

const METI = { type: 'agency', id: 'meti', canonical: 'Ministry of Economy, Trade and Industry', jurisdiction: 'JP', abbreviation: 'METI', known: true } as const;

const A = 'The Ministry of Economy, Trade and Industry (METI) funds chips. METI also\nfunds the Digital Agency. METI said so on 1 May 2024.';
const aEntities = [
  at(A, 'Ministry of Economy, Trade and Industry', METI),
  at(A, 'METI', METI),
  at(A, 'METI', METI, 1),
  at(A, 'METI', METI, 2),
  at(A, 'Digital Agency', { type: 'agency', id: 'digital-agency', canonical: 'Digital Agency', jurisdiction: 'JP', known: true }),
  at(A, '1 May 2024', { type: 'date', value: '2024-05-01', precision: 'day', inferred: false, fiscal: false, citation: false }),
];

const B = 'A Copyright Act amendment; Japan’s Ministry of Economy,\nTrade and Industry agreed. An unknown Kishida administration spoke.';
const bEntities = [
  at(B, 'Copyright Act', { type: 'law', id: 'copyright-act', canonical: 'Copyright Act', jurisdiction: 'JP', kind: 'act', known: true }),
  at(B, 'Ministry of Economy,\nTrade and Industry', METI),
  at(B, 'Kishida administration', { type: 'agency', id: 'kishida-administration', canonical: 'Kishida administration', jurisdiction: 'UNKNOWN', known: false }),
];

const articles = [
  { path: 'a.txt', title: 'A', words: 20, entities: tallyEntities(aEntities) },
  { path: 'b.txt', title: 'B', words: 15, entities: tallyEntities(bEntities) },
];

describe('tallyEntities', () => {
  it('counts the named entities of an article, each form written, and leaves dates and money out', () => {
    const [meti, digital] = tallyEntities(aEntities);
    expect(tallyEntities(aEntities)).toHaveLength(2);
    expect(meti).toMatchObject({ id: 'meti', mentions: 4, jurisdiction: 'JP', abbreviation: 'METI' });
    expect([...meti.aliases]).toEqual([['Ministry of Economy, Trade and Industry', 1], ['METI', 3]]);
    expect(digital.mentions).toBe(1);
  });

  it('writes a name broken over a line as one form, and treats UNKNOWN as no jurisdiction', () => {
    const [, meti, kishida] = tallyEntities(bEntities);
    expect([...meti.aliases.keys()]).toEqual(['Ministry of Economy, Trade and Industry']);
    expect(kishida.jurisdiction).toBeUndefined();
  });
});

describe('indexEntities', () => {
  it('orders by number of articles, then mentions, then name, and lists articles and merged forms', () => {
    const index = indexEntities(articles);
    expect(index.entities.map((e) => e.id)).toEqual(['meti', 'copyright-act', 'digital-agency', 'kishida-administration']);
    const [meti] = index.entities;
    expect(meti.mentions).toBe(5);
    expect(meti.articles).toEqual([{ path: 'a.txt', mentions: 4 }, { path: 'b.txt', mentions: 1 }]);
    expect(meti.aliases).toEqual([
      { text: 'METI', mentions: 3 },
      { text: 'Ministry of Economy, Trade and Industry', mentions: 2 },
    ]);
    expect(index.articles).toEqual([{ path: 'a.txt', title: 'A', words: 20 }, { path: 'b.txt', title: 'B', words: 15 }]);
  });

  it('keeps only the types asked for, and omits an unknown jurisdiction', () => {
    const index = indexEntities(articles, { types: ['law'] });
    expect(index.entities.map((e) => e.id)).toEqual(['copyright-act']);
    expect('jurisdiction' in indexEntities(articles).entities[3]).toBe(false);
  });
});

describe('resolveEntity', () => {
  it('finds an entity by id, name, abbreviation or any form seen, whatever the case and spacing', () => {
    for (const query of ['meti', 'METI', 'ministry of economy, trade and industry', 'Ministry of  Economy, Trade and Industry']) {
      expect([...resolveEntity(query, articles)]).toEqual(['meti']);
    }
    expect([...resolveEntity('Kishida Administration', articles)]).toEqual(['kishida-administration']);
  });

  it('finds nothing for a name no article writes', () => {
    expect(resolveEntity('Ministry of Finance', articles).size).toBe(0);
    expect(resolveEntity('Ministry', articles).size).toBe(0);
  });
});
