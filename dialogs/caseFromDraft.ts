// The structured case triage receives, from what the conversation gathered. Pure.
import { StructuredCaseSchema, type StructuredCase, type StructuredCaseInput } from '../triage/caseSchema';
import { addressParts } from '../understanding/homeAddress';
import type { IntakeDraft } from './intakeDraft';

export interface CaseContext {
  profile: string;
  receivedAt: Date;
  channel: 'webchat' | 'msteams' | 'other';
}

const SUMMARY_LIMIT = 4000;

/** Free text fits the case schema's limits; the full words stay in the conversation transcript. */
const clip = (text: string | undefined, max: number) => (text === undefined ? undefined : text.slice(0, max));

/** For staff, with the tenant's own words: the health risk the conversation gave advice about (Awaab's Law guidance). */
const DAMP_HEALTH_RISK = 'Damp or mould with a baby or child, pregnancy or a breathing illness in the home: health advice given in the chat; review the risk to the household.';

function vulnerabilityOf(draft: IntakeDraft): StructuredCaseInput['vulnerability'] {
  const atRisk = draft.advised?.includes('dampHealth');
  if (!draft.vulnerability && !atRisk) return undefined;
  const details = [draft.vulnerability?.details, atRisk && DAMP_HEALTH_RISK].filter(Boolean).join('\n');
  return {
    hasVulnerability: true,
    details: clip(details, 2000),
    adjustments: draft.vulnerability ? [clip(draft.vulnerability.details, 300) as string] : [],
  };
}

/** The home's address as the case's contact holds it: its lines, and its postcode when valid. */
function homeOf(draft: IntakeDraft): Pick<NonNullable<StructuredCaseInput['contact']>, 'address' | 'postcode'> {
  if (!draft.address) return {};
  const { lines, postcode } = addressParts(draft.address);
  return { ...(lines.length > 0 ? { address: lines } : {}), ...(postcode ? { postcode } : {}) };
}

export function caseFromDraft(draft: IntakeDraft, ctx: CaseContext): StructuredCase {
  const journey = draft.journey ?? 'complaint';
  const summary = [
    draft.opening,
    ...draft.additions,
    draft.location && `Where: ${draft.location}`,
    draft.address && `Address: ${draft.address}`,
    draft.impact && `Impact: ${draft.impact}`,
  ]
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
    // Where in the home is not a service: "kitchen" must never become "our kitchen team".
    serviceArea: clip(draft.serviceOrPerson, 100),
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
    // Safety, staff conduct and hazards come from the tenant's words when the case is opened,
    // the same way on every channel (cases/caseFacts.ts).
    signals: {
      legalProceedingsFiled: draft.legal === 'filed',
      preActionProtocol: draft.legal === 'pre_action',
      insuranceClaim: draft.insuranceClaim === true,
    },
    priorServiceRequest: draft.reportedBefore?.dissatisfied
      ? {
          reportedOn: draft.reportedBefore.reportedOn ?? draft.occurredOn ?? ctx.receivedAt.toISOString().slice(0, 10),
          dissatisfiedWithResponse: true,
        }
      : undefined,
    asbCaseHandlingDissatisfaction: draft.asbHandlingDissatisfaction ?? false,
    tenantWantsFormalComplaint: draft.wantsFormalComplaint ?? false,
    vulnerability: vulnerabilityOf(draft),
    contact: contact && !contact.anonymous
      ? {
          name: clip(contact.name, 200),
          email: contact.email,
          phone: contact.phone,
          preferredMethod: contact.method,
          agreesToContact: contact.agreesToContact,
          ...homeOf(draft),
        }
      : draft.address && !contact?.anonymous
        ? homeOf(draft)
        : undefined,
  };
  return StructuredCaseSchema.parse(input);
}
