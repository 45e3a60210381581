// What is not the article's own prose, found by the shape of the page rather than by names: URLs, footnote
// markers, reference sections and footnote lines, the page furniture before the first paragraph (kickers,
// breadcrumbs, bylines, image credits), author bios after an author heading, short lines after the last
// paragraph ("Previous", "Next", "Tags"), and short lines that repeat within an article or across articles.

import { findNotes, findUrls } from '../extract/context.js';
import { splitSentences, type Span } from '../text/sentences.js';
import { countWords } from '../text/tokens.js';

export interface Boilerplate {
  /** Page furniture, bylines, bios, URLs, footnote markers: left out of every report. Sorted, disjoint. */
  furniture: Span[];
  /** Reference sections and footnote lines: left out unless asked for. Sorted, disjoint. */
  references: Span[];
  /**
   * The short lines kept (headings, the title), folded for comparison: furniture after all if other articles
   * share them, which a caller reading articles one at a time only knows at the end. Sorted.
   */
  shortLines: (Span & { key: string })[];
}

type LineKind = 'blank' | 'short' | 'prose';

interface Line extends Span {
  kind: LineKind;
  /** The line folded for comparison (case, quotes, spacing); short lines only. */
  key: string;
  /** Sentences in a prose line. */
  sentences: number;
}

// A paragraph has at least this many words and a sentence end; anything shorter is a heading or furniture.
const PROSE_WORDS = 12;
const SENTENCE_END = /[.!?]["'”’)\]]*(?:\s|$)/;
// "[12]", "[3, 4]", "[5–7]": footnote markers in running text.
const FOOTNOTE_MARKER = /\[\d{1,3}(?:[ \t]*[,–-][ \t]*\d{1,3})*\]/g;
// "Author: Inge Odendaal", "Credit: Depositphotos": a short label, a colon, a value.
const LABEL_LINE = /^[\p{L}][\p{L} ]{0,24}:\s/u;
// "By Hana Sato", "Written by ...": a byline, never the title.
const BYLINE = /^(?:(?:written|reported|words|text) )?by \p{L}/u;
// "Tokyo Report | Security | East Asia": section breadcrumbs.
const BREADCRUMB = / [|›»>] /;
// The heading that opens author bios: "About the Author", "Authors", "Guest Author", "Contributors", "Biography".
const AUTHOR_HEADING =
  /^(?:about (?:the |this |our )?)?(?:guest |contributing )?(?:authors?|contributors?|writers?)(?: bios?| biograph(?:y|ies))?:?$|^(?:bio|biography|biographies):?$/;

/** A line folded for comparison: lower case, straight quotes, single spaces. */
function foldLine(line: string): string {
  return line.toLowerCase().replace(/[‘’]/g, "'").replace(/[“”]/g, '"').replace(/\s+/g, ' ').trim();
}

/** The lines outside the notes, classified. */
function readLines(text: string, notes: Span[]): Line[] {
  const lines: Line[] = [];
  let note = 0;
  for (let start = 0; start <= text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    while (note < notes.length && notes[note].end <= start) note++;
    const inNotes = note < notes.length && notes[note].start <= start;
    if (!inNotes) {
      const raw = text.slice(start, end);
      const words = countWords(raw);
      let kind: LineKind = 'blank';
      if (words > 0 || raw.trim()) kind = words >= PROSE_WORDS && SENTENCE_END.test(raw) ? 'prose' : 'short';
      lines.push({
        start,
        end: raw.endsWith('\r') ? end - 1 : end,
        kind,
        key: kind === 'short' ? foldLine(raw) : '',
        sentences: kind === 'prose' ? splitSentences(raw).length : 0,
      });
    }
    start = end + 1;
  }
  return lines;
}

/** Short lines (folded) that occur in at least two of the texts: site furniture shared by articles. */
export function sharedLines(texts: readonly string[]): Set<string> {
  const seenIn = new Map<string, number>();
  for (const text of texts) {
    const keys = new Set(readLines(text, findNotes(text)).filter((l) => l.kind === 'short').map((l) => l.key));
    for (const key of keys) seenIn.set(key, (seenIn.get(key) ?? 0) + 1);
  }
  return new Set([...seenIn].filter(([, n]) => n >= 2).map(([key]) => key));
}

/**
 * Where the article proper begins: the first paragraph of two sentences or more, or the first paragraph
 * followed by another (a one-sentence standfirst under the title is still page head).
 */
function bodyStart(lines: Line[]): number {
  const content = lines.map((l, i) => ({ l, i })).filter(({ l }) => l.kind !== 'blank');
  for (let k = 0; k < content.length; k++) {
    const { l, i } = content[k];
    if (l.kind !== 'prose') continue;
    if (l.sentences >= 2 || content[k + 1]?.l.kind === 'prose') return i;
  }
  return lines.length;
}

/** The title among the head lines: the longest one that is not a label, a breadcrumb, a byline or shared furniture. */
function titleLine(head: Line[], shared: ReadonlySet<string>): Line | undefined {
  let best: Line | undefined;
  for (const line of head) {
    if (line.kind !== 'short' || shared.has(line.key) || LABEL_LINE.test(line.key) || BREADCRUMB.test(line.key) || BYLINE.test(line.key)) continue;
    if (!best || line.key.length > best.key.length) best = line;
  }
  return best;
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || b.end - a.end);
  const merged: Span[] = [];
  for (const s of sorted) {
    const last = merged[merged.length - 1];
    if (last && s.start <= last.end) last.end = Math.max(last.end, s.end);
    else merged.push({ start: s.start, end: s.end });
  }
  return merged;
}

/** The boilerplate of one article; `shared` comes from sharedLines over the whole corpus. */
export function findBoilerplate(text: string, shared: ReadonlySet<string> = new Set()): Boilerplate {
  const references = findNotes(text);
  const furniture: Span[] = [...findUrls(text)];
  FOOTNOTE_MARKER.lastIndex = 0;
  for (let m = FOOTNOTE_MARKER.exec(text); m; m = FOOTNOTE_MARKER.exec(text)) {
    furniture.push({ start: m.index, end: m.index + m[0].length });
  }
  const lines = readLines(text, references);
  const first = bodyStart(lines);
  const title = titleLine(lines.slice(0, first), shared);
  const repeats = new Map<string, number>();
  for (const l of lines) if (l.kind === 'short') repeats.set(l.key, (repeats.get(l.key) ?? 0) + 1);
  let last = -1;
  lines.forEach((l, i) => {
    if (l.kind === 'prose') last = i;
  });
  let bioEnd = -1;
  let note = 0;
  lines.forEach((line, i) => {
    if (line.kind !== 'short' || line === title) return;
    const head = i < first;
    const repeated = (repeats.get(line.key) ?? 0) > 1;
    if (head || i > last || repeated || shared.has(line.key)) furniture.push({ start: line.start, end: line.end });
    if (!head && line.start >= bioEnd && AUTHOR_HEADING.test(line.key)) {
      // Bios run from the heading to the references that follow them, or to the end.
      while (note < references.length && references[note].start < line.start) note++;
      bioEnd = note < references.length ? references[note].start : text.length;
      furniture.push({ start: line.start, end: bioEnd });
    }
  });
  const merged = mergeSpans(furniture);
  const shortLines = lines.filter((l) => l.kind === 'short' && !overlapsAny(merged, l.start, l.end)).map(({ start, end, key }) => ({ start, end, key }));
  return { furniture: merged, references, shortLines };
}

/** The spans a report leaves out: furniture always, references unless `includeReferences`. Sorted, disjoint. */
export function excludedSpans(boilerplate: Boilerplate, includeReferences = false): Span[] {
  return includeReferences ? boilerplate.furniture : mergeSpans([...boilerplate.furniture, ...boilerplate.references]);
}

/** The text with `spans` turned to spaces (line breaks kept): same length, so offsets still hold. */
export function blankSpans(text: string, spans: readonly Span[]): string {
  const parts: string[] = [];
  let at = 0;
  for (const s of spans) {
    parts.push(text.slice(at, s.start), text.slice(s.start, s.end).replace(/[^\n]/g, ' '));
    at = s.end;
  }
  parts.push(text.slice(at));
  return parts.join('');
}

/** True when [start, end) overlaps one of the sorted, disjoint `spans`. */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= start) lo = mid + 1;
    else hi = mid;
  }
  return lo < spans.length && spans[lo].start < end;
}
