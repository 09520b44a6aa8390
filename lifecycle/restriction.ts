// Marking a case restricted or lifting it, pure: (case, request) → its next state and audit
// event, or a refusal. Restricted cases do not exist for reviewers (staff/service/staffCaseStore.ts).
import type { RestrictionRequest } from './actionSchemas';
import type { ActionResult } from './caseActions';
import type { LoadedCase } from '../staff/service/staffService';

export function changeRestriction({ row, state }: LoadedCase, body: RestrictionRequest): ActionResult {
  if (body.restricted === row.restricted) {
    return { ok: false, status: 409, message: `Case ${row.reference} is already ${row.restricted ? 'restricted' : 'open to reviewers'}.` };
  }
  if (!body.restricted && row.caseData.signals.staffConduct) {
    // Greatwell 3: complaints about a member of staff are held with access restricted to complaints officers.
    return { ok: false, status: 422, message: 'This complaint is about the conduct of a member of staff, so access stays restricted (Greatwell 3, 5.1).' };
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
    event: { action: body.restricted ? 'case.restricted' : 'case.unrestricted', details: { reason: body.reason, sources: ['Greatwell 3', 'Greatwell 5.1'] } },
  };
}
