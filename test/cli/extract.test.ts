import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS } from '../../src/render/csv.js';
import type { ExtractResult } from '../../src/types.js';
import { lines, runCli } from './run-cli.js';

const ANSI = /\u001b\[/;
const CRLF = 'test/fixtures/inputs/crlf-article.txt';
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-cli-'));
  writeFileSync(path.join(dir, 'good.txt'), 'Budget note\nThe Digital Agency requested 10 billion yen in March 2024.\n');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Note\nThe Minist\xe8re met the Cabinet Office in May 2024.\n', 'latin1'));
  writeFileSync(path.join(dir, 'utf16.txt'), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 note\r\nThe Cabinet Office met in 2023.', 'utf16le')]));
  mkdirSync(path.join(dir, 'images'));
  writeFileSync(path.join(dir, 'images', 'chart.png'), Buffer.from([0x89, 0x50, 0x4e, 0x47]));
  writeFileSync(path.join(dir, 'bad-knowledge.json'), JSON.stringify({ agencies: [{ name: 'Quantum Bureau', aliases: 'QB' }] }));
  writeFileSync(
    path.join(dir, 'knowledge.json'),
    JSON.stringify({ agencies: [{ name: 'Zephyr Oversight Board', abbreviation: 'ZOB', jurisdiction: 'JP', source: 'test' }] }),
  );
  writeFileSync(
    path.join(dir, 'more-knowledge.json'),
    JSON.stringify({ agencies: [{ name: 'Aurora Standards Office', jurisdiction: 'JP', source: 'test' }] }),
  );
  writeFileSync(
    path.join(dir, 'zephyr.txt'),
    'Zephyr note\nThe Zephyr Oversight Board (ZOB) met the Aurora Standards Office on May 1, 2024. ZOB said little.\n',
  );
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (argv: string[], env: Record<string, string> = {}) => runCli(argv, { cwd: dir, env });

describe('jpai extract: inputs', () => {
  it('reports each bad input in one line naming the file, processes the rest, and exits 2', async () => {
    const { code, stdout, stderr } = await inDir([
      'extract', 'missing.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'images', '*.pdf', 'good.txt', 'utf16.txt', '--json',
    ]);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([
      'jpai: missing.txt: no such file or folder; check the path',
      'jpai: empty.txt: is empty; add the article text or leave the file out',
      'jpai: binary.txt: looks like a binary file (it contains NUL bytes), skipped; jpai reads plain-text articles saved as UTF-8 .txt or .md',
      'jpai: latin1.txt: is not UTF-8; read as Windows-1252 (Latin-1), which it looks like; re-save it as UTF-8 to be sure accents and quotes are right',
      'jpai: images: folder has no .txt, .md or .html files; put the articles there as .txt, .md or .html, or name the files directly',
      'jpai: *.pdf: glob matched no files; check the pattern (and quote it, so jpai expands it, not the shell)',
    ]);
    const result = JSON.parse(stdout) as ExtractResult;
    expect(result.documents.map((d) => d.path)).toEqual(['latin1.txt', 'good.txt', 'utf16.txt']);
    expect(result.errors.map((e) => e.path)).toEqual(['missing.txt', 'empty.txt', 'binary.txt', 'images', '*.pdf']);
    expect(result.documents[2].title).toBe('UTF-16 note');
  });

  it('exits 0 when every input was read, even with a warning; -q hides warnings, not errors', async () => {
    const warned = await inDir(['extract', 'latin1.txt', 'good.txt', '--json']);
    expect(warned.code).toBe(0);
    expect(lines(warned.stderr)).toHaveLength(1);
    const quiet = await inDir(['extract', 'latin1.txt', 'missing.txt', '-q', '--json']);
    expect([quiet.code, lines(quiet.stderr)]).toEqual([2, ['jpai: missing.txt: no such file or folder; check the path']]);
  });

  it('reads standard input for "-"', async () => {
    const { code, stdout, stderr } = await runCli(['extract', '-', '--json'], { stdin: 'Piped note\nThe Cabinet Office met in April 2024.\n' });
    expect([code, stderr]).toEqual([0, '']);
    const [doc] = (JSON.parse(stdout) as ExtractResult).documents;
    expect(doc).toMatchObject({ path: '<stdin>', title: 'Piped note', chars: 49 });
  });

  it('keeps offsets pointing into a CRLF file: every entity text is the slice it names', async () => {
    const source = readFileSync(CRLF, 'utf8');
    expect(source).toContain('\r\n');
    const { code, stdout } = await runCli(['extract', CRLF, '--json']);
    expect(code).toBe(0);
    const { entities } = (JSON.parse(stdout) as ExtractResult).documents[0];
    expect(entities.length).toBeGreaterThan(0);
    for (const e of entities) {
      expect(source.slice(e.start, e.end)).toBe(e.text);
      const lineStart = source.split('\n').slice(0, e.line - 1).join('\n').length + (e.line > 1 ? 1 : 0);
      expect(lineStart + e.column - 1).toBe(e.start);
    }
  });

  it('loads a file named twice once', async () => {
    const { stdout } = await inDir(['extract', 'good.txt', './good.txt', dir + '/good.txt', '--json']);
    expect((JSON.parse(stdout) as ExtractResult).documents).toHaveLength(1);
  });
});

describe('jpai extract: --knowledge', () => {
  it("adds the user's own bodies to what is found, from every file given", async () => {
    const argv = ['extract', 'zephyr.txt', '--knowledge', 'knowledge.json', '--knowledge', 'more-knowledge.json', '--types', 'agency', '--json'];
    const { code, stdout } = await inDir(argv);
    expect(code).toBe(0);
    const agencies = (JSON.parse(stdout) as ExtractResult).documents[0].entities;
    expect(agencies.map((e) => e.canonical)).toEqual(expect.arrayContaining(['Zephyr Oversight Board', 'Aurora Standards Office']));
  });

  it('reports a bad knowledge file by name and field, and exits 2 before reading anything', async () => {
    const { code, stdout, stderr } = await inDir(['extract', 'good.txt', '--knowledge', 'bad-knowledge.json']);
    expect([code, stdout]).toEqual([2, '']);
    expect(lines(stderr)).toEqual([`jpai: ${path.join(dir, 'bad-knowledge.json')}: agencies[0].aliases must be an array of non-empty strings`]);
    const missing = await inDir(['extract', 'good.txt', '--knowledge', 'nope.json']);
    expect(lines(missing.stderr)).toEqual([expect.stringMatching(/^jpai: \S*nope\.json: cannot read knowledge file/)]);
  });
});

describe('jpai extract: formats', () => {
  it('prints JSON Lines: one document per line, nothing else', async () => {
    const { code, stdout } = await runCli(['extract', 'test/fixtures/inputs/articles', CRLF, '--format', 'ndjson']);
    expect(code).toBe(0);
    const docs = stdout.trimEnd().split('\n').map((l) => JSON.parse(l));
    expect(docs.map((d) => d.path)).toEqual([
      'test/fixtures/inputs/articles/cabinet-guidance.txt',
      'test/fixtures/inputs/articles/nested/meti-subsidy.md',
      CRLF,
    ]);
    expect(Object.keys(docs[0])).toEqual(['path', 'title', 'sha256', 'chars', 'words', 'entities']);
  });

  it('prints CSV with one header and a row per entity', async () => {
    const json = JSON.parse((await runCli(['extract', CRLF, '--json'])).stdout) as ExtractResult;
    const { stdout } = await runCli(['extract', CRLF, '--format', 'csv']);
    const rows = stdout.split('\r\n');
    expect(rows[0]).toBe(CSV_COLUMNS.join(','));
    expect(rows).toHaveLength(1 + json.documents[0].entities.length + 1);
  });

  it('--types keeps only the types asked for', async () => {
    const { stdout } = await runCli(['extract', '--types', 'funding,date', '--json']);
    const entities = (JSON.parse(stdout) as ExtractResult).documents.flatMap((d) => d.entities);
    expect(entities.length).toBeGreaterThan(0);
    expect(new Set(entities.map((e) => e.type))).toEqual(new Set(['funding', 'date']));
  });

  it('is deterministic: the same input gives the same bytes', async () => {
    const a = await runCli(['extract', '--json']);
    const b = await runCli(['extract', '--json']);
    expect(a.stdout).toBe(b.stdout);
  });
});

describe('jpai extract: colour', () => {
  const table = (env: Record<string, string>, isTTY: boolean, ...flags: string[]) =>
    runCli(['extract', CRLF, ...flags], { env, isTTY }).then((r) => r.stdout);

  it('colours the table on a terminal only', async () => {
    expect(await table({}, true)).toMatch(ANSI);
    expect(await table({}, false)).not.toMatch(ANSI);
  });

  it('turns colour off with NO_COLOR, --no-color and TERM=dumb, borders included', async () => {
    for (const out of [await table({ NO_COLOR: '1' }, true), await table({}, true, '--no-color'), await table({ TERM: 'dumb' }, true)]) {
      expect(out).toContain('│ type');
      expect(out).not.toMatch(ANSI);
    }
  });

  it('forces colour with FORCE_COLOR, even into a pipe', async () => {
    expect(await table({ FORCE_COLOR: '1' }, false)).toMatch(ANSI);
  });

  it('never colours JSON', async () => {
    expect(await table({ FORCE_COLOR: '1' }, true, '--json')).not.toMatch(ANSI);
  });
});
