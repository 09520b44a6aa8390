// The queue page's "Log a complaint" form: a phone call or a letter, as a LoggedCaseSchema body
// (staff/service/loggedCaseSchema.ts). Pure data for templates/console/queue.hbs and back.
import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import { CATEGORIES, COMPLAINANT_TYPES } from '../../triage/caseSchema';
import { HAND_LOGGED_CHANNELS } from '../../triage/vocabulary';

const words = (v: string) => v.replace(/_/g, ' ');
const choose = (values: readonly string[], chosen: string) => values.map((value) => ({ value, text: words(value), selected: value === chosen }));

/**
 * The form's choices, with a complaint from a tenant by phone, received now, chosen to start with,
 * and the idempotency key it will be sent with: new for each form shown, so a double submit is one case.
 */
export function logCaseForm(now: Date) {
  return {
    idempotencyKey: randomUUID(),
    channels: choose(HAND_LOGGED_CHANNELS, 'phone'),
    categories: choose(CATEGORIES, 'complaint'),
    complainants: choose(COMPLAINANT_TYPES, 'tenant'),
    receivedAt: DateTime.fromJSDate(now, { zone: 'Europe/London' }).toFormat("yyyy-MM-dd'T'HH:mm"),
  };
}

/** The posted fields as the case's JSON body: times typed on a London clock, empty fields absent. */
export function loggedCaseBody(fields: Record<string, string>): Record<string, unknown> {
  const given = (k: string) => (fields[k]?.trim() ? fields[k].trim() : undefined);
  const received = given('receivedAt');
  const at = received ? DateTime.fromISO(received, { zone: 'Europe/London' }) : undefined;
  const contact = { name: given('name'), phone: given('phone'), email: given('email') };
  return {
    channel: fields.channel,
    receivedAt: at?.isValid ? at.toUTC().toISO() : received,
    category: fields.category,
    summary: fields.summary,
    desiredOutcome: fields.desiredOutcome,
    complainant: { type: fields.complainantType },
    incident: { ...(given('occurredOn') ? { occurredOn: given('occurredOn') } : {}), ...(fields.ongoing === 'true' ? { ongoing: true } : {}) },
    ...(Object.values(contact).some(Boolean) ? { contact: Object.fromEntries(Object.entries(contact).filter(([, v]) => v)) } : {}),
  };
}
