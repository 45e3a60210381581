// What every extractor sees: the text, its sentences, where the notes begin, and the URL spans to skip.

import type { Document } from '../types.js';
import { splitSentences, spanAt, type Span } from '../text/sentences.js';

export interface ExtractContext {
  /** The text rules run on: the document text, or its plain form (HTML tags blanked), same length. */
  text: string;
  sentences: Span[];
  /** Footnote lines and reference sections: dates there are citations. Sorted, disjoint. */
  notes: Span[];
  /** URL spans: nothing is extracted inside a URL. Sorted, disjoint. */
  urls: Span[];
}

// A URL, a bare www. host, or any run of non-space characters carrying percent-escapes (a URL fragment).
const URL_PATTERN = /\b(?:https?:\/\/|www\.)[^\s<>"“”]+|[^\s<>"“”]*%[0-9A-Fa-f]{2}[^\s<>"“”]*/g;
// A line that opens a footnote: "[12] ...", "12. ..." only inside a notes section.
const FOOTNOTE_LINE = /^[ \t]*\[\d{1,3}\][ \t]/;
const NOTES_HEADING = /^[ \t]*(?:references|notes|endnotes|footnotes|bibliography|sources|works cited|citations)[ \t]*:?[ \t]*\r?$/i;

export function findUrls(text: string): Span[] {
  const spans: Span[] = [];
  URL_PATTERN.lastIndex = 0;
  for (let m = URL_PATTERN.exec(text); m; m = URL_PATTERN.exec(text)) {
    let end = m.index + m[0].length;
    // Trailing sentence punctuation belongs to the prose, not the URL.
    while (end > m.index && /[.,;:)\]’']/.test(text[end - 1])) end--;
    if (end > m.index) spans.push({ start: m.index, end });
  }
  return spans;
}

export function findNotes(text: string): Span[] {
  const spans: Span[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd === -1) lineEnd = text.length;
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
