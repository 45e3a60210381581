import { describe, expect, it } from 'vitest';
import { splitSentences, spanAt } from '../../src/text/sentences.js';
import { buildLineIndex, positionOf } from '../../src/text/lines.js';
import { tokenize, countWords } from '../../src/text/tokens.js';

const pieces = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('splitSentences', () => {
  it('splits at full stops but not after abbreviations and initials', () => {
    expect(pieces('The U.S. President met Dr. Tanaka. He left. Then the E.U. spoke.')).toEqual([
      'The U.S. President met Dr. Tanaka.',
      'He left.',
      'Then the E.U. spoke.',
    ]);
  });

  it('keeps a footnote marker with the sentence it closes', () => {
    expect(pieces('METI launched GENIAC.[16] To finance it, METI secured funds.[17] This aid helps.')).toEqual([
      'METI launched GENIAC.[16]',
      'To finance it, METI secured funds.[17]',
      'This aid helps.',
    ]);
  });

  it('treats a line break as a boundary, CRLF included, and keeps offsets into the text', () => {
    const text = 'Heading\r\nFirst sentence. Second one\r\n';
    const spans = splitSentences(text);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual(['Heading', 'First sentence.', 'Second one']);
    expect(spanAt(spans, text.indexOf('Second'))).toBe(2);
  });

  it('does not split decimals or amounts', () => {
    expect(pieces('It costs ¥1.5 billion. Society 5.0 is a plan.')).toEqual(['It costs ¥1.5 billion.', 'Society 5.0 is a plan.']);
  });

  it('trims every kind of white space from a sentence, as a regex \\s does', () => {
    expect(pieces('\ufeff\u2003One\n\u200aTwo\u2028\n\u000b Three.\u205f')).toEqual(['One', 'Two', 'Three.']);
  });

  it('keeps only a short bracketed number after a full stop as a footnote marker', () => {
    expect(pieces('In 2023.[12345] Next. In 2024.[ab] Then.')).toEqual(['In 2023.[12345] Next.', 'In 2024.[ab] Then.']);
  });

  it('runs in linear time on two megabytes of full stops before brackets with no closing one', () => {
    const text = '.['.repeat(1_000_000);
    const t = performance.now();
    splitSentences(text);
    expect(performance.now() - t).toBeLessThan(5000);
  });

  it('runs in linear time on a megabyte of dots and initials', () => {
    const text = 'a.'.repeat(500_000);
    const t = performance.now();
    splitSentences(text);
    // A generous bound: linear work on 1 MB takes well under a second even on a loaded machine.
    expect(performance.now() - t).toBeLessThan(5000);
  });
});

describe('tokens and lines', () => {
  it('keeps numbers with their decimal point and words with inner hyphens', () => {
    expect(tokenize('¥1.5 trillion for Self-Defense Forces').map((t) => t.text)).toEqual(['1.5', 'trillion', 'for', 'Self-Defense', 'Forces']);
    expect(countWords('Japan’s AI Safety Institute, est. 2024')).toBe(6);
  });

  it('maps offsets to 1-based lines and columns', () => {
    const text = 'one\ntwo\r\nthree';
    const index = buildLineIndex(text);
    expect(positionOf(index, 0)).toEqual({ line: 1, column: 1 });
    expect(positionOf(index, text.indexOf('two') + 1)).toEqual({ line: 2, column: 2 });
    expect(positionOf(index, text.indexOf('three'))).toEqual({ line: 3, column: 1 });
  });
});
