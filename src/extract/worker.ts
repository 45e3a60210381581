// One thread of the extraction pool (parallel.ts): extracts each document it is sent and answers with the result.

import { parentPort, workerData } from 'node:worker_threads';
import { extractDocument } from './index.js';
import { resultIn, type WorkerData, type WorkerReply, type WorkerTask } from './parallel.js';

const data = workerData as WorkerData;
const port = parentPort!;

port.on('message', ({ id, doc }: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { id, result: resultIn(doc, extractDocument(doc, { knowledge: data.knowledge, types: data.types }), data) };
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    reply = { id, error: { message: e.message, stack: e.stack } };
  }
  port.postMessage(reply);
});
