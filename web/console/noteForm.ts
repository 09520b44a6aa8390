// The case page's form for the record of the work (staff/service/caseNoteSchema.ts): one form for a
// note or a contact, whose contact fields count only when the kind is a contact.
import { CONTACT_METHODS } from '../../staff/service/caseNoteSchema';

export function noteForm(today: string) {
  return { today, methods: CONTACT_METHODS.map((value) => ({ value, text: value })) };
}

/** The form's fields as the note's JSON body: a note is its text alone. */
export function noteBody(fields: Record<string, string>): Record<string, unknown> {
  const text = fields.text ?? '';
  if (fields.kind !== 'contact') return { kind: fields.kind || 'note', text };
  return { kind: 'contact', method: fields.method, direction: fields.direction, on: fields.on, text };
}
