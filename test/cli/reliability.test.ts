// Hostile and broken input through the CLI, in-process: every input that fails is one stderr line naming it and
// the rest is processed (exit 2); inputs that work with a caveat are warned about (exit 0); every registered command
// behaves the same; bad options are one clear line (exit 2); the output does not depend on the order files come in.

import { chmodSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMMANDS } from '../../src/cli/commands.js';
import { run } from '../../src/cli/index.js';
import type { ExtractResult } from '../../src/types.js';
import { FakeStream, lines, runCli } from './run-cli.js';

const ALPHA = 'Digital Agency subsidy\nThe Digital Agency granted a ¥10 billion subsidy to Sakura Internet on 1 April 2024 under the AI Promotion Act.\n';
const BETA = 'METI budget note\nThe Ministry of Economy, Trade and Industry (METI) set aside $2 billion for AI in March 2023.\n';
const PDF = Buffer.concat([Buffer.from('%PDF-1.7\n%'), Buffer.from([0xe2, 0xe3, 0xcf, 0xd3]), Buffer.from('\n1 0 obj\n<< /Type /Catalog >>\n')]);
const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00]);
const isRoot = process.getuid?.() === 0;
let dir: string;

const write = (rel: string, content: string | Buffer) => {
  mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
  writeFileSync(path.join(dir, rel), content);
};

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-reliability-'));
  write('good/alpha.txt', ALPHA);
  write('good/beta.txt', BETA);
  write('bad/report.txt', PDF);
  write('bad/archive.txt', ZIP);
  write('bad/locked.txt', ALPHA);
  chmodSync(path.join(dir, 'bad/locked.txt'), 0o000);
  symlinkSync('loop-b.txt', path.join(dir, 'bad/loop-a.txt'));
  symlinkSync('loop-a.txt', path.join(dir, 'bad/loop-b.txt'));
  write('bad/empty-folder/notes.csv', 'a,b\n');
  // mixed/: two good articles and one PDF saved as .txt, for every command.
  write('mixed/alpha.txt', ALPHA);
  write('mixed/beta.txt', BETA);
  write('mixed/gamma.txt', PDF);
  // caveats/: readable, with something the user should know.
  write('caveats/alpha.txt', ALPHA);
  write('caveats/latin1.txt', Buffer.from('Note for the Minist\xe8re\nThe Cabinet Office met the Minist\xe8re in May 2024 \x96 \x93AI\x94.\n', 'latin1'));
  write('caveats/utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('UTF-16 note\r\nThe Cabinet Office met in 2023.', 'utf16le')]));
  write('caveats/utf16-no-bom.txt', Buffer.from('UTF-16 without a BOM\nThe Digital Agency met in 2022.', 'utf16le'));
  write('caveats/page.html', '<!doctype html><title>Page</title><p>The Ministry of Economy, Trade &amp; Industry set aside &yen;5 billion in <b>May 2024</b>.</p>');
  write('caveats/saved.txt', '<html><body><script>var x = "Cabinet Office 2019";</script><p>The Digital Agency met in June 2024.</p></body></html>');
  write('caveats/blank.txt', '  \n\t\n');
  write('caveats/dir with spaces/記事 – été.txt', BETA);
  write(
    'gold.json',
    JSON.stringify({ schemaVersion: 1, documents: [{ doc: 'alpha.txt', agency: [{ name: 'Digital Agency' }] }, { doc: 'beta.txt', agency: [{ name: 'METI' }] }] }),
  );
  write('not-json.json', '{"agencies": [');
  write('wrong-knowledge.json', JSON.stringify({ agencies: [{ name: 'Quantum Bureau', jurisdiction: 7 }] }));
  write('wrong-gold.json', JSON.stringify({ schemaVersion: 1, documents: [{ doc: 'alpha.txt', funding: [{ text: '¥10 billion', values: 'many' }] }] }));
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

const inDir = (argv: string[]) => runCli(argv, { cwd: dir });
const json = <T = ExtractResult>(stdout: string) => JSON.parse(stdout) as T;

/** The arguments a command needs before its paths (kwic's term). */
function leading(name: string): string[] {
  const entry = COMMANDS.find((c) => c.name === name)!;
  return (entry.args.match(/<[^>]+>/g) ?? []).map(() => 'AI');
}

/** What a command's help offers, read from the help itself, so the test follows the commands as they grow. */
async function helpOf(name: string): Promise<string> {
  return (await runCli([name, '--help'])).stdout;
}

const extraFor = (name: string) => (name === 'eval' ? ['--gold', 'gold.json'] : []);

describe('inputs that fail: one line each naming the path and the problem, the rest processed, exit 2', () => {
  it.each([
    ['a missing file', 'bad/missing.txt', /^no such file or folder/],
    ['a folder without text files', 'bad/empty-folder', /^folder has no \.txt, \.md or \.html files/],
    ['a symbolic link loop', 'bad/loop-a.txt', /^is a symbolic link loop \(ELOOP\)/],
    ['a PDF saved as .txt', 'bad/report.txt', /^is a PDF file, not text/],
    ['a ZIP (or .docx) saved as .txt', 'bad/archive.txt', /^is a ZIP archive/],
    ['a glob that matches nothing', 'bad/*.pdf', /^glob matched no files/],
    ['a device', '/dev/null', /^is not a regular file/],
  ])('%s', async (_what, input, problem) => {
    const { code, stdout, stderr } = await inDir(['extract', input, 'good', '--json']);
    expect(code).toBe(2);
    expect(lines(stderr)).toEqual([expect.stringMatching(new RegExp(`^jpai: ${input.replace(/[*.]/g, '\\$&')}: ${problem.source.slice(1)}`))]);
    const result = json(stdout);
    expect(result.documents.map((d) => d.path)).toEqual(['good/alpha.txt', 'good/beta.txt']);
    expect(result.errors).toEqual([{ path: input, message: expect.stringMatching(problem) }]);
  });

  it('a file name with a line break, a terminal escape or a right-to-left override: still one line, shown escaped', async () => {
    for (const name of ['bad\nname.txt', 'red\u001b[31mALERT.txt', '\u202egpj.txt']) write(`names/${name}`, PDF);
    const { code, stdout, stderr } = await inDir(['extract', 'names', 'good', '--json']);
    expect(code).toBe(2);
    expect(lines(stderr).map((l) => l.split(';')[0])).toEqual([
      'jpai: names/bad\\nname.txt: is a PDF file, not text',
      'jpai: names/red\\u001b[31mALERT.txt: is a PDF file, not text',
      'jpai: names/\\u202egpj.txt: is a PDF file, not text',
    ]);
    // JSON keeps the real names: it escapes them itself.
    expect(json(stdout).errors.map((e) => e.path)).toEqual(['names/bad\nname.txt', 'names/red\u001b[31mALERT.txt', 'names/\u202egpj.txt']);
  });

  it('standard input that is empty, or a PDF', async () => {
    for (const [stdin, problem] of [['', 'is empty'], [PDF, 'is a PDF file, not text']] as const) {
      const { code, stdout, stderr } = await runCli(['extract', '-', 'good', '--json'], { cwd: dir, stdin });
      expect([code, lines(stderr).map((l) => l.split(';')[0])]).toEqual([2, [`jpai: <stdin>: ${problem}`]]);
      expect(json(stdout).documents).toHaveLength(2);
    }
  });

  it(`a file without read permission: ${isRoot ? 'read, since permissions do not bind root (tests run as root here)' : 'named, exit 2'}`, async () => {
    const { code, stderr } = await inDir(['extract', 'bad/locked.txt', 'good', '--json']);
    if (isRoot) expect([code, stderr]).toEqual([0, '']);
    else expect([code, lines(stderr)]).toEqual([2, ['jpai: bad/locked.txt: cannot be read: permission denied; check the file permissions']]);
  });

  it('a folder of bad files: each named once, in the order of their paths', async () => {
    const { code, stdout, stderr } = await inDir(['extract', 'bad', '--json']);
    expect(code).toBe(2);
    expect(lines(stderr).map((l) => l.split(';')[0])).toEqual([
      'jpai: bad/archive.txt: is a ZIP archive (Word .docx, .odt and .epub files are ZIP archives too), not text',
      'jpai: bad/loop-a.txt: is a symbolic link loop (ELOOP)',
      'jpai: bad/loop-b.txt: is a symbolic link loop (ELOOP)',
      'jpai: bad/report.txt: is a PDF file, not text',
    ]);
    expect(json(stdout).documents.map((d) => d.path)).toEqual(isRoot ? ['bad/locked.txt'] : []);
  });
});

describe('inputs that work, with a warning where the user should know: exit 0', () => {
  it('UTF-16 (with a BOM silently, without one warned), Windows-1252, HTML, white space only, a path with spaces and non-ASCII', async () => {
    const { code, stdout, stderr } = await inDir(['extract', 'caveats', '--json']);
    expect(code).toBe(0);
    expect(lines(stderr).map((l) => l.split(';')[0])).toEqual([
      'jpai: caveats/blank.txt: has only white space: nothing to extract',
      'jpai: caveats/latin1.txt: is not UTF-8',
      'jpai: caveats/saved.txt: starts like an HTML page',
      'jpai: caveats/utf16-no-bom.txt: has no byte-order mark',
    ]);
    const docs = new Map(json(stdout).documents.map((d) => [d.path, d]));
    expect([...docs.keys()]).toEqual([
      'caveats/alpha.txt', 'caveats/blank.txt', 'caveats/dir with spaces/記事 – été.txt', 'caveats/latin1.txt', 'caveats/page.html',
      'caveats/saved.txt', 'caveats/utf16-no-bom.txt', 'caveats/utf16.txt',
    ]);
    expect(docs.get('caveats/blank.txt')!.entities).toEqual([]);
    expect(docs.get('caveats/latin1.txt')!.title).toBe('Note for the Ministère');
    expect(docs.get('caveats/utf16-no-bom.txt')!.title).toBe('UTF-16 without a BOM');
    expect(docs.get('caveats/dir with spaces/記事 – été.txt')!.entities.length).toBeGreaterThan(0);
    const saved = docs.get('caveats/saved.txt')!.entities.map((e) => e.text);
    expect(saved).toEqual(['Digital Agency', 'June 2024']);
  });

  it('HTML: entities from the text, offsets into the file', async () => {
    const { code, stdout } = await inDir(['extract', 'caveats/page.html', '--json']);
    expect(code).toBe(0);
    const source = readFileSync(path.join(dir, 'caveats/page.html'), 'utf8');
    const [doc] = json(stdout).documents;
    expect(doc.title).toBe('Page');
    expect(doc.entities.map((e) => [e.type, e.text, source.slice(e.start, e.end)])).toEqual([
      ['agency', 'Ministry of Economy, Trade &amp; Industry', 'Ministry of Economy, Trade &amp; Industry'],
      ['funding', '&yen;5 billion', '&yen;5 billion'],
      ['date', 'May 2024', 'May 2024'],
    ]);
  });

  it('-q keeps the warnings off stderr', async () => {
    expect(await inDir(['extract', 'caveats', '--json', '-q']).then((r) => [r.code, r.stderr])).toEqual([0, '']);
  });
});

describe('every command behaves this way', () => {
  it.each(COMMANDS.map((c) => [c.name]))('%s: a folder with one PDF saved as .txt -> one line, output for the others, exit 2', async (name) => {
    const help = await helpOf(name);
    const argv = [name, ...leading(name), 'mixed', ...extraFor(name)];
    const asJson = help.includes('--json') ? await inDir([...argv, '--json']) : undefined;
    for (const { code, stdout, stderr } of [await inDir(argv), ...(asJson ? [asJson] : [])]) {
      expect({ code, stderr: lines(stderr).map((l) => l.split(';')[0]) }).toEqual({
        code: 2,
        stderr: ['jpai: mixed/gamma.txt: is a PDF file, not text'],
      });
      expect(stdout).not.toBe('');
    }
    expect(asJson, `${name} offers --json`).toBeDefined();
    const { errors, ...rest } = JSON.parse(asJson!.stdout) as { errors: unknown };
    expect(errors).toEqual([{ path: 'mixed/gamma.txt', message: expect.stringMatching(/^is a PDF file/) }]);
    const body = JSON.stringify(rest);
    expect([body.includes('alpha.txt'), body.includes('beta.txt'), body.includes('gamma.txt')]).toEqual([true, true, false]);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s: readable files with caveats -> warnings only, exit 0', async (name) => {
    const argv = [name, ...leading(name), 'caveats/alpha.txt', 'caveats/latin1.txt', 'caveats/page.html', ...extraFor(name), '--json'];
    const { code, stdout, stderr } = await inDir(argv);
    const problems = lines(stderr).filter((l) => !/gold file|not among the inputs/.test(l));
    expect({ code, problems: problems.map((l) => l.split(';')[0]) }).toEqual({ code: 0, problems: ['jpai: caveats/latin1.txt: is not UTF-8'] });
    expect(JSON.parse(stdout)).toMatchObject({ errors: [] });
  });
});

describe('every command reads an HTML page as the text a browser shows', () => {
  const page =
    '<!doctype html><html><head><title>Budget page</title><style>.zzstyle { color: red }</style>' +
    '<script>var zzscript = "zzscript Cabinet Office 2019 zzscript";</script></head><body><p class="zzclass">The Digital Agency spent &yen;5 billion ' +
    'on AI in May 2024. The Digital Agency said AI matters.</p><!-- zzcomment --></body></html>\n';
  const visible = 'Budget page\nThe Digital Agency spent ¥5 billion on AI in May 2024. The Digital Agency said AI matters.\n';

  beforeAll(() => {
    write('html/page.html', page);
    write('plain/page.txt', visible);
  });

  it.each(COMMANDS.map((c) => [c.name]))('%s: nothing from markup, scripts, styles or comments in the output', async (name) => {
    for (const term of name === 'kwic' ? ['AI', 'zzscript'] : []) {
      const { stdout } = await inDir(['kwic', term, 'html/page.html', '--json']);
      expect([term, stdout.match(/zz[a-z]+/g)]).toEqual([term, null]);
    }
    const { code, stdout } = await inDir([name, ...leading(name), 'html/page.html', ...extraFor(name), '--json']);
    expect([code, stdout.match(/zz[a-z]+|<\/?(?:p|script|body)\b/g)]).toEqual([0, null]);
  });

  it('stats counts the words a reader sees', async () => {
    const counts = async (file: string) => json<{ total: { words: number; sentences: number } }>((await inDir(['stats', file, '--json'])).stdout).total;
    expect(await counts('html/page.html')).toEqual(await counts('plain/page.txt'));
  });
});

describe('options: one clear line and exit 2', () => {
  const usage = async (argv: string[], message: RegExp) => {
    const { code, stdout, stderr } = await inDir(argv);
    const [first, ...rest] = lines(stderr);
    expect({ argv, code, stdout, first }).toEqual({ argv, code: 2, stdout: '', first: expect.stringMatching(message) });
    expect(rest.filter((l) => !/--help for usage$/.test(l))).toEqual([]);
  };

  it('an unknown command', () => usage(['extact'], /^jpai: unknown command 'extact' \(Did you mean extract\?\)/));

  it.each(COMMANDS.map((c) => [c.name]))('%s: unknown option, bad --format, bad --types, bad --knowledge files', async (name) => {
    const help = await helpOf(name);
    const argv = [name, ...leading(name), 'good', ...extraFor(name)];
    await usage([...argv, '--frobnicate'], /^jpai: unknown option '--frobnicate'/);
    await usage([...argv, '--format', 'xml'], /^jpai: --format: unknown format 'xml' \(expected one of /);
    const typesOption = help.match(/--types? <list>/)?.[0].split(' ')[0];
    if (typesOption) await usage([...argv, typesOption, 'agencey'], new RegExp(`^jpai: ${typesOption}: unknown type 'agencey' \\(did you mean agency\\?\\)`));
    expect(help).toContain('--knowledge <file>');
    await usage([...argv, '--knowledge', 'not-json.json'], /not-json\.json: is not valid JSON: /);
    await usage([...argv, '--knowledge', 'wrong-knowledge.json'], /wrong-knowledge\.json: agencies\[0\]\.jurisdiction must be a string$/);
    await usage([...argv, '--knowledge', 'nowhere.json'], /nowhere\.json: cannot read knowledge file \(ENOENT\)/);
  });

  it('eval: a --gold file that is not JSON, or does not match the format (field named), or is missing', async () => {
    await usage(['eval', 'good', '--gold', 'not-json.json'], /not-json\.json: is not valid JSON: /);
    await usage(['eval', 'good', '--gold', 'wrong-gold.json'], /wrong-gold\.json: documents\[0\]\.funding\[0\]\.values must be /);
    await usage(['eval', 'good', '--gold', 'nowhere.json'], /nowhere\.json: gold file not found; check the --gold path$/);
  });
});

describe('determinism: the same input gives the same bytes, whatever order the files come in', () => {
  const names = ['Zeta.txt', 'alpha.txt', 'Émile.txt', 'été.txt', '10.txt', '9.txt', 'sub/b.md', 'sub-a.txt'];

  it('files created in different orders and with names that sort differently by locale give the same stdout', async () => {
    const outputs: string[] = [];
    for (const [k, order] of [names, [...names].reverse(), [names[3], names[0], names[6], names[1], names[5], names[2], names[7], names[4]]].entries()) {
      const folder = path.join(dir, `order-${k}`);
      for (const name of order) {
        mkdirSync(path.dirname(path.join(folder, name)), { recursive: true });
        writeFileSync(path.join(folder, name), `${name}\n${names.indexOf(name) % 2 ? ALPHA : BETA}`);
      }
      const { code, stdout } = await runCli(['extract', '.', '--format', 'ndjson'], { cwd: folder });
      expect(code).toBe(0);
      outputs.push(stdout);
    }
    expect(outputs[1]).toBe(outputs[0]);
    expect(outputs[2]).toBe(outputs[0]);
    // Code-unit order: digits, then capitals, then lower case, then accented letters, "/" after "-".
    expect(outputs[0].trimEnd().split('\n').map((l) => JSON.parse(l).path)).toEqual([
      '10.txt', '9.txt', 'Zeta.txt', 'alpha.txt', 'sub-a.txt', 'sub/b.md', 'Émile.txt', 'été.txt',
    ]);
  });
});

describe('interrupted (Ctrl-C): output stops after a whole write and the run ends with 130', () => {
  it('stops reading and writing once the signal is aborted', async () => {
    const interrupt = new AbortController();
    const stdout = new FakeStream();
    const write = stdout.write.bind(stdout);
    let writes = 0;
    stdout.write = (chunk: string) => {
      writes++;
      interrupt.abort('SIGINT');
      return write(chunk);
    };
    const stderr = new FakeStream();
    const many = Array.from({ length: 20 }, () => 'good');
    const code = await run(['extract', '--format', 'ndjson', '--jobs', '1', ...many, 'mixed'], {
      stdout, stderr, stdin: Readable.from([]), env: {}, cwd: dir, signal: interrupt.signal,
    });
    expect([code, writes, stderr.text]).toEqual([130, 1, '']);
    expect(stdout.text.endsWith('\n') && stdout.text.split('\n')).toHaveLength(2);
  });
});
