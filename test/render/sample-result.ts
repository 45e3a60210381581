// A small hand-made extract result: two mentions of one agency, a law, a funding figure with its bracketed
// conversion, a date range, and a document without entities.

import type { ExtractResult } from '../../src/types.js';

export const SAMPLE: ExtractResult = {
  jpai: '1.0.0',
  schemaVersion: 1,
  documents: [
    {
      path: 'clips/meti, "subsidy".txt',
      title: 'METI subsidy',
      sha256: 'a'.repeat(64),
      chars: 120,
      words: 20,
      entities: [
        {
          type: 'agency', text: 'Ministry of Economy, Trade and Industry', start: 0, end: 39, line: 1, column: 1,
          canonical: 'Ministry of Economy, Trade and Industry', id: 'meti', rule: 'knowledge:agencies',
          abbreviation: 'METI', jurisdiction: 'JP', known: true,
        },
        {
          type: 'funding', text: 'C$48.7 million (5.3 billion yen)', start: 45, end: 77, line: 1, column: 46,
          canonical: 'C$48.7 million', id: 'c-48.7-million', rule: 'money:amount',
          amount: 48700000, currency: 'CAD', equivalents: [{ amount: 5300000000, currency: 'JPY', text: '5.3 billion yen' }],
          role: 'subsidy', approximate: false, funder: 'meti',
        },
        {
          type: 'agency', text: 'METI', start: 80, end: 84, line: 2, column: 3,
          canonical: 'Ministry of Economy, Trade and Industry', id: 'meti', rule: 'abbreviation',
          abbreviation: 'METI', jurisdiction: 'JP', known: true,
        },
        {
          type: 'law', text: 'Copyright Act', start: 90, end: 103, line: 3, column: 1,
          canonical: 'Copyright Act', id: 'copyright-act', rule: 'law:act', jurisdiction: 'JP', kind: 'act', known: true,
        },
        {
          type: 'date', text: 'from 2022 to 2026', start: 104, end: 118, line: 3, column: 15,
          canonical: '2022', id: '2022', rule: 'date:range',
          value: '2022', endValue: '2026', precision: 'year', inferred: false, fiscal: false, citation: false,
        },
      ],
    },
    { path: 'clips/empty-of-entities.txt', title: 'Nothing here', sha256: 'b'.repeat(64), chars: 12, words: 2, entities: [] },
  ],
  errors: [{ path: 'clips/broken.bin', message: 'looks like a binary file' }],
};
