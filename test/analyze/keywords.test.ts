import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findUrls, findNotes } from '../../src/extract/context.js';
import { countTerms, keywords, KeywordsError, TermCounter, type KeywordInput, type KeywordsOptions, type TfidfRow, type Vocabulary } from '../../src/analyze/keywords.js';
import { extractEntities } from '../../src/extract/index.js';
import { blankSpans } from '../../src/analyze/boilerplate.js';
import { STOPWORDS } from '../../src/text/stopwords.js';
import type { Entity } from '../../src/types.js';

const TFIDF: KeywordsOptions = { method: 'tfidf', top: 10, perDoc: true, minFreq: 1 };

/** The terms by their most frequent form, with their count. */
function terms(text: string, entities: Entity[] = []) {
  const vocabulary: Vocabulary = new Map();
  const { counts } = countTerms(text, entities, [], vocabulary);
  return new Map(
    Object.keys(counts).map((key) => {
      const info = vocabulary.get(key)!;
      return [[...info.forms].sort((a, b) => b[1] - a[1])[0][0], { ...info, count: counts[key] }];
    }),
  );
}

const words = (found: ReturnType<typeof terms>) => [...found].filter(([, t]) => t.kind === 'word').map(([w]) => w).sort();

/** A linked entity as the extractor would give it, at the first place `text` occurs. */
function entityAt(source: string, text: string, canonical: string): Entity {
  const start = source.indexOf(text);
  return {
    type: 'policy', text, start, end: start + text.length, line: 1, column: start + 1, canonical,
    id: canonical.toLowerCase().replace(/\W+/g, '-'), rule: 'test', jurisdiction: 'INTL', kind: 'initiative', known: true,
  };
}

describe('countTerms: words', () => {
  it('lower-cases, leaves out stop words, numbers and one-letter tokens, and drops possessives', () => {
    const found = terms('The 2024 budget of Japan’s Digital Agency: 1.5 billion yen, 30 per cent more than in 2023 (a U.S. budget).');
    expect(words(found)).toEqual(['agency', 'billion', 'budget', 'digital', 'japan', 'yen']);
    expect(found.get('budget')!.count).toBe(2);
  });

  it('merges inflections by stem and shows the most frequent surface form', () => {
    const found = terms('Regulations came first. The regulations were strict; one regulation was not. Regulate less.');
    expect(found.get('regulations')).toMatchObject({ kind: 'word', count: 4 });
    expect([...found.get('regulations')!.forms]).toEqual([['regulations', 2], ['regulation', 1], ['regulate', 1]]);
  });
});

describe('countTerms: phrases', () => {
  it('counts 2- and 3-word phrases that no stop word, number or punctuation breaks', () => {
    const found = terms('Japan prefers soft law. Soft law guides business; soft, law-like rules and AI safety institutes. AI safety institutes grew.');
    expect(found.get('soft law')).toMatchObject({ kind: 'phrase', count: 2 });
    expect(found.get('ai safety institutes')).toMatchObject({ kind: 'phrase', count: 2 });
    expect(found.has('law guides business')).toBe(true);
    // Not across the full stop, the semicolon, the comma or "and".
    expect([...found.keys()].filter((k) => /law soft|business soft|soft law-like|rules ai/.test(k))).toEqual([]);
  });

  it('does not join words across a line break or a cut-out', () => {
    const text = 'digital\nagency digital https://x.example/agency agency';
    const t = countTerms(text, [], [{ start: text.indexOf('https'), end: text.indexOf(' agency', text.indexOf('https')) }]);
    // Only "agency digital", on the second line, is a phrase.
    expect(Object.keys(t.counts).filter((k) => k.includes(' '))).toEqual(['agenc digit']);
  });
});

describe('countTerms: entities', () => {
  it('counts a linked entity name as one term under its canonical name, whatever the text says', () => {
    const text = 'The Hiroshima AI Process began in Hiroshima. The process grew.';
    const found = terms(text, [entityAt(text, 'Hiroshima AI Process', 'Hiroshima AI Process')]);
    expect(found.get('Hiroshima AI Process')).toMatchObject({ kind: 'entity', count: 1, entity: { type: 'policy', id: 'hiroshima-ai-process' } });
    expect(found.get('hiroshima')!.count).toBe(1);
    expect(found.get('process')!.count).toBe(1);
  });
});

describe('countTerms: sections', () => {
  it('also counts the terms of each section on its own', () => {
    const text = 'Digital Agency news\nThe Digital Agency hired staff. Digital staff.';
    const { counts, tokens, sections } = countTerms(text, [], [], new Map(), [{ start: 0, end: 19 }]);
    expect(tokens).toBe(10);
    expect(sections.map((x) => ({ tokens: x.tokens, counts: { ...x.counts } }))).toEqual([
      { tokens: 3, counts: { digit: 1, agenc: 1, new: 1, 'digit agenc': 1, 'agenc new': 1, 'digit agenc new': 1 } },
    ]);
    expect(counts.digit).toBe(3);
  });
});

describe('TermCounter', () => {
  const PARAGRAPH = 'The Digital Agency published rules on generative AI for ministries. Each ministry names an officer for generative AI.';

  it('takes the short lines two articles share out of both, as they come in one at a time', () => {
    const counter = new TermCounter();
    counter.add({ path: 'a.txt', text: `${PARAGRAPH}\n\nSubscribe Weekly Briefing\n\n${PARAGRAPH}`, entities: [] });
    counter.add({ path: 'b.txt', text: `${PARAGRAPH}\n\nsubscribe  weekly briefing\n\n${PARAGRAPH}\n\nOfficers and Rules\n\n${PARAGRAPH}`, entities: [] });
    const result = counter.rank({ method: 'tfidf', top: 100, perDoc: true, minFreq: 1 });
    const termsOf = (i: number) => result.lists[i].rows.map((r) => r.term);
    expect(termsOf(0)).not.toContain('briefing');
    expect(termsOf(1)).not.toContain('briefing');
    // The heading only b has stays: its "Officers" adds to the paragraphs' three "officer".
    expect(result.lists[1].rows.find((r) => r.term === 'officer')!.count).toBe(4);
    expect(result.lists[0].tokens).toBe(2 * 18);
  });

  it('leaves a target out of the reference', () => {
    const counter = new TermCounter({ withReference: true });
    const a = { path: 'a.txt', sha256: 'x', text: PARAGRAPH, entities: [] };
    counter.add(a, 'target');
    counter.add({ ...a, path: 'copy-of-a.txt' }, 'reference');
    expect(() => counter.rank({ method: 'keyness', top: 5, perDoc: false, minFreq: 1 })).toThrow(KeywordsError);
  });
});

describe('keywords: TF-IDF', () => {
  const docs: KeywordInput[] = [
    { path: 'a.txt', text: 'Semiconductor subsidies and semiconductor plants. Semiconductor policy, chip policy.', entities: [] },
    { path: 'b.txt', text: 'Chip policy and copyright policy. Copyright rules for training data.', entities: [] },
  ];

  it('per article ranks by count × natural idf (1 + ln(N / (1 + df)))', () => {
    const result = keywords(docs, TFIDF);
    const a = result.lists[0].rows as TfidfRow[];
    expect(a[0]).toMatchObject({ term: 'semiconductor', count: 3, articles: 1 });
    expect(a[0].tfidf).toBeCloseTo(3 * (1 + Math.log(2 / 2)), 3);
    const policy = a.find((r) => r.term === 'policy')!;
    expect(policy.tfidf).toBeCloseTo(2 * (1 + Math.log(2 / 3)), 3);
  });

  it('corpus-wide sums the articles, and --top and --min-freq cut the list', () => {
    const result = keywords(docs, { ...TFIDF, perDoc: false, top: 2, minFreq: 2 });
    expect(result.lists).toHaveLength(1);
    expect(result.lists[0].label).toBe('corpus');
    expect(result.lists[0].rows.map((r) => r.term)).toEqual(['semiconductor', 'policy']);
    expect(result.lists[0].rows.every((r) => r.count >= 2)).toBe(true);
  });
});

describe('keywords: keyness', () => {
  const docs: KeywordInput[] = [
    { path: 'a.txt', text: 'Defense budget. Defense planning and defense AI for the defense ministry, defense again. Budget talk.', entities: [] },
    { path: 'b.txt', text: 'Copyright budget. Budget talk about training data and copyright. Budget rules for budget lines.', entities: [] },
    { path: 'c.txt', text: 'Budget talk on subsidies and budget rules. Budget lines and more budget.', entities: [] },
  ];
  const KEYNESS: KeywordsOptions = { method: 'keyness', top: 5, perDoc: false, minFreq: 2 };

  it('compares each article with the rest by default, keeping over-used terms with p < 0.05', () => {
    const result = keywords(docs, KEYNESS);
    expect(result.lists.map((l) => l.label)).toEqual(['a.txt', 'b.txt', 'c.txt']);
    const defense = result.lists[0].rows[0];
    expect(result.lists[0].reference).toEqual({ articles: 2, tokens: result.lists[1].tokens + result.lists[2].tokens });
    expect(defense).toMatchObject({ term: 'defense', count: 5, kind: 'word' });
    expect(defense).toMatchObject({ referenceCount: 0 });
    expect('g2' in defense && defense.g2).toBeGreaterThan(3.84);
    expect(result.lists[0].rows.map((r) => r.term)).not.toContain('budget');
  });

  it('with a reference, compares the targets together, leaving the targets out of the reference', () => {
    const result = keywords([docs[0]], KEYNESS, docs);
    expect(result.lists).toHaveLength(1);
    expect(result.lists[0].reference!.paths).toEqual(['b.txt', 'c.txt']);
  });

  it('refuses to compare one article with nothing', () => {
    expect(() => keywords([docs[0]], KEYNESS)).toThrow(KeywordsError);
    expect(() => keywords([docs[0]], KEYNESS, [docs[0]])).toThrow(/reference has no article/);
  });
});

describe('keywords: the bundled corpus', () => {
  const files = readdirSync('corpus').sort();
  let docs: KeywordInput[];
  beforeAll(() => {
    docs = files.map((f) => {
      const text = readFileSync(`corpus/${f}`, 'utf8');
      return { path: f, text, entities: extractEntities({ text }) };
    });
  });

  // What each article is about; a few terms any reader of it would expect near the top.
  const TOPICAL: Record<string, string[]> = {
    'domestic-ai-ecosystem.txt': ['domestic ai', 'domestic'],
    'japan-canada-ai-strategy.txt': ['commercialization', 'collaboration'],
    'japans-ai-diplomacy.txt': ['Liberal Democratic Party', 'kishida', 'regulations'],
    'most-ai-friendly-country.txt': ['defense'],
    'us-japan-ai-relations.txt': ['cooperation', 'Biden administration'],
  };
  // Words only the page furniture, bylines, bios and citations of these files use.
  const FURNITURE = /^(tokyo|report|recent|features?|credit|depositphotos|dreamstime|authors?|guest|rmit|fellow|erik|jacobs|sasakawa|usjetaa|jetaa|jets?|alumni|previous|next|tags|recap|bento|featured|stories|odendaal|inge|op|cit|nikkei|shimbun|https?|www|com|html|pdf|jp)$/;

  /** The article's text with URLs and references cut out, lower-cased: every listed word must be found there. */
  function bodyWords(text: string): Set<string> {
    const plain = blankSpans(text, [...findUrls(text), ...findNotes(text)].sort((a, b) => a.start - b.start));
    return new Set(plain.toLowerCase().replace(/’/g, "'").split(/[^\p{L}\p{N}'-]+/u).map((w) => w.replace(/'s$/, '')));
  }

  function checkList(path: string, rows: { term: string; kind: string }[]) {
    const doc = docs.find((d) => d.path === path)!;
    const words = bodyWords(doc.text);
    expect(rows.length, path).toBe(10);
    for (const { term, kind } of rows) {
      expect(term, path).not.toMatch(/\[\d+\]|[/%:]|^\d[\d.,]*$/);
      if (kind === 'entity') continue;
      for (const word of term.split(' ')) {
        expect(STOPWORDS.has(word), `${path}: stop word ${word}`).toBe(false);
        expect(word, `${path}: furniture`).not.toMatch(FURNITURE);
        expect(word, `${path}: digits`).not.toMatch(/^\d+$/);
        expect(words.has(word), `${path}: '${word}' is not a word of the body`).toBe(true);
      }
    }
  }

  it('gives each article a TF-IDF top 10 about it, free of stop words, numbers, markers, URL parts and furniture', () => {
    const result = keywords(docs, { method: 'tfidf', top: 10, perDoc: true, minFreq: 2 });
    for (const list of result.lists) {
      checkList(list.label, list.rows);
      const terms = list.rows.map((r) => r.term);
      for (const t of TOPICAL[list.label]) expect(terms, list.label).toContain(t);
    }
  });

  it('gives each article a keyness top 10 against the rest that is just as clean and about it', () => {
    const result = keywords(docs, { method: 'keyness', top: 10, perDoc: true, minFreq: 2 });
    for (const list of result.lists) {
      checkList(list.label, list.rows);
      const terms = list.rows.map((r) => r.term);
      expect(TOPICAL[list.label].filter((t) => terms.includes(t)).length, list.label).toBeGreaterThan(0);
    }
  });

  it('keeps the corpus-wide top 10 as clean', () => {
    const result = keywords(docs, { method: 'tfidf', top: 10, perDoc: false, minFreq: 2 });
    for (const row of result.lists[0].rows) {
      for (const word of row.term.split(' ')) expect(STOPWORDS.has(word) || FURNITURE.test(word), word).toBe(false);
    }
  });

  it('brings reference words back with includeReferences ("op cit" is only in the notes)', () => {
    const count = (include: boolean) =>
      keywords(docs, { method: 'tfidf', top: 1000, perDoc: true, minFreq: 1, includeReferences: include })
        .lists.find((l) => l.label === 'domestic-ai-ecosystem.txt')!
        .rows.find((r) => r.term === 'op cit')?.count ?? 0;
    expect(count(false)).toBe(0);
    expect(count(true)).toBeGreaterThan(0);
  });
});

describe('countTerms: linear time', () => {
  const inputs: [string, (n: number) => string][] = [
    ['one long word', (n) => 'a'.repeat(n)],
    ['short words', (n) => 'policy law '.repeat(n / 11)],
    ['consonants for the stemmer', (n) => `${'bcdfghjklmnpqrstvwxz'.repeat(2)} `.repeat(n / 41)],
    ['spaces', (n) => `law${' '.repeat(n)}law`],
  ];
  it.each(inputs)('%s: ten times the text takes about ten times as long', (_name, make) => {
    const timed = (n: number) => {
      const text = make(n);
      const t0 = performance.now();
      countTerms(text, [], []);
      return performance.now() - t0;
    };
    const small = timed(100_000);
    const large = timed(1_000_000);
    expect(large).toBeLessThan(30 * small + 2_000);
  }, 60_000);
});
