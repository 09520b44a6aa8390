// Case detail for staff, pure: everything a reviewer needs to see why triage decided what it did
// and which clocks run, with each deadline as a date and in working days from today.
import { calendarFor } from '../../triage/calendarFor';
import { londonDate, workingDaysBetween } from '../../triage/workingDays';
import { relativeDue } from '../../lifecycle/caseState';
import { backdated, recordedLate } from '../../lifecycle/lifecycleSchema';
import { lettersFor } from './letters';
import { remedyWarnings } from '../../lifecycle/remedyWarning';
import { queueItem } from './queue';
import { hazardClockView } from '../hazards/hazardClockView';
import type { CaseHistory, LoadedCase } from '../service/staffService';
import { noteView } from './noteView';
import { attachmentView } from './attachmentView';
import { contactView } from './contactView';
import { remedyView } from './remedyView';

export interface DeadlineLine {
  label: string;
  due: string;
  /** The date the thing was done, when it has been. */
  doneOn: string | null;
  /** "in 3 working days" / "2 working days overdue", while it is still to do. */
  inWords: string | null;
  /** Entered on a later day than `doneOn`: shown, and judged late by that day when it is after `due`. */
  enteredOn: string | null;
  /** Entered after `due` though dated by it: counted late in the figures. */
  enteredLate: boolean;
  sources: string[];
}

export function deadlineLines({ row, profile, state }: LoadedCase, now: Date): DeadlineLine[] {
  const calendar = calendarFor(profile);
  const today = londonDate(now);
  const line = (label: string, due: string | undefined, doneOn: string | undefined, sources: string[], recordedOn?: string): DeadlineLine[] =>
    due
      ? [
          {
            label,
            due,
            doneOn: doneOn ?? null,
            inWords: doneOn ? null : relativeDue(workingDaysBetween(today, due, calendar), due < today),
            enteredOn: backdated(doneOn, recordedOn) ? (recordedOn as string) : null,
            enteredLate: doneOn !== undefined && doneOn <= due && recordedLate(doneOn, recordedOn, due),
            sources,
          },
        ]
      : [];
  const { lifecycle } = state;
  /** A stage's two clocks: acknowledge, then respond (by the extended date when there is one). */
  const stageLines = (stage: 1 | 2): DeadlineLine[] => {
    const key = stage === 1 ? 'stage1' : 'stage2';
    const [clocks, record, policy] = [state[key], lifecycle[key], profile[key]];
    const extended = record?.extension !== undefined;
    return [
      ...line(`Stage ${stage}: acknowledge by`, clocks?.acknowledgeBy, record?.acknowledgedOn, policy.acknowledge.source, record?.acknowledgementRecordedOn),
      ...line(
        `Stage ${stage}: respond by${extended ? ' (extended)' : ''}`,
        clocks?.respondDue,
        record?.respondedOn,
        [...policy.respond.source, ...(extended ? policy.extension.source : [])],
        record?.responseRecordedOn,
      ),
    ];
  };
  return [
    ...line('Service request: respond by', row.decision.serviceRequest?.respondBy, lifecycle.closed?.on, row.decision.serviceRequest?.sources ?? []),
    ...line('Quick fix: respond by', state.quickFix?.respondBy, lifecycle.quickFix?.resolvedOn ?? lifecycle.quickFix?.escalatedOn, profile.quickFix.source),
    ...(state.phase === 'needs_review'
      ? line('Acknowledge (Code 6.2 clock runs during review)', row.decision.deadlines.acknowledgeBy, undefined, profile.stage1.acknowledge.source)
      : []),
    ...stageLines(1),
    ...stageLines(2),
  ];
}

/** The name each account acted under, from the audit trail (staff steps record `by`); the latest wins. */
function nameFromAudit(audit: CaseHistory['audit']) {
  const names = new Map<string, string>();
  for (const e of audit) if (typeof e.details?.by === 'string') names.set(e.actor, e.details.by);
  return (actor: string) => names.get(actor);
}

/** Newest first by when each was written; ties keep their order (a stable sort). */
const newestFirst = <T extends { at: string }>(items: T[]): T[] => [...items].sort((x, y) => y.at.localeCompare(x.at));

export function caseDetail(loaded: LoadedCase, { audit, forwarded, conversation, hazardClocks, notes, attachments, fromDuplicates, mergedIntoLive }: CaseHistory, now: Date) {
  const { row, profile, state } = loaded;
  return {
    ...queueItem(loaded),
    theme: row.theme,
    profileName: profile.name,
    case: row.caseData,
    decision: row.decision,
    lifecycle: state.lifecycle,
    /** The case this duplicate was merged into (details in lifecycle.mergedInto), or null. */
    mergedInto: state.lifecycle.mergedInto?.reference ?? null,
    /** Where the complaint goes on now, after every merge since (the same as mergedInto after one). */
    mergedIntoLive: mergedIntoLive ?? state.lifecycle.mergedInto?.reference ?? null,
    /** The duplicates merged into this case, oldest first. */
    mergedFrom: state.lifecycle.mergedFrom ?? [],
    deadlines: deadlineLines(loaded, now),
    /** What each stage response put right (Code 6.9, 7), its actions with whether done or overdue, and root causes (Code 8). */
    remedies: remedyView(state.lifecycle, profile, londonDate(now), nameFromAudit(audit)),
    /** A stage upheld or partly upheld with no remedy and no reason why (Code 7.1; BCHG 8.1–8.2): shown until one is recorded. */
    warnings: remedyWarnings(state.lifecycle),
    screenBy: row.decision.deadlines.screenBy ?? null,
    consent: { state: row.decision.consent, representative: row.caseData.representative ?? null, disclosure: row.decision.disclosure },
    vulnerability: row.caseData.vulnerability ?? null,
    /** Who the resident is and how to reach them: name, email, phone, address, preferred method, language, adjustments. */
    contact: contactView(row.caseData),
    letters: lettersFor(loaded),
    /** Every Awaab's Law clock of the case, open and closed, each step with its deadline and state. */
    hazardClocks: hazardClocks.map((c) => hazardClockView(c, row.reference, now)),
    forwarded,
    conversation: conversation.map((e) => ({ speaker: e.speaker, channel: e.channel, at: e.at.toISOString(), text: e.text, choices: e.choices })),
    /** The record of the work on the case, newest first. */
    /** The record of the work on the case and on the duplicates merged into it (`fromCase`), newest first. */
    notes: newestFirst([
      ...notes.map(noteView),
      ...fromDuplicates.flatMap((d) => d.notes.map((n) => ({ ...noteView(n), fromCase: d.reference }))),
    ]),
    /** Files kept with the case and with the duplicates merged into it (`fromCase`), newest first, each with its download link. */
    attachments: newestFirst([
      ...attachments.map((a) => attachmentView(a, row.reference)),
      ...fromDuplicates.flatMap((d) => d.attachments.map((a) => ({ ...attachmentView(a, d.reference), fromCase: d.reference }))),
    ]),
    audit: audit.map((e) => ({ at: e.at.toISOString(), actor: e.actor, action: e.action, details: e.details })),
  };
}
export type CaseDetail = ReturnType<typeof caseDetail>;
