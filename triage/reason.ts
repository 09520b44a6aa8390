import type { Reason, ReasonRule } from './decisionSchema';

/** A fired rule, with the clauses it stands on (each cited once). */
export function reason(rule: ReasonRule, message: string, sources: readonly string[]): Reason {
  return { rule, message, sources: [...new Set(sources)] };
}
