import type { FundingEntity, Found } from '../types.js';
import type { ExtractContext } from './context.js';

export function findMoney(_ctx: ExtractContext): Found<FundingEntity>[] {
  return [];
}
