// Runs the CLI in-process with fake streams and collects what it prints.

import { EventEmitter } from 'node:events';
import { Readable } from 'node:stream';
import { run } from '../../src/cli/index.js';

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export interface FakeIoOptions {
  env?: Record<string, string>;
  stdin?: string | Buffer;
  isTTY?: boolean;
  cwd?: string;
}

export class FakeStream extends EventEmitter {
  text = '';
  constructor(readonly isTTY = false) {
    super();
  }
  write(chunk: string): boolean {
    this.text += chunk;
    return true;
  }
}

export async function runCli(argv: string[], options: FakeIoOptions = {}, stdout = new FakeStream(options.isTTY)): Promise<CliRun> {
  const stderr = new FakeStream();
  const stdin = Readable.from(options.stdin === undefined ? [] : [Buffer.from(options.stdin)]);
  const code = await run(argv, { stdout, stderr, stdin, env: options.env ?? {}, cwd: options.cwd });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

/** stderr as lines, without the trailing empty one. */
export function lines(text: string): string[] {
  return text.split('\n').filter((l, i, all) => l !== '' || i < all.length - 1);
}
