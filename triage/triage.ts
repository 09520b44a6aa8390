import { accessRestriction } from './accessRestriction';
import type { StructuredCase } from './caseSchema';
import { categorise } from './categorise';
import { circumstances } from './circumstances';
import { consentGate } from './consentGate';
import { dampHarmsHealth } from './dampHarmsHealth';
import { LOOKED_AT_RULES, REVIEW_RULES, type Reason, type TriageDecision } from './decisionSchema';
import { applyExclusions } from './exclusions';
import { hazardClocks } from './hazards';
import type { PolicyProfile } from './profileSchema';
import { quickFixDeadline } from './quickFix';
import { reason } from './reason';
import { serviceRequestDeadline } from './serviceRequest';
import { healthAndSafetyScreening } from './screening';
import { stage1Deadlines } from './stage1Deadlines';

type Routed = Pick<TriageDecision, 'outcome' | 'exclusions' | 'deadlines' | 'quickFix' | 'serviceRequest'> & { reasons: Reason[] };

const OUTCOME_OF = { compliment: 'compliment', asb_report: 'asb_report' } as const;

/** A complaint: excluded, sent to a person, or opened at stage 1 with its clocks (Code 2, 6.2–6.4). */
function routeComplaint(profile: PolicyProfile, c: StructuredCase, categoryReasons: Reason[]): Routed {
  const { exclusions, reasons } = applyExclusions(profile, c);
  const all = [...categoryReasons, ...reasons];
  const clocks = stage1Deadlines(profile, c.receivedAt);
  const { acknowledge, respond, extension } = profile.stage1;
  const stage1Sources = [...acknowledge.source, ...respond.source, ...extension.source];
  if (all.some((r) => REVIEW_RULES.has(r.rule))) {
    // A person decides; the acknowledgement clock runs from receipt meanwhile (Code 6.2).
    return { outcome: 'needs_review', exclusions, deadlines: clocks, reasons };
  }
  if (exclusions.length > 0) {
    return {
      outcome: 'not_accepted',
      exclusions,
      deadlines: {},
      reasons: [...reasons, reason('exclusions_apply', `Not taken through the complaints process: explain why, with the right to go to the ${profile.ombudsman.name}.`, ['Code 2.4', 'Code 2.5'])],
    };
  }
  return {
    outcome: 'stage1_opened',
    exclusions,
    deadlines: clocks,
    reasons: [
      ...reasons,
      reason('stage1_opened', `Stage 1 opened: acknowledge by ${clocks.acknowledgeBy}, respond by ${clocks.respondBy} (${clocks.respondByWithExtension} at most with an extension).`, stage1Sources),
    ],
  };
}

/**
 * The triage decision: `(profile, case, now) → decision`, pure. `now` is only the time of the
 * decision; every clock runs from the case's own receipt time.
 */
export function triage(profile: PolicyProfile, c: StructuredCase, now: Date): TriageDecision {
  const { category, reasons: categoryReasons } = categorise(profile, c);
  const consent = consentGate(profile, c);
  const access = accessRestriction(profile, c);
  const screening = category === 'compliment' ? { reasons: [] } : healthAndSafetyScreening(profile, c);
  // Awaab's Law runs alongside the complaints process, whatever the category.
  const hazards = hazardClocks(profile, c);

  const routed: Routed =
    category === 'complaint'
      ? routeComplaint(profile, c, categoryReasons)
      : category === 'quick_fix'
        ? { outcome: 'quick_fix', exclusions: [], deadlines: {}, quickFix: quickFixDeadline(profile, c.receivedAt), reasons: [] }
        : category === 'service_request'
          ? { outcome: 'service_request', exclusions: [], deadlines: {}, serviceRequest: serviceRequestDeadline(profile, c.receivedAt), reasons: [] }
          : { outcome: OUTCOME_OF[category], exclusions: [], deadlines: {}, reasons: [] };

  const reasons = [
    ...categoryReasons, ...routed.reasons, ...circumstances(profile, c), ...dampHarmsHealth(profile, c), ...consent.reasons, ...access.reasons, ...screening.reasons, ...hazards.reasons,
  ];
  const because = [...new Set(reasons.filter((r) => REVIEW_RULES.has(r.rule) || LOOKED_AT_RULES.has(r.rule)).map((r) => r.rule))];
  return {
    outcome: routed.outcome,
    category,
    reportedCategory: c.category,
    exclusions: routed.exclusions,
    deadlines: screening.screenBy ? { ...routed.deadlines, screenBy: screening.screenBy } : routed.deadlines,
    ...(routed.quickFix ? { quickFix: routed.quickFix } : {}),
    ...(routed.serviceRequest ? { serviceRequest: routed.serviceRequest } : {}),
    consent: consent.consent,
    disclosure: consent.disclosure,
    restricted: access.restricted,
    hazards: hazards.hazards,
    review: { required: routed.outcome === 'needs_review' || because.some((r) => LOOKED_AT_RULES.has(r)), because },
    profile: { id: profile.id, version: profile.version },
    reasons,
    decidedAt: now.toISOString(),
  };
}
