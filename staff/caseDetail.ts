// Case detail for staff, pure: everything a reviewer needs to see why triage decided what it did
// and which clocks run, with each deadline as a date and in working days from today.
import type { AuditEvent } from '../store/caseStore';
import { calendarFor } from '../triage/calendarFor';
import { londonDate, workingDaysBetween } from '../triage/workingDays';
import { relativeDue } from './caseState';
import { lettersFor } from './letters';
import { queueItem } from './queue';
import type { LoadedCase } from './staffService';

export interface DeadlineLine {
  label: string;
  due: string;
  /** The date the thing was done, when it has been. */
  doneOn: string | null;
  /** "in 3 working days" / "2 working days overdue", while it is still to do. */
  inWords: string | null;
  sources: string[];
}

export function deadlineLines({ row, profile, state }: LoadedCase, now: Date): DeadlineLine[] {
  const calendar = calendarFor(profile);
  const today = londonDate(now);
  const line = (label: string, due: string | undefined, doneOn: string | undefined, sources: string[]): DeadlineLine[] =>
    due
      ? [{ label, due, doneOn: doneOn ?? null, inWords: doneOn ? null : relativeDue(workingDaysBetween(today, due, calendar)), sources }]
      : [];
  const { lifecycle } = state;
  const s1 = profile.stage1;
  const s2 = profile.stage2;
  return [
    ...line('Quick fix: respond by', state.quickFix?.respondBy, lifecycle.quickFix?.resolvedOn ?? lifecycle.quickFix?.escalatedOn, profile.quickFix.source),
    ...(state.phase === 'needs_review' ? line('Acknowledge (Code 6.2 clock runs during review)', row.decision.deadlines.acknowledgeBy, undefined, s1.acknowledge.source) : []),
    ...line('Stage 1: acknowledge by', state.stage1?.acknowledgeBy, lifecycle.stage1?.acknowledgedOn, s1.acknowledge.source),
    ...line(
      lifecycle.stage1?.extension ? 'Stage 1: respond by (extended)' : 'Stage 1: respond by',
      state.stage1?.respondDue,
      lifecycle.stage1?.respondedOn,
      [...s1.respond.source, ...(lifecycle.stage1?.extension ? s1.extension.source : [])],
    ),
    ...line('Stage 2: acknowledge by', state.stage2?.acknowledgeBy, lifecycle.stage2?.acknowledgedOn, s2.acknowledge.source),
    ...line(
      lifecycle.stage2?.extension ? 'Stage 2: respond by (extended)' : 'Stage 2: respond by',
      state.stage2?.respondDue,
      lifecycle.stage2?.respondedOn,
      [...s2.respond.source, ...(lifecycle.stage2?.extension ? s2.extension.source : [])],
    ),
  ];
}

export function caseDetail(loaded: LoadedCase, audit: AuditEvent[], now: Date) {
  const { row, profile, state } = loaded;
  return {
    ...queueItem(loaded),
    theme: row.theme,
    profileName: profile.name,
    case: row.caseData,
    decision: row.decision,
    lifecycle: state.lifecycle,
    deadlines: deadlineLines(loaded, now),
    screenBy: row.decision.deadlines.screenBy ?? null,
    consent: { state: row.decision.consent, representative: row.caseData.representative ?? null, disclosure: row.decision.disclosure },
    vulnerability: row.caseData.vulnerability ?? null,
    letters: lettersFor(loaded),
    audit: audit.map((e) => ({ at: e.at.toISOString(), actor: e.actor, action: e.action, details: e.details })),
  };
}
export type CaseDetail = ReturnType<typeof caseDetail>;
