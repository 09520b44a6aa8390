// The figures for one policy profile and period as this person may see them: the complaint measures
// and, beside them, the Awaab's Law steps met and missed. The JSON, the CSV and the reports page all
// come from here, so they cannot disagree.
import type { PolicyProfile } from '../../triage/profileSchema';
import { figures, periodFor, type Figures, type FiguresQuery } from './figures';
import type { HazardService } from '../hazards/hazardService';
import type { Principal } from '../access/roles';
import type { StaffService } from '../service/staffService';

export async function reportFigures(
  staff: StaffService,
  hazards: HazardService,
  principal: Principal,
  profile: PolicyProfile,
  query: Pick<FiguresQuery, 'from' | 'to'>,
  now: Date,
): Promise<Figures> {
  const period = periodFor(query, now);
  // Only what this principal may see is counted, so no total reveals a restricted case.
  const [entries, hazardSteps] = await Promise.all([
    staff.entries(principal, { includeClosed: true, profile: profile.id }),
    hazards.figures(principal, { profile: profile.id, period }),
  ]);
  return figures(entries, period, profile.landlord.homes, hazardSteps);
}
