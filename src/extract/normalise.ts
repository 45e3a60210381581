import type { Entity, FundingEntity } from '../types.js';

export function normaliseFunding(funding: FundingEntity[], _dates: Entity[]): FundingEntity[] {
  return funding;
}
