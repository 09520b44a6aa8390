import type { StructuredCase } from './caseSchema';
import type { Exclusion, ExclusionRule, Reason } from './decisionSchema';
import { explainExclusion, type ExplanationDetail } from './explainExclusion';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';
import { checkTimeLimit } from './timeLimit';

export interface ExclusionFindings {
  exclusions: Exclusion[];
  reasons: Reason[];
}

type OnOffSetting = Exclude<keyof PolicyProfile['exclusions'], 'legalProceedings'>;

// Exclusions that are a plain on/off setting, keyed by the case signal that triggers them.
const ON_OFF: ReadonlyArray<{ rule: ExclusionRule; setting: OnOffSetting; signal: keyof StructuredCase['signals'] }> = [
  { rule: 'insurance_claim', setting: 'insuranceClaim', signal: 'insuranceClaim' },
  { rule: 'previously_considered', setting: 'previouslyConsidered', signal: 'previouslyConsidered' },
  { rule: 'rent_or_service_charge_level', setting: 'rentOrServiceChargeLevel', signal: 'rentOrServiceChargeLevel' },
  { rule: 'other_statutory_agency', setting: 'otherStatutoryAgency', signal: 'otherStatutoryAgency' },
  { rule: 'contractor_dispute', setting: 'contractorDispute', signal: 'contractorDispute' },
  { rule: 'legislative_requirements', setting: 'legislativeRequirements', signal: 'dissatisfiedWithLaw' },
];

function exclusion(profile: PolicyProfile, rule: ExclusionRule, sources: readonly string[], detail: ExplanationDetail = {}): Exclusion {
  return { rule, explanation: explainExclusion(rule, profile.ombudsman, detail), sources: [...sources] };
}

/** Code 2.2: legal proceedings exclude, but a pre-action protocol letter is not legal proceedings. */
function legalProceedings(profile: PolicyProfile, c: StructuredCase): ExclusionFindings {
  const setting = profile.exclusions.legalProceedings;
  if (!setting.applies) return { exclusions: [], reasons: [] };
  if (c.signals.legalProceedingsFiled) return { exclusions: [exclusion(profile, 'legal_proceedings', setting.source)], reasons: [] };
  if (!c.signals.preActionProtocol) return { exclusions: [], reasons: [] };
  const excluded =
    setting.preActionProtocol === 'excluded' ||
    (setting.preActionProtocol === 'excluded_if_adr_refused' && c.signals.refusedComplaintsProcessAsAdr);
  if (excluded) return { exclusions: [exclusion(profile, 'legal_proceedings', setting.source, { preAction: true })], reasons: [] };
  return {
    exclusions: [],
    reasons: [reason('pre_action_not_legal_proceedings', 'A pre-action protocol letter is not legal proceedings: the complaint goes ahead.', setting.source)],
  };
}

/** Who is complaining, as far as the policy's scope goes: someone who is not a customer. */
function nonCustomer(profile: PolicyProfile, c: StructuredCase): ExclusionFindings {
  if (c.complainant.type !== 'non_customer') return { exclusions: [], reasons: [] };
  const { handling, source } = profile.nonCustomers;
  switch (handling) {
    case 'exclude':
      return { exclusions: [exclusion(profile, 'non_customer', source)], reasons: [] };
    case 'discretionary':
      return {
        exclusions: [],
        reasons: [reason('non_customer_discretionary', 'Not a customer: decide whether to accept it; if accepted, tell them it is on a discretionary basis.', source)],
      };
    case 'accept':
      return { exclusions: [], reasons: [reason('non_customer_accepted', 'Not a customer, but affected by our service: accepted.', source)] };
  }
}

/**
 * Exclusions (Code 2). None is silent: each carries an explanation with the right to go to the
 * Ombudsman (Code 2.4), and matters that need judgement go to a person instead.
 */
export function applyExclusions(profile: PolicyProfile, c: StructuredCase): ExclusionFindings {
  const timeLimit = checkTimeLimit(profile, c);
  const legal = legalProceedings(profile, c);
  const scope = nonCustomer(profile, c);
  const leaseholder = c.complainant.type === 'leaseholder' || c.complainant.type === 'shared_owner';
  const onOff = ON_OFF.filter(({ setting, signal }) => profile.exclusions[setting].applies && c.signals[signal]).map(
    ({ rule, setting }) => exclusion(profile, rule, profile.exclusions[setting].source, { leaseholder }),
  );
  const reasons = [...timeLimit.reasons, ...legal.reasons, ...scope.reasons];
  const { unreasonableBehaviour, whistleblowing } = profile.people;
  // Never decided automatically: restricting someone's access to complaints needs a person's judgement.
  if (c.signals.unreasonableBehaviour) {
    reasons.push(
      reason('unreasonable_behaviour', 'Unreasonable or vexatious behaviour was flagged: a person must decide, proportionately, under the behaviour policy.', unreasonableBehaviour.source),
    );
  }
  if (c.signals.whistleblowing) {
    reasons.push(reason('whistleblowing', 'This may be a whistleblowing matter: signpost to the Whistleblowing Policy.', whistleblowing.source));
  }
  return {
    exclusions: [...(timeLimit.exclusion ? [timeLimit.exclusion] : []), ...legal.exclusions, ...scope.exclusions, ...onOff],
    reasons,
  };
}
