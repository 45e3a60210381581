// Values kept as deflated JSON lines until they are read back, for a command whose report lists more rows than it
// could hold as objects: the 160,000 funding rows of the 1 GB bench corpus are ~140 MB of live objects (with the
// garbage collector's room on top, ~500 MB of heap), ~107 MB as JSON text, ~11 MB deflated (the bench's articles
// repeat their sentences; text that does not repeat deflates less, JSON's repeated keys still a lot).

import { deflateRawSync, inflateRawSync } from 'node:zlib';

// Text deflated a chunk at a time: large enough to compress well, small enough that reading it back is a small buffer.
const CHUNK_CHARS = 1 << 18;

/** Values in the order pushed; each iteration reads them all again, as fresh objects (JSON's copies of them). */
export class Spool<T> implements Iterable<T> {
  private readonly chunks: Buffer[] = [];
  private pending: string[] = [];
  private pendingChars = 0;
  /** Values pushed so far. */
  length = 0;

  push(value: T): void {
    const line = JSON.stringify(value);
    this.pending.push(line);
    this.pendingChars += line.length;
    this.length++;
    if (this.pendingChars >= CHUNK_CHARS) this.seal();
  }

  *[Symbol.iterator](): Generator<T> {
    for (const chunk of this.chunks) yield* parsed(inflateRawSync(chunk).toString('utf8').split('\n'));
    yield* parsed(this.pending);
  }

  private seal(): void {
    // Level 1: row text compresses well even so, at a fraction of the default level's time.
    this.chunks.push(deflateRawSync(this.pending.join('\n'), { level: 1 }));
    this.pending = [];
    this.pendingChars = 0;
  }
}

function* parsed<T>(lines: readonly string[]): Generator<T> {
  for (const line of lines) yield JSON.parse(line) as T;
}
