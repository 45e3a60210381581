// One thread of the extraction pool (parallel.ts): extracts each document it is sent and answers with the result.

import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from './index.js';
import { renderDocument, type WorkerData, type WorkerReply, type WorkerTask } from './parallel.js';

const { knowledge, types, form } = workerData as WorkerData;
const port = parentPort!;

port.on('message', ({ id, doc }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: renderDocument(extractDocument(doc, { knowledge, types }), form) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { message: e.message, stack: e.stack } };
  }
  port.postMessage(reply);
});
