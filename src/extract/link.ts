import type { Found } from '../types.js';
import type { ExtractContext } from './context.js';

export function linkNames(found: Found[], _ctx: ExtractContext): Found[] {
  return found;
}
