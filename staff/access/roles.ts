import { z } from 'zod';

/**
 * Who may do what. `service` is a channel integration calling the triage API, never a
 * person. Only complaints managers see restricted cases: staff-conduct complaints are held with
 * access restricted to complaints officers (Greatwell 3, 5.1).
 */
export const STAFF_ROLES = ['reviewer', 'complaints_manager', 'admin'] as const;
export const ROLES = [...STAFF_ROLES, 'service'] as const;
export const RoleSchema = z.enum(ROLES, { error: `role must be one of: ${ROLES.join(', ')}` });
export type Role = z.infer<typeof RoleSchema>;

export interface Principal {
  /** Stable id from the token (`sub`); goes into the audit trail. */
  subject: string;
  name: string;
  roles: Role[];
}

/** Roles that work cases: the queue, detail, approve, override, record events, letters. */
export const CASEWORK_ROLES: readonly Role[] = ['reviewer', 'complaints_manager'];
/**
 * Roles that merge a duplicate into the case kept: those who work cases, as they withdraw and close
 * them; the rules (lifecycle/merge.ts) keep the complaint, its clocks and any restriction safe.
 */
export const MERGE_ROLES: readonly Role[] = CASEWORK_ROLES;
/** Roles that read the figures; each sees only the cases its role may see. */
export const REPORT_ROLES: readonly Role[] = STAFF_ROLES;
/** Roles that mark a case restricted or lift it: those who can still see it afterwards. */
export const RESTRICTION_ROLES: readonly Role[] = ['complaints_manager'];
/** Roles that read the policy profiles ; users live in the identity provider. */
export const ADMIN_ROLES: readonly Role[] = ['admin'];
export const SERVICE_ROLES: readonly Role[] = ['service'];

export function hasAnyRole(principal: Principal, allowed: readonly Role[]): boolean {
  return principal.roles.some((r) => allowed.includes(r));
}

export function canSeeRestricted(principal: Principal): boolean {
  return principal.roles.includes('complaints_manager');
}
