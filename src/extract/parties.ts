import type { Entity, FundingEntity } from '../types.js';
import type { ExtractContext } from './context.js';

export function attachParties(funding: FundingEntity[], _names: Entity[], _ctx: ExtractContext): FundingEntity[] {
  return funding;
}
