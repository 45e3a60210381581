import { linkSync, mkdtempSync, mkdirSync, rmSync, writeFileSync, readFileSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus, streamCorpus } from '../../src/corpus/load.js';

const FIXTURES = path.resolve('test/fixtures/inputs');
let dir: string;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-load-'));
  writeFileSync(path.join(dir, 'good.txt'), 'Digital Agency\nThe Digital Agency met.\n');
  writeFileSync(path.join(dir, 'empty.txt'), '');
  writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x0d, 0x0a]));
  writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Minist\xe8re\nof Culture', 'latin1'));
  mkdirSync(path.join(dir, 'sub'));
  writeFileSync(path.join(dir, 'sub', 'b.md'), 'B\n');
  writeFileSync(path.join(dir, 'sub', 'a.TXT'), 'A\n');
  writeFileSync(path.join(dir, 'sub', 'c.htm'), '<title>C</title><p>The &ldquo;Digital Agency&rdquo;</p>');
  writeFileSync(path.join(dir, 'saved-page.txt'), '<!doctype html>\n<html><title>Saved &amp; kept</title><p>Body</p>');
  writeFileSync(path.join(dir, 'blank.txt'), ' \n\t\n');
  symlinkSync(path.join(dir, 'good.txt'), path.join(dir, 'link-to-good.txt'));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('loadCorpus', () => {
  it('loads a folder recursively, .txt, .md and .html only, sorted, with paths as given', async () => {
    const corpus = await loadCorpus(['test/fixtures/inputs/articles/']);
    expect(corpus.documents.map((d) => d.path)).toEqual([
      'test/fixtures/inputs/articles/cabinet-guidance.txt',
      'test/fixtures/inputs/articles/nested/meti-subsidy.md',
    ]);
    expect(corpus.errors).toEqual([]);
  });

  it('fills path, title, sha256 of the raw bytes, chars and words', async () => {
    const { documents } = await loadCorpus(['articles/cabinet-guidance.txt'], { cwd: FIXTURES });
    const raw = readFileSync(path.join(FIXTURES, 'articles/cabinet-guidance.txt'));
    expect(documents).toHaveLength(1);
    const [doc] = documents;
    expect(doc.path).toBe('articles/cabinet-guidance.txt');
    expect(doc.title).toBe('Cabinet Office issues AI guidance');
    expect(doc.sha256).toBe(createHash('sha256').update(raw).digest('hex'));
    expect(doc.text).toBe(raw.toString('utf8'));
    expect(doc.chars).toBe(doc.text.length);
    expect(doc.words).toBe(18);
  });

  it('keeps CRLF line ends so offsets index the file text', async () => {
    const raw = readFileSync(path.join(FIXTURES, 'crlf-article.txt'), 'utf8');
    expect(raw).toContain('\r\n');
    const { documents } = await loadCorpus(['crlf-article.txt'], { cwd: FIXTURES });
    expect(documents[0].text).toBe(raw);
    expect(documents[0].title).toBe('Digital Agency plan');
  });

  it('expands globs, and reports one that matches nothing', async () => {
    const corpus = await loadCorpus(['articles/**/*.md', 'articles/*.pdf'], { cwd: FIXTURES });
    expect(corpus.documents.map((d) => d.path)).toEqual(['articles/nested/meti-subsidy.md']);
    expect(corpus.errors).toEqual([{ path: 'articles/*.pdf', message: expect.stringMatching(/^glob matched no files; /) }]);
  });

  it('names every problem and still loads the other files', async () => {
    const corpus = await loadCorpus(
      ['missing.txt', 'empty.txt', 'binary.txt', 'latin1.txt', 'good.txt', path.join(FIXTURES, 'no-articles')],
      { cwd: dir },
    );
    expect(corpus.documents.map((d) => d.path)).toEqual(['latin1.txt', 'good.txt']);
    expect(corpus.errors.map((e) => [e.path, e.message.split(';')[0]])).toEqual([
      ['missing.txt', 'no such file or folder'],
      ['empty.txt', 'is empty'],
      ['binary.txt', 'looks like a binary file (it contains NUL bytes), skipped'],
      [path.join(FIXTURES, 'no-articles').split(path.sep).join('/'), 'folder has no .txt, .md or .html files'],
    ]);
    expect(corpus.warnings).toEqual([{ path: 'latin1.txt', message: expect.stringMatching(/^is not UTF-8; read as Windows-1252/) }]);
  });

  it('loads a file once when arguments overlap, even through a symlink', async () => {
    const corpus = await loadCorpus(['good.txt', '.', './good.txt', 'link-to-good.txt'], { cwd: dir });
    expect(corpus.documents.map((d) => d.path)).toEqual(['good.txt', 'blank.txt', 'latin1.txt', 'saved-page.txt', 'sub/a.TXT', 'sub/b.md', 'sub/c.htm']);
    expect(corpus.errors.map((e) => e.path)).toEqual(['binary.txt', 'empty.txt']);
  });

  it('loads a file with two names (a hard link) once, under the first', async () => {
    const hard = mkdtempSync(path.join(tmpdir(), 'jpai-hard-'));
    try {
      writeFileSync(path.join(hard, 'one.txt'), 'One\n');
      linkSync(path.join(hard, 'one.txt'), path.join(hard, 'same.txt'));
      const corpus = await loadCorpus(['.'], { cwd: hard });
      expect(corpus.documents.map((d) => d.path)).toEqual(['one.txt']);
    } finally {
      rmSync(hard, { recursive: true, force: true });
    }
  });

  it('reads HTML as the text a browser shows: plain form of the same length, title and words from it', async () => {
    const corpus = await loadCorpus(['sub/c.htm', 'saved-page.txt'], { cwd: dir });
    const [htm, saved] = corpus.documents;
    expect(htm).toMatchObject({ path: 'sub/c.htm', title: 'C', words: 4, chars: htm.text.length });
    expect(htm.plain).toHaveLength(htm.text.length);
    expect(htm.plain!.replace(/\s+/g, ' ').trim()).toBe('C The “Digital Agency”');
    expect(saved).toMatchObject({ title: 'Saved & kept', words: 3 });
    // Named by its extension, HTML is what the user asked for; a .txt that is HTML is worth a word.
    expect(corpus.warnings).toEqual([{ path: 'saved-page.txt', message: 'starts like an HTML page; read as HTML (markup, scripts and styles skipped)' }]);
  });

  it('reads a file of only white space with a warning, and one in Windows-1252 with a warning', async () => {
    const corpus = await loadCorpus(['blank.txt', 'latin1.txt'], { cwd: dir });
    expect(corpus.errors).toEqual([]);
    expect(corpus.documents.map((d) => [d.path, d.text])).toEqual([['blank.txt', ' \n\t\n'], ['latin1.txt', 'Ministère\nof Culture']]);
    expect(corpus.warnings.map((w) => [w.path, w.message.split(';')[0]])).toEqual([
      ['blank.txt', 'has only white space: nothing to extract'],
      ['latin1.txt', 'is not UTF-8'],
    ]);
  });

  it('reads "-" from the given stdin, once', async () => {
    const stdin = Readable.from([Buffer.from('\uFEFFStdin article\r\nbody')]);
    const corpus = await loadCorpus(['-', '-'], { stdin });
    expect(corpus.documents).toHaveLength(1);
    expect(corpus.documents[0]).toMatchObject({ path: '<stdin>', title: 'Stdin article', text: 'Stdin article\r\nbody' });
  });

  it('reports "-" without a stdin to read', async () => {
    const corpus = await loadCorpus(['-']);
    expect(corpus.errors).toEqual([{ path: '<stdin>', message: expect.stringMatching(/^standard input is not available/) }]);
  });

  it('loads the bundled corpus when given no path, from any working directory', async () => {
    const corpus = await loadCorpus([], { cwd: tmpdir() });
    expect(corpus.errors).toEqual([]);
    expect(corpus.documents.map((d) => d.path)).toEqual([
      'corpus/domestic-ai-ecosystem.txt',
      'corpus/japan-canada-ai-strategy.txt',
      'corpus/japans-ai-diplomacy.txt',
      'corpus/most-ai-friendly-country.txt',
      'corpus/us-japan-ai-relations.txt',
    ]);
  });

  it('streams documents one by one as they are read', async () => {
    const kinds: string[] = [];
    for await (const item of streamCorpus(['good.txt', 'missing.txt', 'latin1.txt'], { cwd: dir })) kinds.push(item.kind);
    expect(kinds).toEqual(['document', 'error', 'warning', 'document']);
  });
});
