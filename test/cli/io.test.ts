import { describe, expect, it } from 'vitest';
import { Output } from '../../src/cli/io.js';

/** A stdout that keeps each write. */
function recorder() {
  const writes: string[] = [];
  return { writes, stream: { write: (chunk: string) => writes.push(chunk) } };
}

describe('Output.writeAll', () => {
  it('writes the same characters in a few writes, each ending at a line end', () => {
    const { writes, stream } = recorder();
    const lines = Array.from({ length: 20_000 }, (_, i) => `line ${i}\n`);
    new Output(stream).writeAll(lines);
    expect(writes.join('')).toBe(lines.join(''));
    expect(writes.length).toBeGreaterThan(1);
    expect(writes.length).toBeLessThan(10);
    for (const w of writes) expect(w.endsWith('\n')).toBe(true);
  });

  it('keeps a line cut across pieces whole within one write', () => {
    const { writes, stream } = recorder();
    const pieces = Array.from({ length: 3_000 }, (_, i) => (i % 2 === 0 ? `${'x'.repeat(40)} ` : `${i}\n`));
    new Output(stream).writeAll(pieces);
    expect(writes.join('')).toBe(pieces.join(''));
    for (const w of writes) expect(w.endsWith('\n')).toBe(true);
  });

  it('stops writing once the output is closed (a reader that went away)', () => {
    const { writes, stream } = recorder();
    const out = new Output(stream);
    function* pieces() {
      for (let i = 0; i < 100_000; i++) {
        if (i === 50_000) out.closed = true;
        yield `line ${i}\n`;
      }
    }
    out.writeAll(pieces());
    const written = writes.join('');
    expect(written.length).toBeGreaterThan(0);
    expect(written).not.toContain('line 50000\n');
    expect(written.endsWith('\n')).toBe(true);
  });

  it('writes nothing for nothing', () => {
    const { writes, stream } = recorder();
    new Output(stream).writeAll([]);
    expect(writes).toEqual([]);
  });
});
