import type { Found } from '../types.js';
import type { Knowledge } from '../knowledge/index.js';
import type { ExtractContext } from './context.js';

export function findNames(_ctx: ExtractContext, _knowledge: Knowledge): Found[] {
  return [];
}
