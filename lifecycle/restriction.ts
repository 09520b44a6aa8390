// Marking a case restricted or lifting it, pure: (profile, case, request) → its next state and audit
// event, or a refusal. Restricted cases do not exist for roles that may not see them; a complaint
// about a member of staff stays restricted under the clause the landlord's profile names.
import type { PolicyProfile } from '../triage/profileSchema';
import type { RestrictionRequest } from './actionSchemas';
import type { ActionCase, ActionResult } from './actionResult';
import type { CaseState } from './caseState';
import { refuse } from './refusal';

export interface RestrictableCase extends ActionCase {
  reference: string;
  restricted: boolean;
  closed: boolean;
}

export function changeRestriction(profile: PolicyProfile, { row, state }: { row: RestrictableCase; state: CaseState }, body: RestrictionRequest): ActionResult {
  const sources = profile.people.staffConduct.source;
  if (body.restricted === row.restricted) {
    return refuse('already_recorded', `Case ${row.reference} is already ${row.restricted ? 'restricted' : 'open to reviewers'}.`);
  }
  if (!body.restricted && row.caseData.signals.staffConduct) {
    return refuse('not_allowed', `This complaint is about the conduct of a member of staff, so access stays restricted (${sources.join(', ')}).`);
  }
  return {
    ok: true,
    next: {
      decision: row.decision,
      lifecycle: state.lifecycle,
      closed: row.closed,
      serviceArea: row.serviceArea,
      theme: row.theme,
      restricted: body.restricted,
    },
    event: { action: body.restricted ? 'case.restricted' : 'case.unrestricted', details: { reason: body.reason, sources } },
  };
}
