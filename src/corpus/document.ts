// A decoded text becomes a Document: the metadata every output carries, plus the text offsets point into.

import { createHash } from 'node:crypto';
import type { Document } from '../types.js';
import { countWords } from '../text/tokens.js';
import { detached } from '../text/memo.js';

/** The first non-empty line, trimmed. */
export function titleOf(text: string): string {
  let start = 0;
  while (start < text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    const line = text.slice(start, end).trim();
    if (line) return line;
    start = end + 1;
  }
  return '';
}

/**
 * `bytes` are the raw file (for the hash); `text` is decoded with the BOM removed and line ends kept as they are;
 * `plain`, for HTML, is what a reader sees (same length), from which the title and word count come.
 */
export function buildDocument(path: string, bytes: Uint8Array, text: string, plain?: string): Document {
  return {
    path,
    // Blanked markup and padded references leave runs of spaces inside an HTML title. A copy: a title cut from the
    // text would keep the whole text alive in every command that keeps titles after the text is done with.
    title: detached(plain === undefined ? titleOf(text) : titleOf(plain).replace(/\s+/g, ' ')),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    chars: text.length,
    words: countWords(plain ?? text),
    text,
    ...(plain === undefined ? {} : { plain }),
  };
}
