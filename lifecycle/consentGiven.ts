// The resident's permission for their representative has arrived (Code 1.3): the case records it,
// and triage's consent gate decides again what may be shared, so the decision says the
// representative can now be told. Nothing else in the decision changes.
import { consentGate } from '../triage/consentGate';
import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import type { PolicyProfile } from '../triage/profileSchema';
import type { ActionCase } from './actionResult';

export function consentGiven(profile: PolicyProfile, c: ActionCase, given: { on: string; method?: string }): { caseData: StructuredCase; decision: TriageDecision } {
  const representative = c.caseData.representative;
  if (!representative) throw new Error('Consent was recorded on a case with no representative: `available` should have refused.');
  const caseData: StructuredCase = {
    ...c.caseData,
    representative: { ...representative, consent: 'given', consentRecordedOn: given.on, ...(given.method ? { consentMethod: given.method } : {}) },
  };
  const gate = consentGate(profile, caseData);
  const decision: TriageDecision = {
    ...c.decision,
    consent: gate.consent,
    disclosure: gate.disclosure,
    reasons: [...c.decision.reasons.filter((r) => r.rule !== 'consent_gate'), ...gate.reasons.filter((r) => r.rule === 'consent_gate')],
  };
  return { caseData, decision };
}
