import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildTimeline, datedMentions, excerptAround, EXCERPT_LENGTH, mentionTables, type DatedMention, type TimelineEvent,
} from '../../src/analyze/timeline.js';
import { loadCorpus } from '../../src/corpus/load.js';
import { extractEntities } from '../../src/extract/index.js';
import type { DatePrecision, Entity } from '../../src/types.js';
import { at, doc } from './mentions.js';

const PRECISION: Record<number, DatePrecision> = { 4: 'year', 5: 'decade', 7: 'month', 10: 'day' };
const date = (value: string, extra: object = {}) =>
  ({ type: 'date', value, precision: PRECISION[value.length], inferred: false, fiscal: false, citation: false, ...extra }) as Partial<Entity> & {
    type: 'date';
  };
const agency = (id: string) => ({ type: 'agency', id, canonical: id.toUpperCase(), jurisdiction: 'JP', known: true }) as const;

/** Dated mentions of a hand-made article: `dates` maps a date's text to its fields. */
function mentionsOf(path: string, text: string, entities: Entity[]): DatedMention[] {
  return datedMentions(doc(path, text), entities.sort((a, b) => a.start - b.start)).mentions;
}

describe('excerptAround', () => {
  it('keeps a short sentence whole', () => {
    const text = 'Before. On May 1, 2024, METI met. After.';
    expect(excerptAround(text, { start: 8, end: 33 }, 11, 22)).toBe('On May 1, 2024, METI met.');
  });

  it('cuts a long sentence around the date, at spaces, marking each cut', () => {
    const sentence = `${'early words '.repeat(30)}in March 2024 the council met ${'and later talked '.repeat(30)}`.trim();
    const from = sentence.indexOf('March 2024');
    const excerpt = excerptAround(sentence, { start: 0, end: sentence.length }, from, from + 10);
    expect(excerpt).toMatch(/^…[a-z]/);
    expect(excerpt).toMatch(/[a-z]…$/);
    expect(excerpt).toContain('in March 2024 the council met');
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 2);
    expect(excerpt).not.toMatch(/…(?:arly|ords|nd |ater|alked)\b/);
  });

  it('stays short for a megabyte sentence', () => {
    const sentence = `${'x'.repeat(500_000)} 2024 ${'y'.repeat(500_000)}`;
    const excerpt = excerptAround(sentence, { start: 0, end: sentence.length }, 500_001, 500_005);
    expect(excerpt).toContain('2024');
    expect(excerpt.length).toBeLessThanOrEqual(EXCERPT_LENGTH + 2);
  });
});

describe('datedMentions', () => {
  const TEXT = 'METI met in 2018 and again in 2018. The Diet met in March 2024.\nLast year was busy.';
  const entities = [
    at(TEXT, 'METI', agency('meti')),
    at(TEXT, '2018', date('2018')),
    at(TEXT, '2018', date('2018'), 1),
    at(TEXT, 'Diet', agency('diet')),
    at(TEXT, 'March 2024', date('2024-03')),
    at(TEXT, 'Last year', { type: 'date', precision: 'year', inferred: false, fiscal: false, citation: false, relative: true }),
  ];
  const { mentions, undated } = datedMentions(doc('a.txt', TEXT), entities);

  it('gives each date its sentence and the linked entities of that sentence', () => {
    expect(mentions.map((m) => [m.value, m.excerpt, m.entities.map((e) => e.id)])).toEqual([
      ['2018', 'METI met in 2018 and again in 2018.', ['meti']],
      ['2024-03', 'The Diet met in March 2024.', ['diet']],
    ]);
    expect(mentions[1]).toMatchObject({ path: 'a.txt', line: 1, text: 'March 2024', types: ['agency'] });
  });

  it('counts a relative date without a value, and places it nowhere', () => {
    expect(undated).toBe(1);
  });

  it('articles given the same tables share one object per entity and per set of types', () => {
    const tables = mentionTables();
    const [a, b] = ['a.txt', 'b.txt'].map((path) => datedMentions(doc(path, TEXT), structuredClone(entities), tables).mentions);
    expect(b[0].entities[0]).toBe(a[0].entities[0]);
    expect(b[1].types).toBe(a[1].types);
    expect(a[0].entities[0]).not.toBe(a[1].entities[0]);
  });
});

describe('datedMentions: hostile input', () => {
  // A megabyte line without a sentence end, dense with dates and names: quadratic work would take minutes.
  it('a 1 MB "sentence" of 20,000 dates and 20,000 names in linear time, each date with a bounded neighbourhood', () => {
    const unit = 'METI_in_2024_said_nothing_at_all_';
    const text = unit.repeat(30_000);
    const entities: Entity[] = [];
    for (let k = 0; k < 20_000; k++) {
      const base = k * unit.length;
      entities.push(
        { ...at(unit, 'METI', agency('meti')), start: base, end: base + 4 } as Entity,
        // Each a different month, so none is the same date said twice.
        { ...at(unit, '2024', date(`${1000 + Math.floor(k / 12)}-${String((k % 12) + 1).padStart(2, '0')}`)), start: base + 8, end: base + 12 } as Entity,
      );
    }
    const t = performance.now();
    const { mentions } = datedMentions(doc('garbage.txt', text), entities);
    expect(performance.now() - t).toBeLessThan(3000);
    expect(mentions).toHaveLength(20_000);
    expect(Math.max(...mentions.map((m) => m.excerpt.length))).toBeLessThanOrEqual(EXCERPT_LENGTH + 2);
    expect(mentions[10_000].entities).toEqual([{ type: 'agency', id: 'meti', canonical: 'METI' }]);
  });

  it('gives each distinct date of a long line only the entities near it', () => {
    const unit = 'x'.repeat(2000);
    const text = `METI ${unit} in 2023 ${unit} the Diet ${unit} in 2024`;
    const { mentions } = datedMentions(doc('long.txt', text), [
      at(text, 'METI', agency('meti')),
      at(text, '2023', date('2023')),
      at(text, 'Diet', agency('diet')),
      at(text, '2024', date('2024')),
    ]);
    expect(mentions.map((m) => m.entities.map((e) => e.id))).toEqual([[], []]);
  });
});

describe('buildTimeline', () => {
  const A = 'In 2024 the plan began. In January 2024 METI acted. On 2024-01-05 METI spoke. In the 2020s all changed. From 2023 to 2025 it ran.';
  const a = mentionsOf('a.txt', A, [
    at(A, '2024', date('2024')),
    at(A, 'January 2024', date('2024-01')),
    at(A, 'METI', agency('meti')),
    at(A, '2024-01-05', date('2024-01-05')),
    at(A, 'METI', agency('meti'), 1),
    at(A, '2020s', date('2020s')),
    at(A, 'From 2023 to 2025', { ...date('2023'), endValue: '2025' }),
  ]);
  const B = 'In January 2024 METI and the Diet acted.\n[1] Diet notes, January 2024.';
  const b = mentionsOf('b.txt', B, [
    at(B, 'January 2024', date('2024-01')),
    at(B, 'METI', agency('meti')),
    at(B, 'Diet', agency('diet')),
    at(B, 'Diet', agency('diet'), 1),
    at(B, 'January 2024', date('2024-01', { citation: true }), 1),
  ]);
  const C = 'In 2024 METI grew. In January 2024 the Cabinet Office acted with ¥5 billion.';
  const c = mentionsOf('c.txt', C, [
    at(C, '2024', date('2024')),
    at(C, 'METI', agency('meti')),
    at(C, 'January 2024', date('2024-01')),
    at(C, 'Cabinet Office', agency('cao')),
    at(C, '¥5 billion', { type: 'funding', amount: 5e9, currency: 'JPY', role: 'budget', equivalents: [], approximate: false }),
  ]);
  const all = [...a, ...b, ...c];
  const label = (e: TimelineEvent) => `${e.value}${e.endValue ? `..${e.endValue}` : ''}@${e.sources.map((s) => `${s.path}:${s.column}`).join('+')}`;

  it('orders chronologically: a decade before its years, a year before its months, a month before its days', () => {
    const events = buildTimeline(a);
    expect(events.map((e) => e.value)).toEqual(['2020s', '2023', '2024', '2024-01', '2024-01-05']);
    expect(events[1].endValue).toBe('2025');
  });

  it('merges mentions of one month and one entity from different articles into one event with every source', () => {
    const events = buildTimeline(all);
    const january = events.filter((e) => e.value === '2024-01');
    // a and b share METI in January 2024; b's note shares only the Diet, with b's own text; c names another body.
    expect(january.map(label)).toEqual(['2024-01@a.txt:28+b.txt:4', '2024-01@b.txt:17', '2024-01@c.txt:23']);
    expect(january[0].entities.map((e) => e.id)).toEqual(['meti', 'diet']);
    expect(january[0].citation).toBe(false);
  });

  it('does not merge years: too coarse to be one event', () => {
    expect(buildTimeline(all).filter((e) => e.value === '2024').map((e) => e.sources.length)).toEqual([1, 1]);
  });

  it('does not merge two mentions of one article by themselves', () => {
    expect(buildTimeline(b).map(label)).toEqual(['2024-01@b.txt:4', '2024-01@b.txt:17']);
  });

  it('filters by overlap with --from/--to', () => {
    expect(buildTimeline(a, { from: '2024-01-02' }).map((e) => e.value)).toEqual(['2020s', '2023', '2024', '2024-01', '2024-01-05']);
    expect(buildTimeline(a, { from: '2024-02' }).map((e) => e.value)).toEqual(['2020s', '2023', '2024']);
    expect(buildTimeline(a, { to: '2023' }).map((e) => e.value)).toEqual(['2020s', '2023']);
    expect(buildTimeline(a, { from: '2026' }).map((e) => e.value)).toEqual(['2020s']);
  });

  it('filters by entity, by entity type in the sentence, and leaves citations out on request', () => {
    expect(buildTimeline(all, { entityIds: new Set(['diet']) }).map(label)).toEqual(['2024-01@b.txt:4', '2024-01@b.txt:17']);
    expect(buildTimeline(all, { types: ['funding'] }).map(label)).toEqual(['2024-01@c.txt:23']);
    expect(buildTimeline(b, { citations: false }).map(label)).toEqual(['2024-01@b.txt:4']);
  });
});

describe('the bundled corpus', () => {
  let events: TimelineEvent[];

  beforeAll(async () => {
    const { documents } = await loadCorpus([]);
    events = buildTimeline(documents.flatMap((d) => datedMentions(d, extractEntities(d)).mentions));
  });

  it("has the Japan AI Safety Institute's establishment on 2024-02-14, with its sentence", () => {
    const event = events.find((e) => e.value === '2024-02-14' && e.entities.some((x) => x.id === 'japan-ai-safety-institute'))!;
    expect(event).toBeDefined();
    expect(event.precision).toBe('day');
    expect(event.sources).toHaveLength(1);
    expect(event.sources[0]).toMatchObject({ path: 'corpus/japans-ai-diplomacy.txt', line: 28, text: 'February 14, 2024', inferred: false });
    expect(event.sources[0].excerpt).toMatch(/^On February 14, 2024, the Japan AI Safety Institute was established to advance research/);
  });

  it('is in chronological order, and marks a year taken from context', () => {
    const starts = events.map((e) => (e.value.endsWith('s') ? e.value.slice(0, 3) : e.value));
    expect(starts).toEqual([...starts].sort());
    const april10 = events.find((e) => e.value === '2024-04-10' && !e.citation)!;
    expect(april10.inferred).toBe(true);
  });

  it('merges the G7 code of conduct of October 2023, reported by two articles', () => {
    const october = events.find((e) => e.value === '2023-10' && e.sources.length > 1)!;
    expect(october.sources.map((s) => s.path)).toEqual(['corpus/japans-ai-diplomacy.txt', 'corpus/us-japan-ai-relations.txt']);
    expect(october.entities.map((e) => e.id)).toContain('group-of-seven');
  });
});
