// What the CLI is given instead of touching `process`: streams, environment, working directory.
// Tests pass fakes; bin/jpai.js passes the real ones.

import path from 'node:path';

export interface OutStream {
  write(chunk: string): unknown;
  isTTY?: boolean;
  columns?: number;
  on?(event: 'error', listener: (err: NodeJS.ErrnoException) => void): unknown;
}

export interface CliIo {
  stdout: OutStream;
  stderr: OutStream;
  stdin: AsyncIterable<Uint8Array | string>;
  env: Record<string, string | undefined>;
  /** Where relative paths start (default: the process's working directory). */
  cwd?: string;
  /** Aborted on Ctrl-C: output stops after the last whole write, and commands stop reading. */
  signal?: AbortSignal;
}

const CLOSED_PIPE = new Set(['EPIPE', 'ERR_STREAM_DESTROYED', 'ERR_STREAM_WRITE_AFTER_END']);

/**
 * stdout that goes quiet when the reader goes away (`jpai extract | head`): a closed pipe is not an error
 * worth a stack trace, and there is no point producing more output for it. It goes quiet too when the run is
 * interrupted: each write is whole lines, so what was written ends at a line end.
 */
export class Output {
  closed = false;
  /** A write failure other than a closed pipe (a full disk, say), reported at the end. */
  failure?: NodeJS.ErrnoException;

  constructor(
    private readonly stream: OutStream,
    signal?: AbortSignal,
  ) {
    stream.on?.('error', (err) => {
      this.closed = true;
      if (!CLOSED_PIPE.has(err.code ?? '')) this.failure ??= err;
    });
    if (signal?.aborted) this.closed = true;
    signal?.addEventListener('abort', () => (this.closed = true), { once: true });
  }

  write(text: string): void {
    if (!this.closed && text) this.stream.write(text);
  }

  /**
   * The pieces of a report (lines, table rows, JSON elements), joined into writes of about 64 KB that end at a line
   * end: few writes, nothing held whole, and an interrupted report still ends with a whole line.
   */
  writeAll(pieces: Iterable<string>): void {
    let buffer = '';
    for (const piece of pieces) {
      if (this.closed) return;
      buffer += piece;
      const end = buffer.length >= WRITE_SIZE ? buffer.lastIndexOf('\n') + 1 : 0;
      if (end > 0) {
        this.write(buffer.slice(0, end));
        buffer = buffer.slice(end);
      }
    }
    this.write(buffer);
  }
}

const WRITE_SIZE = 1 << 16;

/** A file named on the command line, as the program must open it (io.cwd is where relative paths start). */
export function resolveArgPath(io: CliIo, file: string): string {
  return io.cwd ? path.resolve(io.cwd, file) : file;
}

// Control characters, line and paragraph separators, and bidirectional overrides: from a file name or an argument
// they would break the one-line message, or let a name rewrite the terminal.
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** `text` with its unprintable characters shown as escapes ("\n", "\u001b"). */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** One line on stderr: "jpai: <message>". */
export function complain(io: CliIo, message: string): void {
  io.stderr.write(`jpai: ${printable(message)}\n`);
}
