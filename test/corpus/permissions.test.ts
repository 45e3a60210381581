// Files and folders the user may not read. Permissions do not stop root, and tests often run as root (CI
// containers): the real chmod test says what happens for whoever runs it, and a second test makes the file system
// refuse (EACCES) so the message is checked for everyone.

import { chmodSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const denied = vi.hoisted(() => ({
  paths: new Set<string>(),
  refuse(p: unknown) {
    if (this.paths.has(String(p))) throw Object.assign(new Error(`EACCES: permission denied, open '${p}'`), { code: 'EACCES' });
  },
}));

// Regular files are read synchronously, FIFOs and folders asynchronously: each read refuses.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, readFileSync: ((p: string, ...rest: []) => (denied.refuse(p), fs.readFileSync(p, ...rest))) as typeof fs.readFileSync };
});

vi.mock('node:fs/promises', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs/promises')>();
  const refuse = (p: unknown) => denied.refuse(p);
  return {
    ...fs,
    readFile: (async (p: string, ...rest: []) => (refuse(p), fs.readFile(p, ...rest))) as typeof fs.readFile,
    readdir: (async (p: string, ...rest: []) => (refuse(p), fs.readdir(p, ...rest))) as typeof fs.readdir,
  };
});

const { loadCorpus } = await import('../../src/corpus/load.js');

let dir: string;
const isRoot = process.getuid?.() === 0;

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'jpai-perm-'));
  writeFileSync(path.join(dir, 'good.txt'), 'Good\nThe Cabinet Office met.\n');
  writeFileSync(path.join(dir, 'locked.txt'), 'Locked\nThe Digital Agency met.\n');
  chmodSync(path.join(dir, 'locked.txt'), 0o000);
  mkdirSync(path.join(dir, 'locked-folder'));
  writeFileSync(path.join(dir, 'locked-folder', 'inside.txt'), 'Inside\n');
  chmodSync(path.join(dir, 'locked-folder'), 0o000);
});

afterAll(() => {
  chmodSync(path.join(dir, 'locked-folder'), 0o755);
  rmSync(dir, { recursive: true, force: true });
});

describe('unreadable inputs', () => {
  it(`chmod 000: ${isRoot ? 'root reads them anyway (permissions do not bind root)' : 'named as permission denied, the rest read'}`, async () => {
    const corpus = await loadCorpus(['locked.txt', 'locked-folder', 'good.txt'], { cwd: dir });
    if (isRoot) {
      expect(corpus.errors).toEqual([]);
      expect(corpus.documents.map((d) => d.path)).toEqual(['locked.txt', 'locked-folder/inside.txt', 'good.txt']);
    } else {
      expect(corpus.errors.map((e) => [e.path, e.message.split(';')[0]])).toEqual([
        ['locked.txt', 'cannot be read: permission denied'],
        ['locked-folder', 'folder cannot be listed: permission denied'],
      ]);
      expect(corpus.documents.map((d) => d.path)).toEqual(['good.txt']);
    }
  });

  it('a file or folder the system refuses (EACCES) is named with the reason, for root too; the rest is read', async () => {
    denied.paths.add(path.join(dir, 'locked.txt'));
    denied.paths.add(path.join(dir, 'locked-folder'));
    try {
      const corpus = await loadCorpus(['locked.txt', 'locked-folder', 'good.txt'], { cwd: dir });
      expect(corpus.errors).toEqual([
        { path: 'locked.txt', message: 'cannot be read: permission denied; check the file permissions' },
        { path: 'locked-folder', message: 'folder cannot be listed: permission denied; check the file permissions' },
      ]);
      expect(corpus.documents.map((d) => d.path)).toEqual(['good.txt']);
    } finally {
      denied.paths.clear();
    }
  });
});
