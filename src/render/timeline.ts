// The terminal and line views of a timeline. In the terminal each event is a heading (date, marks, source) with
// the sentence wrapped under it and the entities it names; an event several articles report lists each source.

import type { ChalkInstance } from 'chalk';
import type { EventSource, TimelineEvent } from '../analyze/timeline.js';
import { painter, type ColourLevel } from './colour.js';
import { truncate, wrap } from './compare.js';
import { csvField } from './csv.js';

export interface TimelineTableOptions {
  colour: ColourLevel;
  width: number;
}

export interface TimelineSummary {
  events: TimelineEvent[];
  /** Dated mentions the events came from (after filters). */
  mentions: number;
  articles: number;
  /** Relative dates without a calendar value. */
  undated: number;
}

/** "2024-02-14", "2023-05 – 2024-08", "1980s". */
export function dateLabel(e: { value: string; endValue?: string }): string {
  return e.endValue ? `${e.value} – ${e.endValue}` : e.value;
}

function marks(e: TimelineEvent): string {
  const m = [e.inferred ? 'year inferred' : '', e.fiscal ? 'fiscal year' : '', e.citation ? 'in notes' : ''].filter(Boolean);
  return m.length ? ` (${m.join(', ')})` : '';
}

const where = (s: EventSource) => `${s.path}:${s.line}`;

function eventLines(e: TimelineEvent, width: number, paint: ChalkInstance): string[] {
  const date = dateLabel(e);
  const mark = marks(e);
  const single = e.sources.length === 1;
  // Cut as plain text, then styled by parts, so colour codes never count towards the width.
  const head = truncate(`${date}${mark}  ${single ? where(e.sources[0]) : `${e.sources.length} sources`}`, width);
  const lines = [
    paint.bold(head.slice(0, date.length)) + paint.dim(head.slice(date.length, date.length + mark.length)) + head.slice(date.length + mark.length),
  ];
  for (const s of e.sources) {
    if (!single) {
      const own = [s.inferred && !e.inferred ? 'year inferred' : '', s.citation && !e.citation ? 'in notes' : ''].filter(Boolean);
      lines.push(truncate(`  ${where(s)}${own.length ? ` (${own.join(', ')})` : ''}`, width));
    }
    lines.push(...wrap(s.excerpt, width, '    '));
  }
  if (e.entities.length) lines.push(...wrap(`▸ ${e.entities.map((x) => x.canonical).join(', ')}`, width, '    ').map((l) => paint.dim(l)));
  return lines;
}

export function renderTimelineTable(summary: TimelineSummary, options: TimelineTableOptions): string {
  const paint = painter(options.colour);
  const blocks = summary.events.map((e) => eventLines(e, options.width, paint).join('\n'));
  const merged = summary.events.filter((e) => e.sources.length > 1).length;
  const footer = wrap(
    `${summary.events.length} events from ${summary.mentions} dated mentions in ${summary.articles} ` +
      `article${summary.articles === 1 ? '' : 's'}` +
      (merged ? `; ${merged} reported by more than one source` : '') +
      (summary.undated ? `; ${summary.undated} relative dates without a calendar value ("last year") are not placed` : '') +
      '.',
    options.width,
  ).map((l) => paint.dim(l));
  return `${[...blocks, ''].join('\n\n')}${footer.join('\n')}\n`;
}

export function renderTimelineNdjson(events: readonly TimelineEvent[]): string {
  return events.map((e) => `${JSON.stringify(e)}\n`).join('');
}

const CSV_COLUMNS = [
  'event', 'value', 'endValue', 'precision', 'inferred', 'fiscal', 'citation',
  'path', 'line', 'column', 'text', 'excerpt', 'entities',
] as const;

/** One row per source; rows of one event share its number. */
export function renderTimelineCsv(events: readonly TimelineEvent[]): string {
  const row = (fields: unknown[]) => `${fields.map(csvField).join(',')}\r\n`;
  const rows = events.flatMap((e, i) =>
    e.sources.map((s) =>
      row([
        i + 1, e.value, e.endValue, e.precision, s.inferred, s.fiscal, s.citation,
        s.path, s.line, s.column, s.text, s.excerpt, s.entities.map((x) => x.id).join('; '),
      ]),
    ),
  );
  return row([...CSV_COLUMNS]) + rows.join('');
}
