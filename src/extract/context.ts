// What every extractor sees: the text, its sentences, where the notes begin, and the URL spans to skip.

import type { Document } from '../types.js';
import { splitSentences, spanAt, type Span } from '../text/sentences.js';
import { positionsOf, readAt } from '../text/anchored.js';

export interface ExtractContext {
  /** The text rules run on: the document text, or its plain form (HTML tags blanked), same length. */
  text: string;
  sentences: Span[];
  /** Footnote lines and reference sections: dates there are citations. Sorted, disjoint. */
  notes: Span[];
  /** URL spans: nothing is extracted inside a URL. Sorted, disjoint. */
  urls: Span[];
}

// A URL or a bare www. host; and, separately, percent-escapes, which mark the run of text around them as a URL fragment.
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+/y;
const PERCENT_ESCAPE = /%[0-9A-Fa-f]{2}/y;
const URL_CHAR = /[^\s<>"“”]/;
// Widening left stops at a comma: "June 28, 2023,,Government’s%20first" is prose, then the fragment.
const URL_CHAR_LEFT = /[^\s<>"“”,]/;
// A line that opens a footnote: "[12] ...", "12. ..." only inside a notes section.
const FOOTNOTE_LINE = /^[ \t\u00a0]*\[\d{1,3}\][ \t\u00a0]/;
const NOTES_HEADINGS = ['references', 'notes', 'endnotes', 'footnotes', 'bibliography', 'sources', 'works cited', 'citations'];
const NOTES_HEADING = new RegExp(`^[ \\t]*(?:${NOTES_HEADINGS.join('|')})[ \\t]*:?[ \\t]*\\r?$`, 'i');

export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    // Trailing sentence punctuation belongs to the prose, not the URL.
    while (end > start && /[.,;:)\]’']/.test(text[end - 1])) end--;
    if (end > start) spans.push({ start, end });
  };
  readAt(text, URL_PATTERN, positionsOf(text, 'http', 'www.'), (m) => {
    push(m.index, m.index + m[0].length);
    return m.index + m[0].length;
  });
  // Each run around a percent-escape is widened once and skipped, so a megabyte without spaces stays linear.
  let floor = 0;
  readAt(text, PERCENT_ESCAPE, positionsOf(text, '%'), (m) => {
    let start = m.index;
    while (start > floor && URL_CHAR_LEFT.test(text[start - 1])) start--;
    let end = m.index + 3;
    while (end < text.length && URL_CHAR.test(text[end])) end++;
    push(start, end);
    floor = end;
    return end;
  });
  spans.sort((a, b) => a.start - b.start);
  // Merge overlaps (a URL with escapes is found twice) so the spans stay disjoint for binary search.
  const merged: Span[] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ ...s });
  }
  return merged;
}

/** First letters of the notes headings, and the bracket of a footnote marker: a line that starts otherwise is neither. */
const NOTES_LINE_START = new RegExp(`[[${[...new Set(NOTES_HEADINGS.map((h) => h[0]))].join('')}]`, 'i');

export function findNotes(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
    let first = lineStart;
    while (first < lineEnd && (text[first] === ' ' || text[first] === '\t' || text[first] === '\u00a0')) first++;
    if (first === lineEnd || !NOTES_LINE_START.test(text[first])) {
      lineStart = lineEnd + 1;
      continue;
    }
    const line = text.slice(lineStart, lineEnd);
    if (NOTES_HEADING.test(line)) {
      spans.push({ start: lineStart, end: text.length });
      break;
    }
    if (FOOTNOTE_LINE.test(line)) {
      const last = spans[spans.length - 1];
      if (last && last.end >= lineStart - 1) last.end = lineEnd;
      else spans.push({ start: lineStart, end: lineEnd });
    }
    lineStart = lineEnd + 1;
  }
  return spans;
}

export function buildContext(doc: Pick<Document, 'text' | 'plain'>): ExtractContext {
  const text = doc.plain ?? doc.text;
  return { text, sentences: splitSentences(text), notes: findNotes(text), urls: findUrls(text) };
}

/** True when `offset` falls inside one of the sorted, disjoint `spans`. */
export function within(spans: Span[], offset: number): boolean {
  if (spans.length === 0) return false;
  const i = spanAt(spans, offset);
  return spans[i].start <= offset && offset < spans[i].end;
}

/** True when [start, end) overlaps any URL. */
export function touchesUrl(ctx: ExtractContext, start: number, end: number): boolean {
  return within(ctx.urls, start) || within(ctx.urls, end - 1);
}

export function isCitation(ctx: ExtractContext, offset: number): boolean {
  return within(ctx.notes, offset);
}

/** The sentence span around `offset`. */
export function sentenceOf(ctx: ExtractContext, offset: number): Span {
  return ctx.sentences[spanAt(ctx.sentences, offset)] ?? { start: 0, end: ctx.text.length };
}
