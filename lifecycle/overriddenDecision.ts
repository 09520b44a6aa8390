// A triage decision changed by a person: the same shape as triage's, with its clocks recomputed.
import { explainExclusion } from '../triage/explainExclusion';
import type { ExclusionRule, TriageDecision } from '../triage/decisionSchema';
import type { PolicyProfile } from '../triage/profileSchema';
import { quickFixDeadline } from '../triage/quickFix';
import { serviceRequestDeadline } from '../triage/serviceRequest';
import { stage1Deadlines } from '../triage/stage1Deadlines';
import { triage } from '../triage/triage';
import type { ActionCase } from './actionResult';

export interface DecisionChange {
  outcome?: Exclude<TriageDecision['outcome'], 'needs_review'>;
  category?: TriageDecision['category'];
  refusalReason?: ExclusionRule;
}

export function overriddenDecision(profile: PolicyProfile, c: ActionCase, change: DecisionChange, now: Date): TriageDecision {
  if (!change.outcome && change.category) {
    // A new category alone: triage decides again with what the reviewer says the contact is.
    return triage(profile, { ...c.caseData, category: change.category }, now);
  }
  const outcome = change.outcome ?? c.decision.outcome;
  const { screenBy } = c.decision.deadlines;
  const deadlines = outcome === 'stage1_opened' ? stage1Deadlines(profile, c.receivedAt) : {};
  const kept = c.decision.exclusions.filter((e) => e.rule === change.refusalReason);
  const exclusions =
    outcome !== 'not_accepted' || !change.refusalReason
      ? []
      : kept.length > 0
        ? kept
        : [{ rule: change.refusalReason, explanation: explainExclusion(change.refusalReason, profile.ombudsman, { months: profile.timeLimit.months ?? undefined }), sources: ['Code 2.1', 'Code 2.4'] }];
  const quickFix = outcome === 'quick_fix' ? quickFixDeadline(profile, c.receivedAt) : undefined;
  const serviceRequest = outcome === 'service_request' ? serviceRequestDeadline(profile, c.receivedAt) : undefined;
  return {
    ...c.decision,
    outcome,
    category: change.category ?? c.decision.category,
    exclusions,
    deadlines: screenBy ? { ...deadlines, screenBy } : deadlines,
    quickFix,
    serviceRequest,
    review: { required: false, because: c.decision.review.because },
    decidedAt: now.toISOString(),
  };
}
