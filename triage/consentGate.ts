import type { StructuredCase } from './caseSchema';
import type { Reason, TriageDecision } from './decisionSchema';
import { reason } from './reason';

export type ConsentGate = Pick<TriageDecision, 'consent' | 'disclosure'> & { reasons: Reason[] };

const CONSENT_SOURCES = ['Code 1.3', 'whg 2.13', 'WCH 3.1.5', 'WCH 4.1.4'];

/**
 * Third parties (POLICY-RULES §3): a case brought by a representative is accepted and its clocks
 * run, but nothing about it is shared with the representative until the resident's consent is
 * recorded. Anonymous complaints are logged and looked into but cannot be answered.
 */
export function consentGate(c: StructuredCase): ConsentGate {
  const canReplyToComplainant = c.complainant.type !== 'anonymous';
  const reasons = canReplyToComplainant
    ? []
    : [reason('anonymous', 'Anonymous: record, monitor and investigate it, but there is no one to reply to.', ['seed 001 "Anonymous complaints"', 'WCH 4.3'])];
  const rep = c.representative;
  if (!rep) {
    return { consent: 'not_needed', disclosure: { toRepresentative: 'not_applicable', canReplyToComplainant, stillNeeded: [] }, reasons };
  }
  if (rep.consent === 'given') {
    return {
      consent: 'given',
      disclosure: { toRepresentative: 'case_details', canReplyToComplainant, stillNeeded: [] },
      reasons: [...reasons, reason('consent_gate', `The resident has given permission for ${rep.name} (${rep.relationship}) to act for them.`, CONSENT_SOURCES)],
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
      reason('consent_gate', 'Accepted and the clocks run, but nothing may be shared with the representative until the resident consents.', CONSENT_SOURCES),
    ],
  };
}
