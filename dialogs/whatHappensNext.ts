// What the tenant is told happens next, after the outcome message, in words: when we acknowledge a
// complaint; for a late one that it is late, that we may still accept it, the date we decide by
// and their right to go to the landlord's ombudsman (Code 2.3, 2.4); for a repair, what happens next
// and for which home. Every date is the decision's (the one staff see), never worked out here.
import { say } from '../templates/conversation/say';
import type { TriageDecision } from '../triage/decisionSchema';
import type { Ombudsman } from '../triage/ombudsman';
import type { IntakeDraft } from './intakeDraft';

export function whatHappensNext(decision: TriageDecision, draft: IntakeDraft, ombudsman: Ombudsman, emergencyPhone?: string): string | undefined {
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
