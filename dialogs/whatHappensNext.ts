// What the tenant is told happens next, after the outcome message, in words: when we acknowledge a
// complaint; for a late one that it is late, that we may still accept it, the date we decide by
// and their right to go to the landlord's ombudsman (Code 2.3, 2.4); for a repair, what happens next
// and for which home; for damp or mould that harms someone's health, by when a person looks at it.
// Every date is the decision's (the one staff see), never worked out here.
import { say } from '../templates/conversation/say';
import { dampReviewBy } from '../triage/dampHarmsHealth';
import type { TriageDecision } from '../triage/decisionSchema';
import type { Ombudsman } from '../triage/ombudsman';
import { londonDate } from '../triage/workingDays';
import type { IntakeDraft } from './intakeDraft';

export function whatHappensNext(decision: TriageDecision, draft: IntakeDraft, ombudsman: Ombudsman, emergencyPhone?: string): string | undefined {
  const parts = [forOutcome(decision, draft, ombudsman, emergencyPhone), dampLookedAt(decision)].filter((p): p is string => p !== undefined);
  return parts.length > 0 ? parts.join('\n\n') : undefined;
}

/** The review that exists for it (triage/dampHarmsHealth.ts); with none, no date is promised. */
function dampLookedAt(decision: TriageDecision): string | undefined {
  if (!decision.review.because.includes('damp_harms_health')) return undefined;
  const by = dampReviewBy(decision);
  return say('dampLookedAt', { by: by && londonDate(by) });
}

function forOutcome(decision: TriageDecision, draft: IntakeDraft, ombudsman: Ombudsman, emergencyPhone?: string): string | undefined {
  const canReply = decision.disclosure.canReplyToComplainant;
  switch (decision.outcome) {
    case 'stage1_opened':
      return canReply && decision.deadlines.acknowledgeBy ? say('acknowledgeBy', { acknowledgeBy: decision.deadlines.acknowledgeBy }) : undefined;
    case 'needs_review':
      return decision.review.because.includes('time_limit_discretion') && decision.deadlines.acknowledgeBy
        ? say('lateAtOnce', { decideBy: decision.deadlines.acknowledgeBy, ombudsman })
        : undefined;
    case 'service_request':
      return say('serviceRequestNext', { address: draft.address, phone: emergencyPhone });
    default:
      return undefined;
  }
}
