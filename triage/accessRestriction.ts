import type { StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';

/** Complaints about a member of staff are held with restricted access, whatever the profile. */
export function accessRestriction(profile: PolicyProfile, c: StructuredCase): { restricted: boolean; reasons: Reason[] } {
  if (c.signals.staffConduct) {
    return {
      restricted: true,
      reasons: [
        reason('restricted', 'About the conduct of a member of staff: access restricted to complaints officers and the line manager.', profile.people.staffConduct.source),
      ],
    };
  }
  return { restricted: c.restricted, reasons: [] };
}
