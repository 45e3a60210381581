#!/usr/bin/env node
// The performance record: builds a corpus scaled up from corpus/ in a temp folder (varied names, numbers and dates,
// never committed), measures jpai's extraction throughput, compromise's own money/organization/date detection on
// the same text, and cold-start times; prints a table and writes bench/results.json.
// Usage: npm run bench [-- --mb 10 --runs 3]

import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join, dirname } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i === -1 ? fallback : Number(process.argv[i + 1]);
};
const MB = arg('mb', 10);
const RUNS = arg('runs', 3);
const COMPROMISE_BYTES = arg('compromise-kb', 150) * 1000;

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

// A small deterministic generator, so every run builds the same corpus.
let seed = 42;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
const pick = (xs) => xs[Math.floor(rand() * xs.length)];
const SURNAMES = ['Kishida', 'Suga', 'Ishiba', 'Takaichi', 'Kono', 'Motegi', 'Hayashi', 'Nishimura', 'Saito', 'Matsumoto'];
const PLACES = ['Tokyo', 'Osaka', 'Nagoya', 'Sapporo', 'Fukuoka', 'Sendai', 'Kobe', 'Hiroshima', 'Kyoto', 'Yokohama'];

function vary(text) {
  return text
    .replace(/\b(19|20)\d\d\b/g, () => String(2010 + Math.floor(rand() * 17)))
    .replace(/\b\d+(?:\.\d+)?(?= (?:million|billion|trillion))/g, () => (rand() * 900 + 1).toFixed(1))
    .replace(/\bKishida\b/g, () => pick(SURNAMES))
    .replace(/\bTokyo\b/g, () => pick(PLACES));
}

function buildCorpus(dir, bytes) {
  const sources = readdirSync(join(root, 'corpus')).map((f) => readFileSync(join(root, 'corpus', f), 'utf8'));
  let size = 0;
  let n = 0;
  const texts = [];
  while (size < bytes) {
    const text = vary(sources[n % sources.length]);
    const name = join(dir, `article-${String(n).padStart(6, '0')}.txt`);
    writeFileSync(name, text);
    texts.push(text);
    size += Buffer.byteLength(text);
    n++;
  }
  return { texts, bytes: size, files: n };
}

function timeRuns(fn) {
  const times = [];
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(times);
}

function coldStart(args, runs = 7) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [join(root, 'bin/jpai.js'), ...args], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (res.status !== 0) throw new Error(`jpai ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  }
  return median(times);
}

const dir = mkdtempSync(join(tmpdir(), 'jpai-bench-'));
try {
  const corpus = buildCorpus(dir, MB * 1e6);
  const mb = corpus.bytes / 1e6;
  const { extractEntities } = await import(join(root, 'dist/extract/index.js'));
  const { loadKnowledge } = await import(join(root, 'dist/knowledge/index.js'));
  const knowledge = loadKnowledge();
  let entities = 0;
  const core = timeRuns(() => {
    entities = 0;
    for (const text of corpus.texts) entities += extractEntities({ text }, { knowledge }).length;
  });

  const cliTimes = [];
  for (let r = 0; r < RUNS; r++) {
    const t = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [join(root, 'bin/jpai.js'), 'extract', '--format', 'ndjson', dir], { maxBuffer: 1 << 30 });
    cliTimes.push(Number(process.hrtime.bigint() - t) / 1e9);
    if (res.status !== 0) throw new Error(`jpai extract exited ${res.status}: ${res.stderr}`);
  }
  const cli = median(cliTimes);

  // compromise is ~0.04 MB/s, so it runs on the first articles of the same corpus, and jpai again on exactly those.
  const sample = [];
  let sampleBytes = 0;
  for (const text of corpus.texts) {
    if (sampleBytes >= COMPROMISE_BYTES) break;
    sample.push(text);
    sampleBytes += Buffer.byteLength(text);
  }
  const nlp = (await import('compromise')).default;
  nlp.extend((await import('compromise-dates')).default);
  const compromise = timeRuns(() => {
    for (const text of sample) {
      const doc = nlp(text);
      doc.money().out('array');
      doc.organizations().out('array');
      doc.dates().out('array');
    }
  });
  const jpaiSample = timeRuns(() => {
    for (const text of sample) extractEntities({ text }, { knowledge });
  });

  const results = {
    date: new Date().toISOString(),
    machine: { cpus: cpus().length, model: cpus()[0]?.model, memoryGB: Math.round(totalmem() / 2 ** 30), node: process.version },
    corpus: { mb: Number(mb.toFixed(2)), files: corpus.files },
    runs: RUNS,
    extract: {
      coreMBps: Number((mb / core).toFixed(2)),
      cliMBps: Number((mb / cli).toFixed(2)),
      docsPerSecond: Math.round(corpus.files / cli),
      entities,
    },
    compromise: {
      sampleKB: Math.round(sampleBytes / 1000),
      compromiseMBps: Number((sampleBytes / 1e6 / compromise).toFixed(4)),
      jpaiMBps: Number((sampleBytes / 1e6 / jpaiSample).toFixed(2)),
      ratio: Math.round(compromise / jpaiSample),
    },
    coldStartMs: {
      version: Math.round(coldStart(['--version'])),
      extractOneArticle: Math.round(coldStart(['extract', join(root, 'corpus/japans-ai-diplomacy.txt'), '--format', 'json'])),
    },
  };
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);
  const rows = [
    ['corpus', `${results.corpus.mb} MB in ${corpus.files} files (median of ${RUNS} runs)`],
    ['extract, library, 1 core', `${results.extract.coreMBps} MB/s`],
    ['extract, CLI (read + extract + ndjson)', `${results.extract.cliMBps} MB/s, ${results.extract.docsPerSecond} docs/s`],
    [`compromise money+orgs+dates on ${results.compromise.sampleKB} KB`, `${results.compromise.compromiseMBps} MB/s`],
    ['jpai on the same text', `${results.compromise.jpaiMBps} MB/s (${results.compromise.ratio}x compromise)`],
    ['cold start: jpai --version', `${results.coldStartMs.version} ms (median of 7)`],
    ['cold start: jpai extract one article', `${results.coldStartMs.extractOneArticle} ms (median of 7)`],
  ];
  const width = Math.max(...rows.map((r) => r[0].length));
  for (const [k, v] of rows) console.log(`${k.padEnd(width)}  ${v}`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
