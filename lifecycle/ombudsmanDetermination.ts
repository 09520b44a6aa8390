// Recording what an ombudsman determined on a complaint the resident took to it (Code 8.1: the
// annual complaint performance report gives the determinations). Recorded once: it is final.
import type { ActionBody } from './actionSchemas';
import type { CaseState } from './caseState';
import type { Lifecycle } from './lifecycleSchema';
import { refuse, type Refused } from './refusal';

export function determinationAvailable({ lifecycle }: CaseState): { ok: true } | Refused {
  if (lifecycle.ombudsmanDetermination) {
    return refuse('already_recorded', `The ombudsman's determination was already recorded (${lifecycle.ombudsmanDetermination.on}).`);
  }
  // The Ombudsman considers complaints that have had the landlord's response; offering the form on
  // every open complaint would only clutter the case page.
  return lifecycle.stage1?.respondedOn
    ? { ok: true }
    : refuse('out_of_order', 'Record the stage 1 response first: the ombudsman considers a complaint once the landlord has answered it.');
}

export function withDetermination(lifecycle: Lifecycle, body: ActionBody<'record-ombudsman-determination'>, today: string): Lifecycle {
  const { version: _version, ...determination } = body;
  return { ...lifecycle, ombudsmanDetermination: { ...determination, recordedOn: today } };
}
