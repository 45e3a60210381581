import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VERSION } from '../../src/extract/index.js';
import { FakeStream, lines, runCli } from './run-cli.js';

const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };

describe('jpai (program level)', () => {
  it('prints the version from package.json, the same as the JSON output carries', async () => {
    const { code, stdout, stderr } = await runCli(['--version']);
    expect([code, stdout, stderr]).toEqual([0, `${pkg.version}\n`, '']);
    expect(VERSION).toBe(pkg.version);
  });

  it('prints help on stdout, listing every command', async () => {
    const { code, stdout, stderr } = await runCli(['--help']);
    expect([code, stderr]).toEqual([0, '']);
    expect(stdout).toMatch(/^Usage: jpai \[options\] \[command\]/);
    expect(stdout).toMatch(/extract \[paths\.\.\.\]/);
    expect(stdout).toMatch(/eval \[options\] \[paths\.\.\.\]|eval \[paths\.\.\.\]/);
    expect(stdout).toContain('Exit codes: 0 ok; 2 usage error');
  });

  it('prints a command\'s help with "help <command>" too', async () => {
    const { code, stdout } = await runCli(['help', 'extract']);
    expect(code).toBe(0);
    expect(stdout).toContain('--types <list>');
    expect(stdout).toContain('cat article.txt | jpai extract - --types funding,date');
  });

  it('with no command, shows the help on stderr and exits 2', async () => {
    const { code, stdout, stderr } = await runCli([]);
    expect([code, stdout]).toEqual([2, '']);
    expect(stderr).toMatch(/^Usage: jpai/);
  });

  it('reports usage errors in one line each, with a pointer to --help', async () => {
    const cases: [string[], string][] = [
      [['extrct'], "jpai: unknown command 'extrct' (Did you mean extract?)"],
      [['extract', '--tpyes', 'law'], "jpai: unknown option '--tpyes' (Did you mean --types?)"],
      [['extract', '--types', 'agencey'], "jpai: --types: unknown type 'agencey' (did you mean agency?)"],
      [['extract', '--types', ' ,'], 'jpai: --types: give at least one type: agency, law'],
      [['extract', '--types', 'money'], "jpai: --types: unknown type 'money' (expected one of agency, law, policy, organization, funding, date)"],
      [['extract', '--format', 'jsn'], "jpai: --format: unknown format 'jsn' (did you mean json?)"],
      [['extract', '--json', '--format', 'csv'], 'jpai: --json and --format csv ask for different formats; give one of them'],
      [['extract', '--format'], "jpai: option '--format <format>' argument missing"],
      [['eval', '--format', 'csv', '--gold', 'g.json'], "jpai: --format: unknown format 'csv' (expected one of table, json)"],
      [['eval', '--types', 'organization', '--gold', 'g.json'], "jpai: --types: unknown type 'organization' (expected one of agency, law, policy, funding, date)"],
      [['eval'], "jpai: required option '--gold <file>' not specified"],
    ];
    for (const [argv, message] of cases) {
      const { code, stdout, stderr } = await runCli(argv);
      const [first, hint, ...rest] = lines(stderr);
      expect({ argv, code, stdout, first: first.slice(0, message.length), rest }).toEqual({ argv, code: 2, stdout: '', first: message, rest: [] });
      expect(hint).toBe(argv[0] === 'extrct' ? 'jpai: run jpai --help for usage' : `jpai: run jpai ${argv[0]} --help for usage`);
    }
  });

  it('accepts a --types list with spaces, repeats and upper case', async () => {
    const { code, stdout } = await runCli(['extract', 'test/fixtures/inputs/crlf-article.txt', '--types', ' Date, date,agency', '--json']);
    expect(code).toBe(0);
    const types = new Set(JSON.parse(stdout).documents[0].entities.map((e: { type: string }) => e.type));
    expect([...types].every((t) => t === 'date' || t === 'agency')).toBe(true);
  });

  it('ends quietly when stdout is closed under it (piping into head)', async () => {
    const stdout = new FakeStream();
    let writes = 0;
    stdout.write = () => {
      writes++;
      // As Node does: the failed write is reported as an 'error' event, after the call returns.
      process.nextTick(() => stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' })));
      return false;
    };
    const many = Array.from({ length: 30 }, () => 'test/fixtures/inputs/articles');
    const { code, stderr } = await runCli(['extract', '--format', 'ndjson', ...many, 'test/fixtures/inputs/crlf-article.txt'], {}, stdout);
    expect([code, stderr]).toEqual([0, '']);
    expect(writes).toBe(1);
  });

  it('reports a failure to write other than a closed pipe', async () => {
    const stdout = new FakeStream();
    stdout.write = () => {
      process.nextTick(() => stdout.emit('error', Object.assign(new Error('no space left'), { code: 'ENOSPC' })));
      return false;
    };
    const { code, stderr } = await runCli(['extract', '--format', 'ndjson', 'test/fixtures/inputs/articles', 'test/fixtures/inputs/crlf-article.txt'], {}, stdout);
    expect([code, stderr]).toEqual([2, 'jpai: cannot write the output (ENOSPC)\n']);
  });

  it('reports an unexpected error as internal, asking for a report, with the stack only under JPAI_DEBUG=1', async () => {
    const broken = () => {
      const stdout = new FakeStream();
      stdout.write = () => {
        throw new Error('boom');
      };
      return stdout;
    };
    const argv = ['extract', 'test/fixtures/inputs/crlf-article.txt', '--json'];
    const quiet = await runCli(argv, {}, broken());
    expect(quiet.code).toBe(2);
    expect(lines(quiet.stderr)).toEqual(['jpai: internal error: boom; please report it, with the command you ran (JPAI_DEBUG=1 shows details)']);
    const debug = await runCli(argv, { env: { JPAI_DEBUG: '1' } }, broken());
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/internal error: boom[^\n]*\nError: boom\n\s+at /);
  });
});
