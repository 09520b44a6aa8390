// The figures for one policy profile and period: the complaint measures and, beside them, the
// Awaab's Law steps met and missed. The JSON, the CSV and the reports page all come from here, so
// they cannot disagree; and they are the same whoever looks: restricted cases are counted for
// everyone (only their details are hidden), so no export under-reports.
import type { PolicyProfile } from '../../triage/profileSchema';
import { figures, periodFor, type Figures, type FiguresQuery } from './figures';
import { annualReport, financialYear, type AnnualReport } from './annualReport';
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
    staff.figureEntries(profile.id, period),
    hazards.figures({ profile: profile.id, period }),
  ]);
  return figures(entries, period, profile.landlord, hazardSteps);
}

/** The annual complaint performance report for a financial year: the same figures, laid out to publish. */
export async function loadAnnualReport(staff: StaffService, hazards: HazardService, profile: PolicyProfile, year: number | undefined, now: Date): Promise<AnnualReport> {
  return annualReport(await reportFigures(staff, hazards, profile, financialYear(year, now), now), profile);
}
