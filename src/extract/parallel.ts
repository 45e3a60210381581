// Extraction over worker threads: documents go to a pool of workers and their results come back in input order,
// each as soon as it and every document before it are done. Results are the same bytes whatever the number of
// workers: each document is extracted on its own, by the same code, from the same knowledge.

import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Document, DocumentResult, EntityType } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import { articleParts, type ArticleParts } from '../analyze/compare.js';
import { fundingRowsOf, type FundingRow, type TargetCurrency } from '../analyze/funding.js';
import { csvRowPieces } from '../render/csv.js';
import { ndjsonLinePieces } from '../render/document-json.js';
import { extractDocument } from './index.js';

/**
 * What a result is: the document with its entities; its rendered ndjson line or CSV rows (in pieces: the output of
 * one very large article is longer than a string can be); or all `jpai funding` (its rows) or `jpai compare` (its
 * counts) keeps of it.
 */
export type ResultForm = 'entities' | 'ndjson' | 'csv' | 'funding' | 'compare';

/** What a worker is started with. */
export interface WorkerData {
  knowledge: Knowledge;
  types?: readonly EntityType[];
  form: ResultForm;
  /** The currency funding rows are valued in (form 'funding'). */
  currency?: TargetCurrency;
}

export interface WorkerTask {
  id: number;
  doc: Document;
}

export type WorkerReply = { id: number; result: unknown } | { id: number; error: { message: string; stack?: string } };

/**
 * A document's result in the form asked for, made where the extraction happens: a worker hands back a few strings
 * or rows instead of thousands of objects, and the calling thread never holds the entities or the text.
 */
export function resultIn(doc: Document, result: DocumentResult, data: WorkerData): DocumentResult | string[] | FundingRow[] | ArticleParts {
  if (data.form === 'ndjson') return [...ndjsonLinePieces(result)];
  if (data.form === 'csv') return [...csvRowPieces(result)];
  if (data.form === 'funding') {
    return fundingRowsOf({ path: doc.path, text: doc.text, plain: doc.plain, entities: result.entities }, data.currency ?? 'USD');
  }
  if (data.form === 'compare') return articleParts(doc, result.entities);
  return result;
}

export interface ParallelOptions<F extends ResultForm> {
  knowledge: Knowledge;
  types?: readonly EntityType[];
  /** Worker threads; 1 extracts in the calling thread. */
  jobs: number;
  form: F;
  currency?: TargetCurrency;
  /** Workers start only once this many characters have been submitted: a few articles are done before a worker
   * would have loaded. */
  startAfterChars?: number;
  /** Documents submitted but not yet handed back; `submit` waits while the window is full, so memory stays flat. */
  window?: number;
  /** Characters sent to workers and not yet extracted (at least one document is always let through). */
  windowChars?: number;
  /** Hand each result back with its document (text included), for commands that read the text too. */
  keepDocuments?: boolean;
}

export type ResultOf<F extends ResultForm> = F extends 'entities'
  ? DocumentResult
  : F extends 'funding'
    ? FundingRow[]
    : F extends 'compare'
      ? ArticleParts
      : string[];

const WORKER_FILE = fileURLToPath(new URL('./worker.js', import.meta.url));
// A document's garbage dies young, so a small young generation costs no speed and keeps each worker's memory down
// (peak RSS of two workers over 50 MB: 325 MB with V8's default, 265 MB with this).
const YOUNG_GENERATION_MB = 8;

interface Slot {
  worker: Worker;
  /** Characters sent and not yet answered: the next document goes to the least loaded worker. */
  load: number;
}

/** Which document a result is for: its place in input order, its size, and the document if asked for. */
export interface Done {
  index: number;
  chars: number;
  doc?: Document;
}

interface Pending {
  chars: number;
  doc?: Document;
  done: boolean;
  result?: unknown;
}

/**
 * Submit documents in input order; `onResult` receives each result in that same order. Call `finish` at the end
 * (or `close` to stop early). A worker's failure rejects the next `submit` or `finish`.
 */
export class ExtractionPool<F extends ResultForm> {
  private readonly slots: Slot[] = [];
  private readonly pending = new Map<number, Pending>();
  private submitted = 0;
  private emitted = 0;
  private inFlightChars = 0;
  private submittedChars = 0;
  private failure?: Error;
  private closed = false;
  private wake?: () => void;
  private readonly jobs: number;
  private readonly window: number;
  private readonly windowChars: number;
  private readonly startAfterChars: number;

  constructor(private readonly options: ParallelOptions<F>, private readonly onResult: (result: ResultOf<F>, done: Done) => void) {
    // Workers run the built JavaScript; from TypeScript sources (tests) there is none and the calling thread works.
    this.jobs = existsSync(WORKER_FILE) ? Math.max(1, Math.floor(options.jobs)) : 1;
    this.window = options.window ?? this.jobs * 8;
    this.windowChars = options.windowChars ?? 16_000_000;
    this.startAfterChars = options.startAfterChars ?? 500_000;
  }

  /** Hands a document over; resolves once there is room for the next one. */
  async submit(doc: Document): Promise<void> {
    if (this.failure) throw this.failure;
    if (this.closed) throw new Error('the extraction pool is closed');
    const id = this.submitted++;
    this.submittedChars += doc.chars;
    if (this.jobs === 1 || (this.slots.length === 0 && this.submittedChars < this.startAfterChars)) {
      this.pending.set(id, { chars: doc.chars, doc: this.kept(doc), done: true, result: this.extractHere(doc) });
      this.flush();
      return;
    }
    if (this.slots.length === 0) this.start();
    this.pending.set(id, { chars: doc.chars, doc: this.kept(doc), done: false });
    this.inFlightChars += doc.chars;
    const slot = this.slots.reduce((a, b) => (b.load < a.load ? b : a));
    slot.load += doc.chars;
    const task: WorkerTask = { id, doc };
    slot.worker.postMessage(task);
    while (!this.failure && !this.closed && this.pending.size > 0 && (this.pending.size >= this.window || this.inFlightChars >= this.windowChars)) {
      await new Promise<void>((resolve) => (this.wake = resolve));
    }
    if (this.failure) throw this.failure;
  }

  /** Waits for every submitted document, then stops the workers. */
  async finish(): Promise<void> {
    while (!this.failure && !this.closed && this.pending.size > 0) await new Promise<void>((resolve) => (this.wake = resolve));
    await this.close();
    if (this.failure) throw this.failure;
  }

  /** Stops the workers; results not yet handed back are dropped. */
  async close(): Promise<void> {
    this.closed = true;
    this.wakeUp();
    const slots = this.slots.splice(0);
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }

  private kept(doc: Document): Document | undefined {
    return this.options.keepDocuments ? doc : undefined;
  }

  private workerData(): WorkerData {
    const { knowledge, types, form, currency } = this.options;
    return { knowledge, types, form, currency };
  }

  private extractHere(doc: Document): unknown {
    const result = extractDocument(doc, { knowledge: this.options.knowledge, types: this.options.types });
    return resultIn(doc, result, this.workerData());
  }

  private start(): void {
    const workerData = this.workerData();
    for (let i = 0; i < this.jobs; i++) {
      const worker = new Worker(WORKER_FILE, { workerData, resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
      const slot: Slot = { worker, load: 0 };
      worker.on('message', (reply: WorkerReply) => this.receive(slot, reply));
      worker.on('error', (err) => this.fail(err));
      worker.on('exit', (code) => {
        if (this.slots.includes(slot)) this.fail(new Error(`an extraction worker stopped (exit code ${code})`));
      });
      this.slots.push(slot);
    }
  }

  private receive(slot: Slot, reply: WorkerReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    slot.load -= p.chars;
    this.inFlightChars -= p.chars;
    if ('error' in reply) {
      this.fail(Object.assign(new Error(reply.error.message), { stack: reply.error.stack }));
      return;
    }
    p.done = true;
    p.result = reply.result;
    this.flush();
  }

  /** Hands back every result whose predecessors are all done. */
  private flush(): void {
    try {
      for (let p = this.pending.get(this.emitted); p?.done; p = this.pending.get(this.emitted)) {
        this.pending.delete(this.emitted);
        this.onResult(p.result as ResultOf<F>, { index: this.emitted++, chars: p.chars, doc: p.doc });
      }
    } catch (err) {
      this.fail(err as Error);
    }
    this.wakeUp();
  }

  private fail(err: Error): void {
    this.failure ??= err;
    this.wakeUp();
  }

  private wakeUp(): void {
    const wake = this.wake;
    this.wake = undefined;
    wake?.();
  }
}
