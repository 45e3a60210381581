#!/usr/bin/env node
// Launcher only: wires the process to the CLI and sets the exit code.
import { run } from '../dist/cli/index.js';

process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
