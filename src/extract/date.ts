import type { DateEntity, Found } from '../types.js';
import type { ExtractContext } from './context.js';

export function findDates(_ctx: ExtractContext): Found<DateEntity>[] {
  return [];
}
