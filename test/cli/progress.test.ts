import { describe, expect, it } from 'vitest';
import { clock, inputSize, NO_PROGRESS, Progress, progressLine, startProgress, wantsProgress } from '../../src/cli/progress.js';
import { FakeStream } from './run-cli.js';
import path from 'node:path';
import { readdirSync, statSync } from 'node:fs';

const ROOT = path.resolve(import.meta.dirname, '../..');

describe('when a progress bar is shown', () => {
  it('only on a terminal, outside CI, without --quiet and not on a dumb terminal', () => {
    expect(wantsProgress(new FakeStream(true), {})).toBe(true);
    expect(wantsProgress(new FakeStream(false), {})).toBe(false);
    expect(wantsProgress(new FakeStream(true), { CI: 'true' })).toBe(false);
    expect(wantsProgress(new FakeStream(true), { CI: '1' })).toBe(false);
    expect(wantsProgress(new FakeStream(true), { CI: 'false' })).toBe(true);
    expect(wantsProgress(new FakeStream(true), {}, true)).toBe(false);
    expect(wantsProgress(new FakeStream(true), { TERM: 'dumb' })).toBe(false);
    expect(startProgress({ stderr: new FakeStream(false), env: {}, paths: [] })).toBe(NO_PROGRESS);
  });
});

describe('the progress line', () => {
  it('shows a bar, articles, MB/s and the time left when the total is known', () => {
    expect(progressLine(1200, 50e6, 2, 150e6, 80)).toBe('[██████████░░░░░░░░░░░░░░░░░░░░] 1,200 articles  25.0 MB/s  0:04 left');
    expect(progressLine(1, 1e6, 1, undefined, 80)).toBe('1 article  1.0 MB/s');
  });

  it('fits a narrow terminal', () => {
    expect(progressLine(1200, 50e6, 2, 150e6, 30)).toBe('1,200 articles  25.0 MB/s');
    expect(progressLine(1200, 50e6, 2, 150e6, 50)).toBe('[███░░░░░░░] 1,200 articles  25.0 MB/s  0:04 left');
  });

  it('writes times as m:ss or h:mm:ss', () => {
    expect([clock(0), clock(59.6), clock(61), clock(3725)]).toEqual(['0:00', '1:00', '1:01', '1:02:05']);
  });
});

describe('Progress', () => {
  it('draws nothing during the first second, then draws, and clears its line when stopped or for a message', async () => {
    let now = 0;
    const stderr = new FakeStream(true);
    const progress = new Progress({ stderr, env: {}, now: () => now, delayMs: 1000, intervalMs: 5 });
    progress.advance(4e6);
    await new Promise((r) => setTimeout(r, 20));
    expect(stderr.text).toBe('');
    now = 2000;
    await new Promise((r) => setTimeout(r, 20));
    expect(stderr.text).toContain('\r1 article  2.0 MB/s\u001b[K');
    progress.note(() => stderr.write('jpai: a.txt: is empty\n'));
    expect(stderr.text).toMatch(/\r\u001b\[Kjpai: a\.txt: is empty\n$/);
    progress.stop();
    const after = stderr.text;
    await new Promise((r) => setTimeout(r, 20));
    expect(stderr.text).toBe(after);
  });

  it('knows the total size of the inputs, except for standard input', async () => {
    expect(await inputSize(['corpus/us-japan-ai-relations.txt'], ROOT)).toBeGreaterThan(1000);
    expect(await inputSize(['-'], ROOT)).toBeUndefined();
  });

  it('adds up every file of a folder, and the bundled corpus when no path is given', async () => {
    const files = readdirSync(path.join(ROOT, 'corpus')).filter((f) => f.endsWith('.txt'));
    const bytes = files.reduce((sum, f) => sum + statSync(path.join(ROOT, 'corpus', f)).size, 0);
    expect(await inputSize(['corpus'], ROOT)).toBe(bytes);
    expect(await inputSize([], ROOT)).toBe(bytes);
    expect(await inputSize(['corpus', 'corpus/us-japan-ai-relations.txt'], ROOT)).toBe(bytes + statSync(path.join(ROOT, 'corpus/us-japan-ai-relations.txt')).size);
  });
});
