import { describe, expect, it } from 'vitest';
import { lines, runCli } from './run-cli.js';

describe('--jobs', () => {
  it('takes a whole number of workers from 1 up, and says so otherwise', async () => {
    for (const bad of ['0', '-1', '1.5', 'many']) {
      const { code, stderr } = await runCli(['extract', '--jobs', bad, '--json']);
      expect([code, lines(stderr)[0]]).toEqual([2, `jpai: --jobs: give a whole number of workers from 1 to 256, not '${bad}'`]);
    }
  });

  it('gives the same output with one worker or several', async () => {
    const one = await runCli(['extract', '--jobs', '1', '--format', 'ndjson']);
    const three = await runCli(['extract', '-j', '3', '--format', 'ndjson']);
    expect(one.code).toBe(0);
    expect(three).toEqual(one);
  });
});
