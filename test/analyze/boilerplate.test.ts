import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { blankSpans, excludedSpans, findBoilerplate, overlapsAny, sharedLines } from '../../src/analyze/boilerplate.js';

/** The text that survives: excluded spans blanked, whitespace folded. */
function kept(text: string, shared?: Set<string>, includeReferences = false): string {
  const spans = excludedSpans(findBoilerplate(text, shared), includeReferences);
  return blankSpans(text, spans).replace(/\s+/g, ' ').trim();
}

const PARAGRAPH = 'The Digital Agency published its first guidance on generative AI for ministries. It asks each ministry to name an officer.';
const SECOND = 'The guidance covers procurement, privacy and records, and it will be revised after a year of use by the ministries.';

describe('findBoilerplate: the head of a page', () => {
  const page = [
    'World Desk',
    '',
    'Tokyo Sets Rules for Generative AI in Ministries',
    '',
    'News | Technology | Asia',
    '',
    'By Hana Sato',
    '',
    'Ministries get a checklist before they may use chatbots at work, starting next spring.',
    '',
    'Tokyo Sets Rules for Generative AI in Ministries',
    'Photo: Kyodo Images',
    '',
    PARAGRAPH,
    '',
    SECOND,
  ].join('\n');

  it('drops kickers, breadcrumbs, bylines and credits before the first paragraph, keeping the title once and the standfirst', () => {
    expect(kept(page)).toBe(
      `Tokyo Sets Rules for Generative AI in Ministries Ministries get a checklist before they may use chatbots at work, starting next spring. ${PARAGRAPH} ${SECOND}`,
    );
  });

  it('never takes a byline for the title, however long', () => {
    expect(kept(`AI Rules\n\nBy Hana Sato and Ken Mori, Tokyo\n\n${PARAGRAPH}`)).toBe(`AI Rules ${PARAGRAPH}`);
  });

  it('keeps the headings between paragraphs', () => {
    const text = `${PARAGRAPH}\n\nWhat Changes for Ministries\n\n${SECOND}`;
    expect(kept(text)).toBe(`${PARAGRAPH} What Changes for Ministries ${SECOND}`);
  });
});

describe('findBoilerplate: the end of a page', () => {
  it('drops an author section from its heading to the end, and the short lines after the last paragraph', () => {
    const text = [
      PARAGRAPH,
      SECOND,
      'About the Authors',
      'Hana Sato covers technology policy for the desk and has reported from Tokyo and Seoul since 2015.',
      'Related',
      'Previous',
      'Next',
    ].join('\n');
    expect(kept(text)).toBe(`${PARAGRAPH} ${SECOND}`);
  });

  it('ends the author section where the references begin, so --include-references brings them back', () => {
    const text = [PARAGRAPH, SECOND, '', 'Contributors', 'Hana Sato writes on AI policy for the desk and teaches at a university in Osaka.', '', 'References', 'Digital Agency, "Guidance on generative AI", 2024.'].join('\n');
    expect(kept(text)).toBe(`${PARAGRAPH} ${SECOND}`);
    expect(kept(text, undefined, true)).toBe(`${PARAGRAPH} ${SECOND} References Digital Agency, "Guidance on generative AI", 2024.`);
  });

  it('drops a short line repeated in the article ("Advertisement" between paragraphs)', () => {
    const text = [PARAGRAPH, '', 'Advertisement', '', SECOND, '', 'Advertisement', '', PARAGRAPH].join('\n');
    expect(kept(text)).toBe(`${PARAGRAPH} ${SECOND} ${PARAGRAPH}`);
  });
});

describe('findBoilerplate: in the running text', () => {
  it('drops URLs and footnote markers, and keeps the words around them', () => {
    const text = `${PARAGRAPH}[3] See https://www.digital.go.jp/en/policies/ai for the text.[4, 5] It was welcomed.[6–8] ${SECOND}`;
    const out = kept(text);
    expect(out).not.toMatch(/\[\d|https?:|digital\.go\.jp/);
    expect(out).toContain('See for the text.');
  });

  it('keeps footnote lines and reference sections apart from the furniture', () => {
    const text = `${PARAGRAPH}[1]\n${SECOND}\n\n[1] Digital Agency, "Guidance", 2024.\n[2] Cabinet Office, "AI Strategy", 2022.`;
    const found = findBoilerplate(text);
    expect(found.references).toEqual([{ start: text.indexOf('[1] Digital'), end: text.length }]);
    expect(kept(text)).toBe(`${PARAGRAPH} ${SECOND}`);
    // Brought back, they lose only their markers.
    expect(kept(text, undefined, true)).toBe(`${PARAGRAPH} ${SECOND} Digital Agency, "Guidance", 2024. Cabinet Office, "AI Strategy", 2022.`);
  });
});

describe('sharedLines', () => {
  it('finds short lines two articles share, not paragraphs, and those lines become furniture', () => {
    const a = `${PARAGRAPH}\n\nPolicy Watch Newsletter: sign up\n\n${SECOND}`;
    const b = `Other Title\n\n${SECOND}\n\npolicy watch newsletter:  SIGN UP\n\n${PARAGRAPH}`;
    const shared = sharedLines([a, b]);
    expect([...shared]).toEqual(['policy watch newsletter: sign up']);
    expect(kept(a, shared)).toBe(`${PARAGRAPH} ${SECOND}`);
  });
});

describe('blankSpans', () => {
  it('keeps the length and the line breaks, so offsets still point at the same words', () => {
    const text = 'one\ntwo three\nfour';
    const blanked = blankSpans(text, [{ start: 2, end: 9 }]);
    expect(blanked).toBe('on \n     hree\nfour');
    expect(blanked.length).toBe(text.length);
  });
});

describe('overlapsAny', () => {
  const spans = [{ start: 5, end: 10 }, { start: 20, end: 30 }];
  it.each([
    [0, 5, false], [4, 6, true], [9, 10, true], [10, 20, false], [12, 25, true], [29, 40, true], [30, 40, false],
  ])('[%i, %i) -> %s', (start, end, expected) => {
    expect(overlapsAny(spans, start, end)).toBe(expected);
  });
});

describe('findBoilerplate: the bundled corpus', () => {
  const dir = 'corpus';
  const texts = readdirSync(dir).map((f) => ({ f, text: readFileSync(`${dir}/${f}`, 'utf8') }));
  const shared = sharedLines(texts.map((t) => t.text));
  const body = (f: string) => kept(texts.find((t) => t.f === f)!.text, shared);

  it('leaves out the site furniture the articles share, bylines, credits, bios and navigation', () => {
    expect(body('japans-ai-diplomacy.txt')).not.toMatch(/Tokyo Report|Recent Features|Credit:|Depositphotos/);
    expect(body('most-ai-friendly-country.txt')).not.toMatch(/Tokyo Report|Dreamstime|Guest Author|RMIT|Tags/);
    expect(body('us-japan-ai-relations.txt')).not.toMatch(/Erik|Sasakawa|USJETAA|Previous|Next|Event Recap/);
    expect(body('domestic-ai-ecosystem.txt')).not.toMatch(/Featured Stories|Inge Odendaal|op cit|%20/);
    expect(body('japan-canada-ai-strategy.txt')).not.toMatch(/https?:|\[\d+\]|Nikkei Asia/);
  });

  it('keeps each title once, and the paragraphs and headings', () => {
    expect(body('japans-ai-diplomacy.txt').match(/Japan’s AI Diplomacy/g)).toHaveLength(1);
    expect(body('most-ai-friendly-country.txt')).toMatch(/^Can Japan Become the ‘World’s Most AI-friendly Country’\? As the world faces/);
    expect(body('us-japan-ai-relations.txt')).toMatch(/^Artificial Intelligence and U\.S\.-Japan Relations National security and economic issues/);
    expect(body('us-japan-ai-relations.txt')).toMatch(/for years to come\.$/);
    expect(body('domestic-ai-ecosystem.txt')).toContain('Government as Facilitator Recognizing the complexity of AI');
    expect(body('most-ai-friendly-country.txt')).toMatch(/The Military Dimension .* the wider world\.$/);
  });
});

describe('findBoilerplate: linear time', () => {
  const lines: [string, (n: number) => string][] = [
    ['one long line of letters', (n) => 'a'.repeat(n)],
    ['short repeated lines', (n) => 'Authors\nPrevious\n'.repeat(n / 17)],
    ['footnote-like brackets', (n) => '[1, 2, 3, [4–5] '.repeat(n / 16)],
    ['percent escapes', (n) => 'x%20'.repeat(n / 4)],
  ];
  it.each(lines)('%s: ten times the text takes about ten times as long', (_name, make) => {
    const timed = (n: number) => {
      const text = make(n);
      const t0 = performance.now();
      findBoilerplate(text, sharedLines([text, text]));
      return performance.now() - t0;
    };
    const small = timed(100_000);
    const large = timed(1_000_000);
    expect(large).toBeLessThan(30 * small + 2_000);
  }, 60_000);
});
