// The form filled from what the tenant already said (the slots understanding found in their
// first message): each filled slot is confirmed in the summary instead of asked. A slot is never
// overwritten: what they answered later stands.
import type { FormSlots } from '../understanding/formSlots';
import type { IntakeDraft } from './intakeDraft';

/** Writing about their own home: "my boiler", "I reported", "fy nghegin". */
const FIRST_PERSON = /\b(?:i|i'?m|i'?ve|my|me|we|our|us|dw i|rydw i|fy|fi|ein)\b/i;

export function fillFromWords(draft: IntakeDraft, slots: FormSlots): void {
  draft.location ??= slots.location;
  // "still", "every night": not asked whether it goes on (the date still is, when missing).
  if (slots.ongoing) draft.ongoing ??= true;
  draft.serviceOrPerson ??= slots.serviceOrPerson;
  draft.impact ??= slots.impact;
  draft.desiredOutcome ??= slots.desiredOutcome;
  draft.legal ??= slots.legal;
  if (slots.vulnerability) draft.vulnerability ??= { details: slots.vulnerability };
  if (slots.representative) draft.saidRepresentative = slots.representative;
  else if (FIRST_PERSON.test(draft.opening)) draft.forThemselves = true;
  if (slots.contact) draft.contact = { ...slots.contact, ...draft.contact };
  // "I live at 14 Park Road, LS9 8AB": a repair does not ask for the home again.
  draft.address ??= slots.address;
}
