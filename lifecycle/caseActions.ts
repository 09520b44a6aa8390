// Staff actions as pure functions: (profile, case, action, now) → the case's next state and the
// audit event that records it, or a refusal a person can act on. Each action is an entry in the
// catalogue (lifecycle/actionCatalogue.ts); the store applies the result.
import type { PolicyProfile } from '../triage/profileSchema';
import { londonDate } from '../triage/workingDays';
import { CASE_ACTIONS, type CaseAction } from './actionCatalogue';
import type { ActionCase, ActionResult } from './actionResult';
import type { ActionInput, ActionName } from './actionSchemas';
import { caseState } from './caseState';
import { refuse, type Refused } from './refusal';

/** A date staff record must have happened: not in the future, not before the case was received. */
function implausibleDate(body: ActionInput['body'], c: ActionCase, today: string): Refused | undefined {
  const on = 'on' in body ? body.on : 'requestedOn' in body ? body.requestedOn : undefined;
  if (on === undefined) return undefined;
  if (on > today) return refuse('invalid_date', `The date ${on} is in the future: record what has happened, on the day it happened.`);
  const received = londonDate(c.receivedAt);
  if (on < received) return refuse('invalid_date', `The date ${on} is before the case was received (${received}).`);
  return undefined;
}

/** `actor`: who acts, as an id (`staff:<subject>`); the name `by` stands in when there is none. */
export function applyAction(profile: PolicyProfile, c: ActionCase, input: ActionInput, { now, by, actor = by }: { now: Date; by: string; actor?: string }): ActionResult {
  const today = londonDate(now);
  const state = caseState(profile, c, now);
  // The catalogue is keyed by action name, so the entry and the body belong together.
  const action = CASE_ACTIONS[input.action] as CaseAction<ActionName>;
  const availability = action.available(state);
  if (!availability.ok) return availability;
  return implausibleDate(input.body, c, today) ?? action.apply({ profile, c, state, now, today, by, actor }, input.body);
}
