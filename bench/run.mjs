#!/usr/bin/env node
// The performance record. Builds corpora of the sizes asked for in a temp folder (bench/corpus.mjs: grown from
// corpus/ with varied names, numbers and dates; never committed), runs every command over each as a user would
// (the built CLI, output to /dev/null) and reports MB/s, articles/s and peak RSS; measures extraction in-process on
// one core, compromise's own detection on a sample of the same text, and cold starts. Prints a table with the
// issue's targets and writes bench/results.json.
//
// Usage: npm run bench                                   10 MB and 100 MB (a few minutes on two cores)
//        npm run bench:full                              the same as the next line
//        npm run bench -- --sizes 10,100,1000 --single 200 --many 100000
//                                                       also 1 GB, one 200 MB file and 100,000 one-paragraph files
// Options: --runs N (default 3 for extract up to 10 MB, else 1), --jobs N (default: cores), --keep (keep the corpora),
//          --commands extract,funding,... (default: all), --compromise-kb N (default 150),
//          --timeout-min N (default 15: a command still running then is stopped and reported).

import { closeSync, mkdtempSync, openSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { availableParallelism, cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildCorpus, buildManyFiles, buildSingleFile, sampleTexts } from './corpus.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(`--${name}`);
  return i === -1 ? fallback : argv[i + 1];
};
const SIZES = option('sizes', '10,100').split(',').map(Number);
const JOBS = Number(option('jobs', availableParallelism()));
const SINGLE_MB = Number(option('single', 0));
const MANY_FILES = Number(option('many', 0));
const KEEP = argv.includes('--keep');
const COMPROMISE_BYTES = Number(option('compromise-kb', 150)) * 1000;
// Extraction, which the targets are about, is repeated on the small corpus for a median; the other commands run once.
const runsFor = (mb, command = 'extract') => Number(option('runs', mb <= 10 && command === 'extract' ? 3 : 1));
const ONLY = option('commands', undefined)?.split(',');
// A command that goes quadratic is stopped and reported as timed out rather than holding the run for hours.
const TIMEOUT_MS = Number(option('timeout-min', 15)) * 60 * 1000;

const BIN = join(root, 'bin/jpai.js');
const work = mkdtempSync(join(tmpdir(), 'jpai-bench-'));
const USAGE_HOOK = pathToFileURL(join(root, 'bench/usage.mjs')).href;

/** The commands measured, as a user runs them (JSON where there is a choice, so nothing is cut to a terminal). */
const COMMANDS = [
  { name: 'extract --jobs 1', command: 'extract', args: ['--format', 'ndjson', '--jobs', '1'], maxMB: 100 },
  { name: `extract --jobs ${JOBS}`, command: 'extract', args: ['--format', 'ndjson', '--jobs', String(JOBS)] },
  { name: 'funding', command: 'funding', args: ['--format', 'json'] },
  { name: 'compare', command: 'compare', args: ['--format', 'json'] },
  { name: 'timeline', command: 'timeline', args: ['--format', 'json'] },
  { name: 'keywords', command: 'keywords', args: ['--format', 'json'] },
].filter((c) => !ONLY || ONLY.includes(c.command));

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const round = (x, digits = 1) => Number(x.toFixed(digits));

function machine() {
  return {
    cpus: cpus().length,
    model: cpus()[0]?.model?.trim(),
    memoryGB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`,
  };
}

/** Runs the built CLI once, stdout to /dev/null; wall time, peak RSS and CPU time of the whole process. */
function runCli(args) {
  const usageFile = join(work, 'usage.json');
  rmSync(usageFile, { force: true });
  const devnull = openSync('/dev/null', 'w');
  const t = process.hrtime.bigint();
  const res = spawnSync(process.execPath, ['--import', USAGE_HOOK, BIN, ...args], {
    stdio: ['ignore', devnull, 'pipe'],
    env: { ...process.env, JPAI_BENCH_USAGE: usageFile, CI: '1' },
    timeout: TIMEOUT_MS,
    maxBuffer: 64 * 2 ** 20,
  });
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  closeSync(devnull);
  const usage = existsSync(usageFile) ? JSON.parse(readFileSync(usageFile, 'utf8')) : undefined;
  const stderr = res.stderr?.toString() ?? '';
  const failed = res.error?.code === 'ETIMEDOUT' ? `timed out after ${TIMEOUT_MS / 60000} min`
    : res.error ? res.error.message
    : res.status !== 0 ? `exit ${res.status ?? res.signal}: ${stderr.trim().split('\n').slice(-1)[0]}` : undefined;
  return { seconds, usage, failed };
}

function measureCommand(c, corpus, input) {
  const runs = [];
  const count = runsFor(corpus.mb, c.command);
  for (let r = 0; r < count; r++) {
    const run = runCli([c.command, input, ...c.args]);
    if (run.failed) return { failed: run.failed };
    runs.push(run);
  }
  const seconds = median(runs.map((r) => r.seconds));
  const chosen = runs.find((r) => r.seconds === seconds);
  const cpuSeconds = chosen.usage ? (chosen.usage.userMs + chosen.usage.systemMs) / 1000 : undefined;
  return {
    runs: count,
    seconds: round(seconds, 2),
    mbPerSecond: round(corpus.mb / seconds, 2),
    docsPerSecond: Math.round(corpus.files / seconds),
    peakRssMB: chosen.usage ? Math.round(chosen.usage.maxRssKB / 1024) : undefined,
    cpuSeconds: cpuSeconds === undefined ? undefined : round(cpuSeconds, 2),
  };
}

function timeRuns(runs, fn) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    fn();
    times.push(Number(process.hrtime.bigint() - t) / 1e9);
  }
  return median(times);
}

/** Extraction in this process on one core; then compromise's money, organization and date detection and jpai's on the same sample, each in a process of its own. */
async function inProcess() {
  const { extractEntities } = await import(pathToFileURL(join(root, 'dist/extract/index.js')).href);
  const { loadKnowledge } = await import(pathToFileURL(join(root, 'dist/knowledge/index.js')).href);
  const knowledge = loadKnowledge();
  const corpus = sampleTexts(root, 10e6);
  let entities = 0;
  const seconds = timeRuns(3, () => {
    entities = 0;
    for (const text of corpus.texts) entities += extractEntities({ text }, { knowledge }).length;
  });
  // compromise runs about a thousand times slower, so it gets the first articles of the same text, and jpai again
  // exactly those, each in a process of its own (bench/detection.mjs), taking turns so that both see the same machine:
  // on a shared one, a burst of other work would skew the ratio.
  const compromiseTimes = [];
  const jpaiTimes = [];
  let sampleBytes = 0;
  for (let r = 0; r < 3; r++) {
    for (const [tool, times] of [['compromise', compromiseTimes], ['jpai', jpaiTimes]]) {
      const run = spawnSync(process.execPath, [join(root, 'bench/detection.mjs'), tool, String(COMPROMISE_BYTES)], { encoding: 'utf8' });
      if (run.status !== 0) throw new Error(`bench/detection.mjs ${tool} failed: ${run.stderr}`);
      const { seconds, bytes } = JSON.parse(run.stdout);
      times.push(seconds);
      sampleBytes = bytes;
    }
  }
  const compromiseSeconds = median(compromiseTimes);
  const jpaiSeconds = median(jpaiTimes);
  return {
    library: { mb: round(corpus.bytes / 1e6, 2), articles: corpus.texts.length, entities, mbPerSecond: round(corpus.bytes / 1e6 / seconds, 2) },
    compromise: {
      sampleKB: Math.round(sampleBytes / 1000),
      compromiseMBps: round(sampleBytes / 1e6 / compromiseSeconds, 4),
      jpaiMBps: round(sampleBytes / 1e6 / jpaiSeconds, 2),
      ratio: Math.round(compromiseSeconds / jpaiSeconds),
    },
  };
}

function coldStart(args, runs = 7) {
  const times = [];
  for (let r = 0; r < runs; r++) {
    const t = process.hrtime.bigint();
    const res = spawnSync(process.execPath, [BIN, ...args], { encoding: 'utf8' });
    times.push(Number(process.hrtime.bigint() - t) / 1e6);
    if (res.status !== 0) throw new Error(`jpai ${args.join(' ')} exited ${res.status}: ${res.stderr}`);
  }
  return Math.round(median(times));
}

function targets(results) {
  const out = [];
  const check = (name, value, ok, target) => out.push({ name, value, target, met: value === undefined ? undefined : ok });
  const lib = results.library.mbPerSecond;
  check('extract, one core (library)', `${lib} MB/s`, lib >= 40, '≥ 40 MB/s');
  const both = results.sizes.filter((s) => s.commands['extract --jobs 1']?.mbPerSecond && s.commands[`extract --jobs ${JOBS}`]?.mbPerSecond).pop();
  if (both) {
    const speedup = both.commands[`extract --jobs ${JOBS}`].mbPerSecond / both.commands['extract --jobs 1'].mbPerSecond;
    check(`extract, ${JOBS} workers vs 1 (${both.mb} MB)`, `${round(speedup, 2)}×`, speedup >= 1.7, '≥ 1.7×');
  }
  check('jpai vs compromise, same text', `${results.compromise.ratio}×`, results.compromise.ratio >= 100, '≥ 100×');
  const largest = results.sizes[results.sizes.length - 1];
  if (largest) {
    for (const name of [`extract --jobs ${JOBS}`, 'funding', 'compare']) {
      const m = largest.commands[name];
      if (m?.failed) check(`peak RSS, ${name} (${largest.mb} MB)`, m.failed.slice(0, 40), false, '≤ 300 MB');
      else if (m?.peakRssMB !== undefined) check(`peak RSS, ${name} (${largest.mb} MB)`, `${m.peakRssMB} MB`, m.peakRssMB <= 300, '≤ 300 MB');
    }
    const e = largest.commands[`extract --jobs ${JOBS}`];
    if (largest.mb >= 900 && e?.seconds) check(`extract ${largest.mb} MB on ${JOBS} cores`, `${e.seconds} s`, e.seconds < 60, '< 60 s');
  }
  if (results.many) {
    const e = results.many.commands[`extract --jobs ${JOBS}`];
    check(`${results.many.files} small files`, e.failed ?? `${e.seconds} s, ${e.peakRssMB} MB`, !e.failed, 'works');
  }
  if (results.single) {
    const e = results.single.commands[`extract --jobs ${JOBS}`];
    check(`one ${results.single.mb} MB file`, e.failed ?? `${e.seconds} s, ${e.peakRssMB} MB`, !e.failed, 'works');
  }
  check('cold start: jpai --version', `${results.coldStartMs.version} ms`, results.coldStartMs.version <= 100, '≤ 100 ms');
  check('cold start: extract one article', `${results.coldStartMs.extractOneArticle} ms`, results.coldStartMs.extractOneArticle <= 250, '≤ 250 ms');
  return out;
}

function table(rows) {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => String(r[i]).length)));
  return rows.map((r) => r.map((cell, i) => (i === 0 ? String(cell).padEnd(widths[i]) : String(cell).padStart(widths[i]))).join('  ')).join('\n');
}

/** Commands that failed on a smaller corpus are not run again on a larger one (they would fail slower). */
const failedAt = new Map();

function measureCorpus(label, corpus, dir, size) {
  const commands = {};
  for (const c of COMMANDS) {
    if (c.maxMB && size > c.maxMB) continue;
    if (failedAt.has(c.name)) {
      commands[c.name] = { failed: `not run: failed on ${failedAt.get(c.name)}` };
      continue;
    }
    process.stderr.write(`bench: ${label}: ${c.name} ...\n`);
    commands[c.name] = measureCommand(c, corpus, dir);
    if (commands[c.name].failed) failedAt.set(c.name, label);
  }
  return { mb: round(corpus.mb, 1), files: corpus.files, commands };
}

try {
  const results = { date: new Date().toISOString(), machine: machine(), loadAverageAtStart: loadavg().map((l) => round(l, 2)), jobs: JOBS };
  process.stderr.write('bench: extraction in-process and compromise on the same text ...\n');
  Object.assign(results, await inProcess());
  results.sizes = [];
  for (const mb of SIZES) {
    const dir = join(work, `corpus-${mb}mb`);
    process.stderr.write(`bench: building a ${mb} MB corpus ...\n`);
    const built = buildCorpus(root, dir, mb * 1e6);
    results.sizes.push(measureCorpus(`${mb} MB`, { mb: built.bytes / 1e6, files: built.files }, dir, mb));
    if (!KEEP) rmSync(dir, { recursive: true, force: true });
  }
  if (SINGLE_MB > 0) {
    const c = COMMANDS.find((x) => x.name === `extract --jobs ${JOBS}`);
    const file = join(work, `one-${SINGLE_MB}mb.txt`);
    if (!c) throw new Error('--single measures extract; leave extract in --commands');
    process.stderr.write(`bench: building one ${SINGLE_MB} MB file ...\n`);
    const built = buildSingleFile(root, file, SINGLE_MB * 1e6);
    const m = measureCommand(c, { mb: built.bytes / 1e6, files: 1 }, file);
    results.single = { mb: round(built.bytes / 1e6, 1), commands: { [c.name]: m } };
    rmSync(file, { force: true });
  }
  if (MANY_FILES > 0) {
    const c = COMMANDS.find((x) => x.name === `extract --jobs ${JOBS}`);
    if (!c) throw new Error('--many measures extract; leave extract in --commands');
    const dir = join(work, 'many');
    process.stderr.write(`bench: writing ${MANY_FILES} small files ...\n`);
    const built = buildManyFiles(root, dir, MANY_FILES);
    const m = measureCommand(c, { mb: built.bytes / 1e6, files: built.files }, dir);
    results.many = { mb: round(built.bytes / 1e6, 1), files: built.files, commands: { [c.name]: m } };
    rmSync(dir, { recursive: true, force: true });
  }
  results.coldStartMs = {
    version: coldStart(['--version']),
    extractOneArticle: coldStart(['extract', join(root, 'corpus/japans-ai-diplomacy.txt'), '--format', 'json']),
  };
  results.loadAverageAtEnd = loadavg().map((l) => round(l, 2));
  results.targets = targets(results);
  writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`);

  const m = results.machine;
  console.log(`jpai ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} on ${m.model}, ${m.cpus} cores, ${m.memoryGB} GB, Node ${m.node}, ${m.os}`);
  console.log(`load average at start ${results.loadAverageAtStart.join(' ')}, at end ${results.loadAverageAtEnd.join(' ')}\n`);
  const rows = [['corpus', 'command', 'seconds', 'MB/s', 'articles/s', 'peak RSS MB', 'CPU s']];
  const all = [
    ...results.sizes.map((s) => ({ label: `${s.mb} MB, ${s.files} files`, s })),
    ...(results.single ? [{ label: `one ${results.single.mb} MB file`, s: results.single }] : []),
    ...(results.many ? [{ label: `${results.many.mb} MB, ${results.many.files} files`, s: results.many }] : []),
  ];
  for (const { label, s } of all) {
    for (const [name, r] of Object.entries(s.commands)) {
      rows.push(r.failed ? [label, name, r.failed.slice(0, 60), '', '', '', ''] : [label, name, r.seconds, r.mbPerSecond, r.docsPerSecond, r.peakRssMB ?? '', r.cpuSeconds ?? '']);
    }
  }
  console.log(table(rows));
  console.log(`\nextract in-process, one core, ${results.library.mb} MB: ${results.library.mbPerSecond} MB/s`);
  const cmp = results.compromise;
  console.log(`compromise (money, organizations, dates) on ${cmp.sampleKB} KB of it: ${cmp.compromiseMBps} MB/s; jpai on the same: ${cmp.jpaiMBps} MB/s (${cmp.ratio}×)`);
  console.log(`cold start: --version ${results.coldStartMs.version} ms, extract one article ${results.coldStartMs.extractOneArticle} ms (medians of 7)\n`);
  console.log(table([['target', 'measured', 'wanted', ''], ...results.targets.map((t) => [t.name, t.value, t.target, t.met === undefined ? '' : t.met ? 'met' : 'MISSED'])]));
} finally {
  rmSync(work, { recursive: true, force: true });
}
