import { HAZARDS } from '../vocabulary';
import type { AwaabsLawPhase, PolicyProfileInput } from '../profileSchema';

const REGULATIONS = 'Hazards in Social Housing (Prescribed Requirements) (England) Regulations 2025 (S.I. 2025/1042)';

/**
 * Awaab's Law as MHCLG staged it (written statement, February 2025). Only phase 1 has a date
 * fixed in regulations (27 October 2025); phases 2 and 3 are announced for "2026" and "2027"
 * with no day, so they stay off (from: null) until a landlord — or a release of this product —
 * sets the date the regulations give.
 */
export const ENGLAND_PHASES: AwaabsLawPhase[] = [
  {
    name: 'phase 1: damp and mould; every emergency hazard',
    from: '2025-10-27',
    significant: ['damp_mould'],
    // The 24-hour duty covers every HHSRS hazard posing an imminent risk from phase 1 on.
    emergency: [...HAZARDS],
    source: [REGULATIONS, 'MHCLG guidance for social landlords (2025)'],
  },
  {
    name: 'phase 2: excess cold and heat; falls; structural collapse and explosions; fire and electrical; hygiene and food safety',
    from: null,
    significant: ['heating', 'falls', 'structural', 'gas', 'fire_safety', 'electrical', 'sanitation'],
    emergency: [],
    source: ['MHCLG written statement, February 2025 ("2026", no date yet)'],
  },
  {
    name: 'phase 3: all remaining HHSRS hazards except overcrowding',
    from: null,
    significant: ['leak', 'asbestos'],
    emergency: [],
    source: ['MHCLG written statement, February 2025 ("2027", no date yet)'],
  },
];

/** The setting for a social landlord in England; `where` cites what places the landlord there. */
export function awaabsLawInEngland(where: string): PolicyProfileInput['awaabsLaw'] {
  return {
    applies: true,
    phases: ENGLAND_PHASES,
    extraHazards: { significant: [], source: ['product default: no hazards beyond the law'] },
    source: ['Landlord and Tenant Act 1985 s.10A', REGULATIONS, where],
  };
}
