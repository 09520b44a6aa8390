// "When did it happen?" answered in the tenant's words: understanding resolves the date
// against now (never in the future); "since …" / "for …" mean it is still going on.
import { incidentFrom } from '../cases/caseFacts';
import type { Understanding } from '../understanding/understandingSchema';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { SKIP } from './prompts';

/** The same date rule as every channel (cases/caseFacts.ts): the latest the words allow. */
export function applyMentionedDate(draft: IntakeDraft, understanding: Understanding): void {
  const { occurredOn, ongoing } = incidentFrom(understanding.dates);
  if (!occurredOn) return;
  draft.occurredOn = occurredOn;
  if (ongoing) draft.ongoing = true;
}

export async function recordIncidentDate(draft: IntakeDraft, answer: string, services: IntakeServices): Promise<void> {
  if (SKIP.test(answer.trim())) return;
  applyMentionedDate(draft, await services.understand(answer, services.now()));
}
