// The admin's view of a policy profile (built in, or the landlord's own from PROFILE_FILE / PROFILES_DIR), pure: its key timescales in words, each with the
// clauses it comes from, and where it falls short of the Code (triage/lintProfile.ts).
import { lintProfile, type Shortfall } from '../../triage/lintProfile';
import type { PolicyProfile } from '../../triage/profileSchema';
import { builtInProfiles } from '../../triage/profiles';

export interface Timescale {
  label: string;
  value: string;
  sources: string[];
}

export interface ProfileSummary {
  id: string;
  name: string;
  version: string;
  nation: string;
  landlord: string;
  /** The profile new contacts are handled under (BOT_PROFILE). */
  active: boolean;
  /** Built into the product, or the landlord's own file. */
  origin: 'built-in' | 'own';
  timescales: Timescale[];
  shortfalls: Shortfall[];
  /** The profile as `npm run profile` prints it. */
  download: string;
}

const days = (n: number, kind = 'working') => `${n} ${kind} day${n === 1 ? '' : 's'}`;
const from = (anchor: string) => (anchor === 'receipt' ? 'of receipt' : `of the ${anchor}`);

export function timescales(p: PolicyProfile): Timescale[] {
  const { timeLimit, stage1, stage2, quickFix, healthAndSafetyScreening: screening } = p;
  const window = stage2.requestWindow;
  return [
    {
      label: 'Time limit for complaining',
      value: timeLimit.months === null ? 'none' : `${timeLimit.months} months (late ones: ${timeLimit.late})`,
      sources: timeLimit.source,
    },
    { label: 'Stage 1: acknowledge', value: `within ${days(stage1.acknowledge.workingDays)} ${from(stage1.acknowledge.countsFrom)}`, sources: stage1.acknowledge.source },
    { label: 'Stage 1: respond', value: `within ${days(stage1.respond.workingDays)} ${from(stage1.respond.countsFrom)}`, sources: stage1.respond.source },
    { label: 'Stage 1: extension', value: `at most ${days(stage1.extension.workingDays)} more`, sources: stage1.extension.source },
    {
      label: 'Stage 2: ask for it',
      value: window.days === null ? 'no time limit' : `within ${days(window.days, window.dayType)} of the stage 1 response`,
      sources: window.source,
    },
    { label: 'Stage 2: acknowledge', value: `within ${days(stage2.acknowledge.workingDays)} of the request`, sources: stage2.acknowledge.source },
    { label: 'Stage 2: respond', value: `within ${days(stage2.respond.workingDays)} ${from(stage2.respond.countsFrom)}`, sources: stage2.respond.source },
    { label: 'Stage 2: extension', value: `at most ${days(stage2.extension.workingDays)} more`, sources: stage2.extension.source },
    {
      label: `Quick fix (${quickFix.name})`,
      value: `${
        quickFix.respondWithinWorkingDays !== null
          ? `within ${days(quickFix.respondWithinWorkingDays)}`
          : quickFix.defaultWindow
            ? `no window in the policy; residents are told ${days(quickFix.defaultWindow.workingDays)} (a default to confirm)`
            : 'no fixed window'
      }; ${quickFix.autoEscalatesToStage1 ? 'unresolved, it becomes stage 1 by itself' : 'staff decide whether it becomes stage 1'}`,
      sources: [...quickFix.source, ...(quickFix.respondWithinWorkingDays === null ? (quickFix.defaultWindow?.source ?? []) : [])],
    },
    { label: 'Service request: respond', value: `within ${days(p.serviceRequest.respondWithinWorkingDays)} of receipt`, sources: p.serviceRequest.source },
    { label: 'Ombudsman', value: p.ombudsman.name, sources: p.ombudsman.source },
    {
      label: 'Health-and-safety screening',
      value: screening.hours === null ? 'no screening step' : `within ${screening.hours} hours`,
      sources: screening.source,
    },
  ];
}

export function profileSummary(p: PolicyProfile, activeId: string): ProfileSummary {
  return {
    id: p.id,
    name: p.name,
    version: p.version,
    nation: p.nation.value,
    landlord: p.landlord.name,
    active: p.id === activeId,
    origin: builtInProfiles.get(p.id) === p ? 'built-in' : 'own',
    timescales: timescales(p),
    shortfalls: lintProfile(p),
    download: `/api/staff/profiles/${p.id}`,
  };
}
