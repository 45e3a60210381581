// The exit codes are a contract with scripts: pinned here.

import { describe, expect, it } from 'vitest';
import { EXIT } from '../../src/cli/exit.js';
import { runCli } from './run-cli.js';

describe('exit codes', () => {
  it('are 0 for ok and 2 for usage, input and internal errors', () => {
    expect(EXIT).toEqual({ ok: 0, usage: 2, input: 2, internal: 2 });
  });

  it('map each kind of outcome', async () => {
    const cases: [string[], number][] = [
      [['--version'], 0],
      [['--help'], 0],
      [['extract', '--help'], 0],
      [['extract', 'test/fixtures/inputs/crlf-article.txt', '--json'], 0],
      [[], 2],
      [['extrct'], 2],
      [['extract', '--tpyes', 'law'], 2],
      [['extract', '--types', 'agencey'], 2],
      [['extract', '--format', 'xml'], 2],
      [['extract', 'test/fixtures/inputs/missing.txt'], 2],
      [['extract', '--knowledge', 'test/fixtures/inputs/missing.json'], 2],
      [['eval'], 2],
      [['eval', '--gold', 'test/fixtures/inputs/crlf-article.txt'], 2],
    ];
    for (const [argv, code] of cases) expect([argv, (await runCli(argv)).code]).toEqual([argv, code]);
  });
});
