// "When did it happen?" answered in the tenant's words: understanding resolves the date
// against now (never in the future); "since …" / "for …" mean it is still going on.
import { londonDate } from '../triage/workingDays';
import type { Understanding } from '../understanding/understandingSchema';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { SKIP } from './prompts';

export function applyMentionedDate(draft: IntakeDraft, understanding: Understanding): void {
  const first = understanding.dates[0];
  if (!first) return;
  draft.occurredOn = londonDate(new Date(first.date));
  if (first.ongoing) draft.ongoing = true;
}

export async function recordIncidentDate(draft: IntakeDraft, answer: string, services: IntakeServices): Promise<void> {
  if (SKIP.test(answer.trim())) return;
  applyMentionedDate(draft, await services.understand(answer, services.now()));
}
