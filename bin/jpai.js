#!/usr/bin/env node
// Launcher only: wires the process to the CLI and sets the exit code. CommonJS (bin/package.json says so), because
// node 20 spends ~35 ms setting up its ES module loader before the first line of an ES module entry runs; the CLI
// itself is ES modules, imported below only when a command needs it.
'use strict';

const argv = process.argv.slice(2);

// `jpai --version` alone answers from package.json without loading the CLI (commander and the command table), so
// a script asking for it pays only for node's own start.
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V')) {
  const { version } = JSON.parse(require('node:fs').readFileSync(require('node:path').join(__dirname, '..', 'package.json'), 'utf8'));
  process.stdout.on('error', () => undefined);
  process.stdout.write(`${version}\n`);
} else {
  runCli();
}

async function runCli() {
  const { run, SIGNAL_EXIT } = await import('../dist/cli/index.js');
  const interrupt = new AbortController();

  // Ctrl-C or a kill: no more output is written (each write is whole lines), what stdout still holds for a slow
  // pipe is let out, and the process ends with 128 + the signal number without waiting for the command. A second
  // Ctrl-C, or a pipe that does not drain within half a second, ends it at once.
  function stop(signal) {
    const exit = () => process.exit(SIGNAL_EXIT[signal]);
    if (interrupt.signal.aborted) exit();
    interrupt.abort(signal);
    if (process.stdout.writableLength === 0) exit();
    process.stdout.once('drain', exit);
    setTimeout(exit, 500).unref();
  }
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
  // stderr closed under us (`jpai ... 2>&1 | head -1`): nothing is left to tell, and no stack trace to print.
  process.stderr.on('error', () => undefined);

  process.exitCode = await run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    signal: interrupt.signal,
  });
}
