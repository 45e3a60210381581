// The version, read from package.json (beside src/ and dist/ alike), so output and --version never disagree.

import { readFileSync } from 'node:fs';

export function readVersion(): string {
  const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

export const VERSION = readVersion();
