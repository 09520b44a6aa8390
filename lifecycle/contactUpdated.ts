// Staff change the resident's contact: the given contact replaces the one on the case (whether
// the resident agreed to be contacted is theirs to say, so it is kept), and the names of the
// fields that changed are returned for the audit trail.
import type { StructuredCase } from '../triage/caseSchema';
import type { Contact } from '../triage/contactSchema';

const FIELDS = ['name', 'email', 'phone', 'address', 'postcode', 'language', 'preferredMethod', 'adjustments'] as const;

export function contactUpdated(caseData: StructuredCase, given: Omit<Contact, 'agreesToContact'>): { caseData: StructuredCase; changed: string[] } {
  const before: Contact = caseData.contact ?? {};
  const after: Contact = { ...given, ...(before.agreesToContact !== undefined ? { agreesToContact: before.agreesToContact } : {}) };
  const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  return { caseData: { ...caseData, contact: after }, changed };
}
