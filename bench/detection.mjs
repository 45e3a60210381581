#!/usr/bin/env node
// One timed detection pass over the bench's sample, in a process of its own: `node bench/detection.mjs jpai|compromise
// BYTES` prints {"seconds", "bytes"}. Each side gets its own process because, sharing one, jpai's time included
// collecting garbage over compromise's large heap (jpai measured 3.5-5.3 MB/s next to compromise, 8.3-9.5 alone).
// Both first run untimed passes for at least a second, so neither is timed while its code is still being compiled
// (jpai's first pass over 156 KB runs at a fifth of its speed); then the median of three timed passes.

import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { sampleTexts } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const [tool, bytes] = process.argv.slice(2);
const { texts, bytes: size } = sampleTexts(root, Number(bytes));

async function detector() {
  if (tool === 'jpai') {
    const { extractEntities } = await import(pathToFileURL(join(root, 'dist/extract/index.js')).href);
    const { loadKnowledge } = await import(pathToFileURL(join(root, 'dist/knowledge/index.js')).href);
    const knowledge = loadKnowledge();
    return (text) => extractEntities({ text }, { knowledge });
  }
  if (tool === 'compromise') {
    const nlp = (await import('compromise')).default;
    nlp.extend((await import('compromise-dates')).default);
    return (text) => {
      const doc = nlp(text);
      doc.money().out('array');
      doc.organizations().out('array');
      doc.dates().out('array');
    };
  }
  throw new Error(`bench/detection.mjs: unknown tool "${tool}"; use jpai or compromise`);
}

function timedPass() {
  const start = process.hrtime.bigint();
  for (const text of texts) detect(text);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

const detect = await detector();
for (let warm = 0; warm < 1; ) warm += timedPass();
const passes = [timedPass(), timedPass(), timedPass()].sort((a, b) => a - b);
const seconds = passes[1];
process.stdout.write(`${JSON.stringify({ seconds, bytes: size })}\n`);
