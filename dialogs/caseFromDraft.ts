// The structured case triage receives, from what the conversation gathered. Pure.
import { StructuredCaseSchema, type StructuredCase, type StructuredCaseInput } from '../triage/caseSchema';
import type { HazardSuggestion } from '../understanding/understandingSchema';
import type { IntakeDraft } from './intakeDraft';

export interface CaseContext {
  profile: string;
  receivedAt: Date;
  channel: 'webchat' | 'msteams' | 'other';
}

const SUMMARY_LIMIT = 4000;

/** Free text fits the case schema's limits; the full words stay in the conversation transcript. */
const clip = (text: string | undefined, max: number) => (text === undefined ? undefined : text.slice(0, max));

function uniqueHazards(draft: IntakeDraft) {
  const byHazard = new Map<string, { hazard: HazardSuggestion['hazard']; emergency: boolean }>();
  for (const h of draft.understanding?.hazards ?? []) {
    const seen = byHazard.get(h.hazard);
    byHazard.set(h.hazard, { hazard: h.hazard, emergency: h.emergency || (seen?.emergency ?? false) });
  }
  return [...byHazard.values()];
}

export function caseFromDraft(draft: IntakeDraft, ctx: CaseContext): StructuredCase {
  const journey = draft.journey ?? 'complaint';
  const suggested = draft.understanding?.signals;
  const summary = [draft.opening, ...draft.additions, draft.impact && `Impact: ${draft.impact}`]
    .filter(Boolean)
    .join('\n')
    .slice(0, SUMMARY_LIMIT);
  const contact = draft.contact;
  const input: StructuredCaseInput = {
    profile: ctx.profile,
    receivedAt: ctx.receivedAt.toISOString(),
    channel: ctx.channel,
    // Sent as first reported, so triage itself applies and cites the rule that makes it a
    // complaint: Code 1.5 for a service request, WCH 4.6.3 for ASB handling.
    category: draft.reportedBefore?.dissatisfied ? 'service_request' : draft.asbHandlingDissatisfaction ? 'asb_report' : journey,
    summary,
    desiredOutcome: clip(draft.desiredOutcome, 2000) ?? 'Not given yet: please ask.',
    serviceArea: clip(draft.serviceOrPerson ?? draft.location, 100),
    incident: {
      occurredOn: draft.occurredOn,
      ongoing: draft.ongoing,
    },
    complainant: { type: contact?.anonymous ? 'anonymous' : 'tenant' },
    representative: draft.representative && {
      name: clip(contact?.name, 200) ?? 'Not given',
      relationship: draft.representative.relationship,
      consent: draft.representative.consent,
    },
    signals: {
      legalProceedingsFiled: draft.legal === 'filed',
      preActionProtocol: draft.legal === 'pre_action',
      // Safety leans to recall (a false alarm only means a senior look); staff conduct restricts access.
      safeguarding: suggested?.safeguarding_or_health_and_safety ?? false,
      healthAndSafety: suggested?.safeguarding_or_health_and_safety ?? false,
      staffConduct: suggested?.staff_conduct ?? false,
    },
    priorServiceRequest: draft.reportedBefore?.dissatisfied
      ? {
          reportedOn: draft.reportedBefore.reportedOn ?? draft.occurredOn ?? ctx.receivedAt.toISOString().slice(0, 10),
          dissatisfiedWithResponse: true,
        }
      : undefined,
    asbCaseHandlingDissatisfaction: draft.asbHandlingDissatisfaction ?? false,
    tenantWantsFormalComplaint: draft.wantsFormalComplaint ?? false,
    // Awaab's Law clocks start when we become aware, through any channel: the hazards the
    // tenant described are on the case whatever kind of contact it is (issue 8).
    hazards: uniqueHazards(draft).map((h) => ({ hazard: h.hazard, emergency: h.emergency, firstReportedAt: ctx.receivedAt.toISOString() })),
    vulnerability: draft.vulnerability && {
      hasVulnerability: true,
      details: clip(draft.vulnerability.details, 2000),
      adjustments: [clip(draft.vulnerability.details, 300) as string],
    },
    contact: contact && !contact.anonymous
      ? {
          name: clip(contact.name, 200),
          email: contact.email,
          phone: contact.phone,
          preferredMethod: contact.method,
          agreesToContact: contact.agreesToContact,
        }
      : undefined,
  };
  return StructuredCaseSchema.parse(input);
}
