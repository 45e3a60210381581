// The benchmark's corpora: articles grown from corpus/ with varied names, places, numbers and dates, cut and
// recombined so that sizes vary and nothing is trivially repeated. Deterministic: the same size gives the same files.
// Written to a temp folder by run.mjs; never committed.

import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** A small deterministic generator (an LCG), so every run builds the same corpus. */
export function random(seed = 42) {
  let s = seed;
  const next = () => (s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return { next, pick: (xs) => xs[Math.floor(next() * xs.length)], int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)) };
}

const SURNAMES = ['Kishida', 'Suga', 'Ishiba', 'Takaichi', 'Kono', 'Motegi', 'Hayashi', 'Nishimura', 'Saito', 'Matsumoto', 'Tanaka', 'Yamamoto'];
const PLACES = ['Tokyo', 'Osaka', 'Nagoya', 'Sapporo', 'Fukuoka', 'Sendai', 'Kobe', 'Hiroshima', 'Kyoto', 'Yokohama', 'Niigata', 'Okayama'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const COMPANIES = ['Sakura Robotics', 'Hikari Labs', 'Aozora Compute', 'Kumo Systems', 'Midori AI', 'Tsubasa Networks'];

function vary(text, r) {
  return text
    .replace(/\b(?:19|20)\d\d\b/g, () => String(r.int(2010, 2026)))
    .replace(/\b\d+(?:\.\d+)?(?= (?:million|billion|trillion))/g, () => (r.next() * 900 + 1).toFixed(r.int(0, 1)))
    .replace(new RegExp(`\\b(${MONTHS.join('|')}) \\d{1,2}\\b`, 'g'), () => `${r.pick(MONTHS)} ${r.int(1, 28)}`)
    .replace(/\bKishida\b/g, () => r.pick(SURNAMES))
    .replace(/\bTokyo\b/g, () => r.pick(PLACES))
    .replace(/\b(?:Sakana AI|Preferred Networks|SoftBank)\b/g, () => r.pick(COMPANIES));
}

/** One article: a source's title, then a run of its paragraphs (sometimes followed by another source's), varied. */
function article(sources, r) {
  const a = r.pick(sources);
  const start = r.int(0, Math.max(0, a.paragraphs.length - 4));
  const length = r.int(3, a.paragraphs.length);
  const body = a.paragraphs.slice(start, start + length);
  if (r.next() < 0.25) {
    const b = r.pick(sources);
    const from = r.int(0, Math.max(0, b.paragraphs.length - 6));
    body.push(...b.paragraphs.slice(from, from + r.int(2, 12)));
  }
  return vary(`${a.title}\n\n${body.join('\n\n')}\n`, r);
}

export function readSources(root) {
  const dir = join(root, 'corpus');
  return readdirSync(dir).sort().map((f) => {
    const text = readFileSync(join(dir, f), 'utf8');
    // Paragraphs are separated by blank lines, or (in some files) by single line breaks.
    const blocks = text.split(/\r?\n\s*\r?\n/);
    const [title, ...rest] = blocks.length > 2 ? blocks : text.split(/\r?\n/);
    return { title, paragraphs: rest.filter((p) => p.trim() !== '') };
  });
}

/** Writes articles into `dir` until they add up to `bytes`; returns the corpus's size and files. */
export function buildCorpus(root, dir, bytes, seed = 42) {
  mkdirSync(dir, { recursive: true });
  const sources = readSources(root);
  const r = random(seed);
  let size = 0;
  let files = 0;
  while (size < bytes) {
    const text = article(sources, r);
    // 100 files a folder, as a clipping tool might file them; the CLI is given the top folder.
    const sub = join(dir, `batch-${String(Math.floor(files / 100)).padStart(5, '0')}`);
    if (files % 100 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `article-${String(files).padStart(7, '0')}.txt`), text);
    size += Buffer.byteLength(text);
    files++;
  }
  return { bytes: size, files };
}

/** `count` short notes (a paragraph each, about a kilobyte), 1,000 to a folder: many files, little text. */
export function buildManyFiles(root, dir, count, seed = 11) {
  const sources = readSources(root);
  const r = random(seed);
  let size = 0;
  for (let i = 0; i < count; i++) {
    const a = r.pick(sources);
    const paragraph = r.pick(a.paragraphs);
    const cut = paragraph.length > 900 ? paragraph.lastIndexOf(' ', 900) : paragraph.length;
    const text = vary(`${a.title}\n\n${paragraph.slice(0, cut)}\n`, r);
    const sub = join(dir, `batch-${String(Math.floor(i / 1000)).padStart(4, '0')}`);
    if (i % 1000 === 0) mkdirSync(sub, { recursive: true });
    writeFileSync(join(sub, `note-${String(i).padStart(7, '0')}.txt`), text);
    size += Buffer.byteLength(text);
  }
  return { bytes: size, files: count };
}

/** One file of `bytes`: articles one after another, as an export of a whole clipping archive might be. */
export function buildSingleFile(root, file, bytes, seed = 7) {
  const sources = readSources(root);
  const r = random(seed);
  const parts = [];
  let size = 0;
  while (size < bytes) {
    const text = article(sources, r);
    parts.push(text, '\n');
    size += Buffer.byteLength(text) + 1;
  }
  writeFileSync(file, parts.join(''));
  return { bytes: size, files: 1 };
}

/** The first articles of a corpus, up to `bytes`, as texts (for measuring in-process). */
export function sampleTexts(root, bytes, seed = 42) {
  const sources = readSources(root);
  const r = random(seed);
  const texts = [];
  let size = 0;
  while (size < bytes) {
    const text = article(sources, r);
    texts.push(text);
    size += Buffer.byteLength(text);
  }
  return { texts, bytes: size };
}
