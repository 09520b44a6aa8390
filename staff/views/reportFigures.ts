// The figures for one policy profile and period: the complaint measures and, beside them, the
// Awaab's Law steps met and missed. The JSON, the CSV and the reports page all come from here, so
// they cannot disagree; and they are the same whoever looks: restricted cases are counted for
// everyone (only their details are hidden), so no export under-reports.
import type { PolicyProfile } from '../../triage/profileSchema';
import { figures, periodFor, type Figures, type FiguresQuery } from './figures';
import type { HazardService } from '../hazards/hazardService';
import type { StaffService } from '../service/staffService';

export async function reportFigures(
  staff: StaffService,
  hazards: HazardService,
  profile: PolicyProfile,
  query: Pick<FiguresQuery, 'from' | 'to'>,
  now: Date,
): Promise<Figures> {
  const period = periodFor(query, now);
  const [entries, hazardSteps] = await Promise.all([
    staff.countedEntries({ includeClosed: true, profile: profile.id }),
    hazards.figures({ profile: profile.id, period }),
  ]);
  return figures(entries, period, profile.landlord, hazardSteps);
}
