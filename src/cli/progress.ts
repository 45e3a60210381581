// A progress bar on stderr for long runs: articles done, MB/s and time left. Only on a terminal, never in CI or
// with --quiet, and only once the work has taken about a second (a few articles finish before it would show).

import { stat } from 'node:fs/promises';
import { walkInputs } from '../corpus/discover.js';
import type { OutStream } from './io.js';

export interface ProgressOptions {
  stderr: OutStream;
  env: Record<string, string | undefined>;
  quiet?: boolean;
  /** Total bytes of the input, when known (for the bar and the time left). */
  total?: Promise<number | undefined>;
  /** Milliseconds; injected by tests. */
  now?: () => number;
  delayMs?: number;
  intervalMs?: number;
}

/** A bar only where a person is watching: stderr is a terminal, not CI, not --quiet, not TERM=dumb. */
export function wantsProgress(stderr: OutStream, env: Record<string, string | undefined>, quiet?: boolean): boolean {
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  return Boolean(stderr.isTTY) && !ci && !quiet && env.TERM !== 'dumb';
}

/** Seconds as m:ss (or h:mm:ss). */
export function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, '0');
  return h > 0 ? `${h}:${String(m).padStart(2, '0')}:${ss}` : `${m}:${ss}`;
}

/** The bar's line: "[████░░░░] 1,200 articles  48.1 MB/s  1:02 left" (no bar or time left without a total); on a
 * narrow terminal the bar goes first, then the fields from the right. */
export function progressLine(docs: number, bytes: number, seconds: number, total: number | undefined, columns: number): string {
  const rate = seconds > 0 ? bytes / 1e6 / seconds : 0;
  const parts = [`${docs.toLocaleString('en-US')} article${docs === 1 ? '' : 's'}`, `${rate.toFixed(1)} MB/s`];
  if (total && rate > 0) parts.push(`${clock(Math.max(0, total - bytes) / 1e6 / rate)} left`);
  while (parts.length > 1 && parts.join('  ').length > columns - 1) parts.pop();
  const text = parts.join('  ');
  const width = Math.min(30, columns - 1 - text.length - 3);
  if (!total || width < 5) return text;
  const filled = Math.min(width, Math.round((bytes / total) * width));
  return `[${'█'.repeat(filled)}${'░'.repeat(width - filled)}] ${text}`;
}

export class Progress {
  private docs = 0;
  private bytes = 0;
  private total?: number;
  private readonly started: number;
  private shown = false;
  private stopped = false;
  private timer?: ReturnType<typeof setInterval>;
  private readonly now: () => number;
  private readonly delayMs: number;

  constructor(private readonly options: ProgressOptions) {
    this.now = options.now ?? (() => performance.now());
    this.delayMs = options.delayMs ?? 1000;
    this.started = this.now();
    options.total?.then((t) => (this.total = t), () => undefined);
    this.timer = setInterval(() => this.draw(), options.intervalMs ?? 200);
    this.timer.unref?.();
  }

  /** One more article done. */
  advance(bytes: number): void {
    this.docs++;
    this.bytes += bytes;
  }

  /** Writes a message line to stderr without tearing the bar (it is redrawn on the next tick). */
  note(write: () => void): void {
    this.clear();
    write();
  }

  /** Removes the bar; nothing is drawn after this. */
  stop(): void {
    this.stopped = true;
    clearInterval(this.timer);
    this.clear();
  }

  private draw(): void {
    const elapsed = this.now() - this.started;
    if (this.stopped || elapsed < this.delayMs) return;
    const line = progressLine(this.docs, this.bytes, elapsed / 1000, this.total, this.options.stderr.columns || 80);
    this.options.stderr.write(`\r${line}\u001b[K`);
    this.shown = true;
  }

  private clear(): void {
    if (this.shown) this.options.stderr.write('\r\u001b[K');
    this.shown = false;
  }
}

/** A progress reporter that does nothing: what commands get when no bar is wanted. */
export const NO_PROGRESS = { advance: (_bytes: number) => undefined, note: (write: () => void) => write(), stop: () => undefined };
export type ProgressReporter = Pick<Progress, 'advance' | 'note' | 'stop'>;

/** The total size of what `paths` name (undefined with standard input, whose size is unknown). Walked, not listed:
 * a corpus of 150,000 files is never held as a list, and one stat at a time exhausts no file descriptors. */
export async function inputSize(paths: readonly string[], cwd: string): Promise<number | undefined> {
  let total = 0;
  for await (const found of walkInputs(paths, cwd)) {
    if (found.kind !== 'source') continue;
    if (found.source.kind !== 'file') return undefined;
    total += await stat(found.source.absolute).then((st) => st.size, () => 0);
  }
  return total;
}

/** The progress bar for a command over `paths`, or one that does nothing when no one is watching. */
export function startProgress(options: { stderr: OutStream; env: Record<string, string | undefined>; quiet?: boolean; paths: readonly string[]; cwd?: string }): ProgressReporter {
  if (!wantsProgress(options.stderr, options.env, options.quiet)) return NO_PROGRESS;
  return new Progress({ ...options, total: inputSize(options.paths, options.cwd ?? process.cwd()) });
}
