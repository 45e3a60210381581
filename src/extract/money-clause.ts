// The clause a figure sits in: the part of its sentence between clause boundaries (";", " while ",
// ", and ", " that ", a sentence end the splitter missed, ...). Role, year, purpose and parties are read
// from it. Work per figure is bounded by a window, so a megabyte-long "sentence" stays linear.

import type { Span } from '../text/sentences.js';

/** How far around a figure its sentence is read. */
export const WINDOW = 240;

// A sentence end inside the span: ". " + capital (not after a lone capital, as in "U.S."), allowing
// footnote markers ("(GENIAC).[16] To finance ..."). A quoted title in a citation is its own clause:
// 'Asia Education Review, “US, Japan to Invest $110 Million,” May 8'.
const BOUNDARY =
  /[,:][ \u00a0]*[“"]|[,.][”"]|[”"][,.]|;|:[ \u00a0]|[ \u00a0][—–][ \u00a0]|[ \u00a0]--[ \u00a0]|,[ \u00a0]+(?:and|but|while|whereas|which|who|although|though|yet|so)\b|[ \u00a0](?:while|whereas|but|although|though|that)[ \u00a0]|(?<![^\p{L}]\p{Lu})[.!?]["”’)\]]*(?:\[\d{1,3}\])*[ \u00a0]+(?=["“(]?\p{Lu})/gu;

/** The sentence clipped to `WINDOW` characters either side of [start, end). */
export function windowAround(sentence: Span, start: number, end: number): Span {
  return { start: Math.max(sentence.start, start - WINDOW), end: Math.min(sentence.end, end + WINDOW) };
}

/** The clause around [start, end) within `window`. */
export function clauseAround(text: string, window: Span, start: number, end: number): Span {
  let clauseStart = window.start;
  const head = text.slice(window.start, start);
  BOUNDARY.lastIndex = 0;
  for (let m = BOUNDARY.exec(head); m; m = BOUNDARY.exec(head)) clauseStart = window.start + m.index + m[0].length;
  let clauseEnd = window.end;
  const tail = text.slice(end, window.end);
  BOUNDARY.lastIndex = 0;
  const m = BOUNDARY.exec(tail);
  if (m) clauseEnd = end + m.index;
  return { start: clauseStart, end: clauseEnd };
}
