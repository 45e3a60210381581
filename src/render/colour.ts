// Colour is decided once, at start-up, from the flag, the environment and the terminal, and passed down.
// chalk's own detection ignores NO_COLOR, so renderers get a chalk instance with an explicit level.

import { Chalk, type ChalkInstance } from 'chalk';

/** 0 = no colour; 1 = 16 colours; 2 = 256; 3 = true colour. */
export type ColourLevel = 0 | 1 | 2 | 3;

export interface ColourInputs {
  /** False when the user passed --no-color. */
  flag: boolean;
  env: Record<string, string | undefined>;
  /** Whether the output stream is a terminal. */
  isTTY: boolean | undefined;
}

function forcedLevel(value: string): ColourLevel {
  if (value === '0' || value === 'false') return 0;
  if (value === '2') return 2;
  if (value === '3') return 3;
  return 1;
}

/**
 * In order: --no-color turns colour off; FORCE_COLOR forces it (FORCE_COLOR=0 turns it off), as in Node itself;
 * NO_COLOR (any value) turns it off; TERM=dumb turns it off; otherwise colour only on a terminal.
 */
export function decideColour({ flag, env, isTTY }: ColourInputs): ColourLevel {
  if (!flag) return 0;
  if (env.FORCE_COLOR !== undefined) return forcedLevel(env.FORCE_COLOR);
  if (env.NO_COLOR !== undefined) return 0;
  if (env.TERM === 'dumb') return 0;
  return isTTY ? 1 : 0;
}

export function painter(level: ColourLevel): ChalkInstance {
  return new Chalk({ level });
}
