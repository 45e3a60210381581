import { describe, expect, it } from 'vitest';
import { decideColour, painter } from '../../src/render/colour.js';

describe('decideColour', () => {
  const tty = { flag: true, env: {}, isTTY: true };

  it('colours a terminal, not a pipe', () => {
    expect(decideColour(tty)).toBe(1);
    expect(decideColour({ ...tty, isTTY: false })).toBe(0);
    expect(decideColour({ ...tty, isTTY: undefined })).toBe(0);
  });

  it('turns colour off with --no-color, NO_COLOR of any value, and TERM=dumb', () => {
    expect(decideColour({ ...tty, flag: false })).toBe(0);
    expect(decideColour({ ...tty, env: { NO_COLOR: '1' } })).toBe(0);
    expect(decideColour({ ...tty, env: { NO_COLOR: '' } })).toBe(0);
    expect(decideColour({ ...tty, env: { TERM: 'dumb' } })).toBe(0);
  });

  it('forces colour with FORCE_COLOR, even into a pipe or over NO_COLOR, but not over --no-color', () => {
    expect(decideColour({ flag: true, env: { FORCE_COLOR: '1' }, isTTY: false })).toBe(1);
    expect(decideColour({ flag: true, env: { FORCE_COLOR: '' }, isTTY: false })).toBe(1);
    expect(decideColour({ flag: true, env: { FORCE_COLOR: '3', NO_COLOR: '1' }, isTTY: false })).toBe(3);
    expect(decideColour({ flag: true, env: { FORCE_COLOR: '0' }, isTTY: true })).toBe(0);
    expect(decideColour({ flag: false, env: { FORCE_COLOR: '1' }, isTTY: true })).toBe(0);
  });
});

describe('painter', () => {
  it('colours at the level it is given, whatever chalk detects itself', () => {
    expect(painter(0).red('x')).toBe('x');
    expect(painter(1).red('x')).toBe('\u001b[31mx\u001b[39m');
  });
});
