// Staff change the resident's contact: the given contact replaces the one on the case (whether
// the resident agreed to be contacted is theirs to say, so it is kept), and the names of the
// fields that changed are returned for the audit trail.
import type { StructuredCase } from '../triage/caseSchema';
import type { Contact } from '../triage/contactSchema';

const FIELDS = ['name', 'email', 'phone', 'address', 'postcode', 'language', 'preferredMethod', 'adjustments'] as const;

/**
 * The contact as staff edit it: an older case's free-text adjustments (`vulnerability.adjustments`)
 * appear as "other" adjustments in their own words, so saving the form restates them as kinds.
 */
export function editableContact(caseData: StructuredCase): Contact {
  const contact = caseData.contact ?? {};
  const words = (caseData.vulnerability?.adjustments ?? []).map((details) => ({ kind: 'other' as const, details }));
  const adjustments = [...(contact.adjustments ?? []), ...words];
  return { ...contact, ...(adjustments.length ? { adjustments } : {}) };
}

export function contactUpdated(caseData: StructuredCase, given: Omit<Contact, 'agreesToContact'>): { caseData: StructuredCase; changed: string[] } {
  const before = editableContact(caseData);
  const after: Contact = { ...given, ...(before.agreesToContact !== undefined ? { agreesToContact: before.agreesToContact } : {}) };
  const changed = FIELDS.filter((f) => JSON.stringify(before[f]) !== JSON.stringify(after[f]));
  // The given adjustments replace the older free-text ones too: they were shown to staff as "other".
  const vulnerability = caseData.vulnerability && { hasVulnerability: caseData.vulnerability.hasVulnerability, ...(caseData.vulnerability.details ? { details: caseData.vulnerability.details } : {}) };
  return { caseData: { ...caseData, contact: after, ...(vulnerability ? { vulnerability } : {}) }, changed };
}
