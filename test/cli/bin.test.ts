// The built CLI as a user runs it: a child process, real stdout and stderr. The package is built once
// here (only when src/ is newer than dist/), not per test file: `npm test` has built it already.

import { execFileSync, spawnSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ExtractResult } from '../../src/types.js';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BUILT = path.join(ROOT, 'dist/cli/index.js');

function newestIn(dir: string): number {
  return Math.max(
    ...readdirSync(dir, { withFileTypes: true }).map((e) =>
      e.isDirectory() ? newestIn(path.join(dir, e.name)) : statSync(path.join(dir, e.name)).mtimeMs,
    ),
  );
}

function jpai(args: string[], input?: string) {
  const child = spawnSync(process.execPath, ['bin/jpai.js', ...args], { cwd: ROOT, input, encoding: 'utf8', env: { ...process.env, NO_COLOR: undefined, FORCE_COLOR: undefined } });
  return { code: child.status, stdout: child.stdout, stderr: child.stderr };
}

const schema = JSON.parse(readFileSync(path.join(ROOT, 'schemas/extract.schema.json'), 'utf8'));
const ajv = new Ajv2020({ allErrors: true });
const validateResult = ajv.compile(schema);
const validateDocument = ajv.getSchema(`${schema.$id}#/$defs/document`)!;

beforeAll(() => {
  if (!existsSync(BUILT) || newestIn(path.join(ROOT, 'src')) > statSync(BUILT).mtimeMs) {
    execFileSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'ignore' });
  }
}, 120_000);

describe('the built CLI', () => {
  it('prints only the JSON on stdout, valid against schemas/extract.schema.json', () => {
    const { code, stdout, stderr } = jpai(['extract', '--format', 'json']);
    expect([code, stderr]).toEqual([0, '']);
    const result = JSON.parse(stdout) as ExtractResult;
    expect(validateResult(result), JSON.stringify(validateResult.errors?.slice(0, 3))).toBe(true);
    expect(result.documents).toHaveLength(5);
  });

  it('prints only JSON Lines for ndjson, each line a valid document', () => {
    const { code, stdout, stderr } = jpai(['extract', '--format', 'ndjson']);
    expect([code, stderr]).toEqual([0, '']);
    const docs = stdout.trimEnd().split('\n').map((line) => JSON.parse(line));
    expect(docs).toHaveLength(5);
    for (const doc of docs) expect(validateDocument(doc), JSON.stringify(validateDocument.errors?.slice(0, 3))).toBe(true);
  });

  it('gives offsets into the file text: every entity text is the slice it names', () => {
    const result = JSON.parse(jpai(['extract', '--json']).stdout) as ExtractResult;
    for (const doc of result.documents) {
      const source = readFileSync(path.join(ROOT, doc.path), 'utf8').replace(/^\uFEFF/, '');
      const wrong = doc.entities.filter((e) => source.slice(e.start, e.end) !== e.text);
      expect([doc.path, wrong]).toEqual([doc.path, []]);
    }
  });

  it('the schema rejects what the contract does not allow', () => {
    const result = JSON.parse(jpai(['extract', '--json', 'corpus/us-japan-ai-relations.txt']).stdout) as ExtractResult;
    const entity = result.documents[0].entities[0] as unknown as Record<string, unknown>;
    entity.unexpected = true;
    expect(validateResult(result)).toBe(false);
  });

  it('reads stdin and sets the exit code of the process', () => {
    const piped = jpai(['extract', '-', '--json'], 'A note\nThe Cabinet Office met in 2024.\n');
    expect([piped.code, piped.stderr, (JSON.parse(piped.stdout) as ExtractResult).documents[0].path]).toEqual([0, '', '<stdin>']);
    const missing = jpai(['extract', 'no-such-file.txt', '--json']);
    expect([missing.code, missing.stderr]).toEqual([2, 'jpai: no-such-file.txt: no such file or folder; check the path\n']);
  });

  it('ends quietly when piped into head', () => {
    const shell = spawnSync('bash', ['-c', 'node bin/jpai.js extract --format ndjson | head -c 100 > /dev/null; echo "${PIPESTATUS[0]}"'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect([shell.stdout, shell.stderr]).toEqual(['0\n', '']);
  });

  it('starts without loading any command, natural or compromise for --version', () => {
    expect(jpai(['--version'])).toEqual({ code: 0, stdout: `${JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')).version}\n`, stderr: '' });
    const seen = new Set<string>();
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      // Static imports only: `import(...)` is how commands load lazily.
      for (const [, spec] of readFileSync(file, 'utf8').matchAll(/^import\s[^;]*?from\s+'([^']+)'/gm)) {
        if (spec.startsWith('.')) visit(path.resolve(path.dirname(file), spec));
        else seen.add(spec);
      }
    };
    visit(BUILT);
    const loaded = [...seen].map((f) => path.relative(ROOT, f));
    expect(loaded).toContain('commander');
    expect(loaded.filter((f) => /natural|compromise|dist\/extract|dist\/cli\/(extract|eval)\.js/.test(f))).toEqual([]);
  });

  it('works as a library from the package entry', async () => {
    const jpaiLib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const corpus = await jpaiLib.loadCorpus(['corpus/japans-ai-diplomacy.txt'], { cwd: ROOT });
    const result = jpaiLib.extract(corpus.documents);
    expect(validateResult(JSON.parse(jpaiLib.renderJson(result)))).toBe(true);
    expect(result.documents[0].path).toBe('corpus/japans-ai-diplomacy.txt');
  });
});
