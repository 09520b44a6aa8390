import type { StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import { reason } from './reason';

/** Complaints about a member of staff are held with restricted access (Greatwell 3, 5.1; whg App. 1). */
export function accessRestriction(c: StructuredCase): { restricted: boolean; reasons: Reason[] } {
  if (c.signals.staffConduct) {
    return {
      restricted: true,
      reasons: [reason('restricted', 'About the conduct of a member of staff: access restricted to complaints officers and the line manager.', ['Greatwell 3', 'Greatwell 5.1', 'whg App. 1'])],
    };
  }
  return { restricted: c.restricted, reasons: [] };
}
