// The console's main navigation. Another area adds one entry here.
import { ADMIN_ROLES, CASEWORK_ROLES, hasAnyRole, type Principal, type Role } from '../../staff/access/roles';

export interface NavEntry {
  section: string;
  label: string;
  href: string;
  /** Shown only to these roles; absent: to everyone signed in. */
  roles?: readonly Role[];
}

export const CONSOLE_NAV: NavEntry[] = [
  { section: 'queue', label: 'Queue', href: '/console/queue', roles: CASEWORK_ROLES },
  { section: 'hazards', label: 'Hazard clocks', href: '/console/hazards', roles: CASEWORK_ROLES },
  { section: 'work-lists', label: 'Work lists', href: '/console/work-lists', roles: CASEWORK_ROLES },
  { section: 'reports', label: 'Reports', href: '/console/reports' },
  { section: 'profiles', label: 'Policy profiles', href: '/console/profiles', roles: ADMIN_ROLES },
];

/** The entries this person may follow. */
export function navFor(principal: Principal | undefined): NavEntry[] {
  return CONSOLE_NAV.filter((e) => !e.roles || (principal !== undefined && hasAnyRole(principal, e.roles)));
}
