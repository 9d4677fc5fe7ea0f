import type { z } from 'zod';

/**
 * One operation of the contract. Areas may keep their operations in their own file
 * (db/api/contracts/<area>.ts) and contract.ts spreads them in; names stay `area.verb`.
 */
export interface OpSpec<I extends z.ZodType, O extends z.ZodType> {
  input: I;
  output: O;
  /** 'unlocked': refused with LOCKED / NO_DATABASE unless the store is open. */
  needs: 'any' | 'unlocked';
}

export function op<I extends z.ZodType, O extends z.ZodType>(spec: OpSpec<I, O>): OpSpec<I, O> {
  return spec;
}
