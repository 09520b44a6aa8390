// What triage says about a complaint as soon as the facts that could stop it are known (a claim
// filed at court, an insurance claim, the time limit): a refusal is told at once with its reason
// and the right to go to the landlord's ombudsman (Code 2.4, 2.5); a late complaint, that it is
// late, that we may still accept it and by when we will decide (Code 2.3). The dates are
// triage's, the same decision staff will see; nothing is computed here.
import type { TurnContext } from 'botbuilder';
import { say } from '../templates/conversation/say';
import type { Exclusion } from '../triage/decisionSchema';
import { withoutOmbudsmanRight } from '../templates/tenantMessage';
import type { Ombudsman } from '../triage/ombudsman';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices, TurnInfo } from './intakeServices';

function why(exclusion: Exclusion, draft: IntakeDraft, ombudsman: Ombudsman): string {
  switch (exclusion.rule) {
    case 'legal_proceedings':
      return say(draft.legal === 'pre_action' ? 'whyPreAction' : 'whyCourt');
    case 'insurance_claim':
      return say('whyInsurance');
    case 'time_limit':
      return say('whyLate');
    default:
      return withoutOmbudsmanRight(exclusion.explanation, ombudsman);
  }
}

/** True when the complaints process cannot take it: the tenant has been told why. */
export async function tellExclusionsAtOnce(context: TurnContext, draft: IntakeDraft, services: IntakeServices, turn: TurnInfo): Promise<boolean> {
  const decision = await services.preview(draft, turn);
  if (decision.outcome === 'not_accepted') {
    await context.sendActivity(say('excludedAtOnce', { reasons: decision.exclusions.map((e) => why(e, draft, services.ombudsman)), ombudsman: services.ombudsman }));
    return true;
  }
  if (decision.review.because.includes('time_limit_discretion')) {
    await context.sendActivity(say('lateAtOnce', { decideBy: decision.deadlines.acknowledgeBy, ombudsman: services.ombudsman }));
  }
  return false;
}
