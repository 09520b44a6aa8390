// Merging a duplicate case into the case that is kept, pure: (duplicate, kept, request, today) →
// both cases' next states and audit events, or a refusal. The duplicate closes as merged, with no
// outcome (its clocks stop, and the figures count it apart, never as a complaint of its own); the
// kept case lists it. Its notes and files stay on it. The rules, each protecting the resident:
// - never a case into itself, nor a case already merged or closed, nor into a closed case (reopen it
//   first, so the complaint keeps a running clock) or a contact routed elsewhere;
// - never an earlier case into a later one: the kept case's clocks must count from the first contact;
// - never a restricted case into an unrestricted one (the restriction would be lost);
// - never a case with an open Awaab's Law clock (close it in error first, if it is a duplicate);
// - the same resident (sameResident) unless the officer confirms otherwise, with a reason.
import { londonDate } from '../triage/workingDays';
import type { StructuredCase } from '../triage/caseSchema';
import type { MergeRequest } from './actionSchemas';
import type { ActionCase, NextState } from './actionResult';
import type { CaseState } from './caseState';
import { refuse, type Refused } from './refusal';

export interface MergeableCase extends ActionCase {
  id: number;
  reference: string;
  restricted: boolean;
  closed: boolean;
}

export interface MergeSide {
  row: MergeableCase;
  state: CaseState;
}

type Event = { action: string; details: Record<string, unknown> };
export type MergeResult = { ok: true; duplicate: { next: NextState; event: Event }; kept: { next: NextState; event: Event } } | Refused;

const digits = (phone: string | undefined) => {
  const d = (phone ?? '').replace(/\D/g, '');
  return d.startsWith('44') ? `0${d.slice(2)}` : d;
};
const words = (text: string | undefined) => (text ?? '').trim().toLowerCase().replace(/\s+/g, ' ');

/** The same resident: the same email, the same phone number, or the same name at the same postcode. */
export function sameResident(a: StructuredCase, b: StructuredCase): boolean {
  const x = a.contact ?? {};
  const y = b.contact ?? {};
  if (x.email && y.email && words(x.email) === words(y.email)) return true;
  if (x.phone && y.phone && digits(x.phone).length >= 6 && digits(x.phone) === digits(y.phone)) return true;
  return Boolean(x.name && y.name && x.postcode && y.postcode && words(x.name) === words(y.name) && words(x.postcode).replace(/ /g, '') === words(y.postcode).replace(/ /g, ''));
}

const unchanged = ({ row }: MergeSide) => ({ decision: row.decision, closed: row.closed, serviceArea: row.serviceArea, theme: row.theme });
const stageOf = (phase: CaseState['phase']): 0 | 1 | 2 => (phase === 'stage1' ? 1 : phase === 'stage2' ? 2 : 0);

export function mergeCases(duplicate: MergeSide, kept: MergeSide, openHazardClocks: number, body: MergeRequest, now: Date): MergeResult {
  const [b, a] = [duplicate.row, kept.row];
  if (a.id === b.id) return refuse('not_allowed', `A case cannot be merged into itself: give the reference of the case to keep, not ${b.reference}.`);
  const merged = duplicate.state.lifecycle.mergedInto;
  if (merged) return refuse('already_recorded', `Case ${b.reference} was already merged into ${merged.reference} on ${merged.on}.`);
  if (duplicate.state.phase === 'closed') return refuse('not_allowed_in_state', `Case ${b.reference} is closed: only an open case is merged as a duplicate.`);
  if (kept.state.phase === 'closed') {
    return refuse('not_allowed_in_state', `Case ${a.reference} is closed: reopen it first (with why), so the complaint it takes on keeps a running clock.`);
  }
  if (kept.state.phase === 'routed' && duplicate.state.phase !== 'routed') {
    return refuse('not_allowed', `Case ${a.reference} was routed elsewhere (it is not a complaint): merge it into ${b.reference} instead, so the complaint keeps its clocks.`);
  }
  const [receivedB, receivedA] = [londonDate(b.receivedAt), londonDate(a.receivedAt)];
  if (receivedB < receivedA) {
    return refuse('not_allowed', `Case ${b.reference} was received on ${receivedB}, before ${a.reference} (${receivedA}): merge ${a.reference} into ${b.reference} instead, so the clocks count from the first contact.`);
  }
  if (b.restricted && !a.restricted) {
    return refuse('not_allowed', `Case ${b.reference} is restricted and ${a.reference} is not: restrict ${a.reference} first, so the restriction is not lost.`);
  }
  if (openHazardClocks > 0) {
    return refuse('not_allowed', `Case ${b.reference} has an open Awaab's Law hazard clock: complete it, or close it in error if it duplicates one on ${a.reference}, before merging.`);
  }
  const differentResident = !sameResident(a.caseData, b.caseData);
  if (differentResident && !(body.confirmDifferentResident && body.reason)) {
    return refuse('not_allowed', `Cases ${b.reference} and ${a.reference} do not share the resident's email, phone number, or name and postcode: if they are the same complaint, confirm it (confirmDifferentResident) and say why.`);
  }
  const on = londonDate(now);
  const reason = body.reason ? { reason: body.reason } : {};
  return {
    ok: true,
    duplicate: {
      next: {
        ...unchanged(duplicate),
        lifecycle: { ...duplicate.state.lifecycle, mergedInto: { reference: a.reference, on, ...reason, differentResident }, closed: { on, stage: stageOf(duplicate.state.phase) } },
        closed: true,
      },
      event: { action: 'case.merged_into', details: { into: a.reference, on, ...reason, differentResident } },
    },
    kept: {
      next: { ...unchanged(kept), lifecycle: { ...kept.state.lifecycle, mergedFrom: [...(kept.state.lifecycle.mergedFrom ?? []), { reference: b.reference, on }] } },
      event: { action: 'case.merged_from', details: { from: b.reference, on, ...reason, differentResident } },
    },
  };
}
