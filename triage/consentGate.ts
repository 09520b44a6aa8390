import type { StructuredCase } from './caseSchema';
import type { Reason, TriageDecision } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';

export type ConsentGate = Pick<TriageDecision, 'consent' | 'disclosure'> & { reasons: Reason[] };

/**
 * Third parties (Code 1.3): a case brought by a representative is accepted and its clocks run,
 * but nothing about it is shared with the representative until the resident's consent is
 * recorded. Anonymous complaints are logged and looked into but cannot be answered.
 */
export function consentGate(profile: PolicyProfile, c: StructuredCase): ConsentGate {
  const { representatives, anonymous } = profile.people;
  const consentSources = ['Code 1.3', ...representatives.source];
  const canReplyToComplainant = c.complainant.type !== 'anonymous';
  const reasons = canReplyToComplainant
    ? []
    : [reason('anonymous', 'Anonymous: record, monitor and investigate it, but there is no one to reply to.', anonymous.source)];
  const rep = c.representative;
  if (!rep) {
    return { consent: 'not_needed', disclosure: { toRepresentative: 'not_applicable', canReplyToComplainant, stillNeeded: [] }, reasons };
  }
  if (rep.consent === 'given') {
    return {
      consent: 'given',
      disclosure: { toRepresentative: 'case_details', canReplyToComplainant, stillNeeded: [] },
      reasons: [...reasons, reason('consent_gate', `The resident has given permission for ${rep.name} (${rep.relationship}) to act for them.`, consentSources)],
    };
  }
  const stillNeeded =
    rep.consent === 'pending'
      ? [`The resident's written permission for ${rep.name} (${rep.relationship}) to act for them and to see their details.`]
      : [`The resident refused permission for ${rep.name} (${rep.relationship}) to act for them: deal with the resident directly.`];
  return {
    consent: rep.consent,
    disclosure: { toRepresentative: 'nothing', canReplyToComplainant, stillNeeded },
    reasons: [
      ...reasons,
      reason('consent_gate', 'Accepted and the clocks run, but nothing may be shared with the representative until the resident consents.', consentSources),
    ],
  };
}
