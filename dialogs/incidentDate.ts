// "When did it happen?" answered in the tenant's words: understanding resolves the date
// against now (never in the future); "since …" / "for …" mean it is still going on.
import { incidentFrom } from '../cases/caseFacts';
import type { MentionedDate } from '../understanding/understandingSchema';
import type { DateAnswer } from './datePrompt';
import type { IntakeDraft } from './intakeDraft';

/** The same date rule as every channel (cases/caseFacts.ts): the latest the words allow. */
export function applyMentionedDate(draft: IntakeDraft, dates: MentionedDate[]): void {
  const { occurredOn, ongoing } = incidentFrom(dates);
  if (!occurredOn) return;
  draft.occurredOn = occurredOn;
  if (ongoing) draft.ongoing = true;
}

/** The answer to a date question, already understood by the date prompt: nothing is read twice. */
export function recordIncidentDate(draft: IntakeDraft, answer: DateAnswer | undefined): void {
  if (answer && !answer.skipped) applyMentionedDate(draft, answer.dates);
}
