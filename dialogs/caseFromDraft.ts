// The structured case triage receives, from what the conversation gathered. Pure.
import { StructuredCaseSchema, type StructuredCase, type StructuredCaseInput } from '../triage/caseSchema';
import type { Language } from '../templates/language';
import { ADJUSTMENT_OF } from '../understanding/communicationNeeds';
import { addressParts } from '../understanding/homeAddress';
import type { IntakeDraft } from './intakeDraft';

export interface CaseContext {
  profile: string;
  receivedAt: Date;
  channel: 'webchat' | 'msteams' | 'other';
  /** The language the conversation was in: a Welsh conversation is a Welsh-speaking resident. */
  language: Language;
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
  // The adjustments themselves are the contact's, as short items (communicationNeedsOf), never this sentence.
  return { hasVulnerability: true, details: clip(details, 2000) };
}

/**
 * How they need us to communicate, in the contact's own fields — the ones staff and letters read
 * (contact.adjustments, contact.language): each need a short item, the language they asked for,
 * else Welsh when the conversation was.
 */
function communicationNeedsOf(draft: IntakeDraft, ctx: CaseContext): Pick<NonNullable<StructuredCaseInput['contact']>, 'adjustments' | 'language'> {
  const adjustments = (draft.needs?.needs ?? []).map((n) => ADJUSTMENT_OF[n.key](n.value)).slice(0, 20);
  const language = draft.needs?.language ?? (ctx.language === 'cy' ? 'cy' : undefined);
  return { ...(adjustments.length > 0 ? { adjustments } : {}), ...(language ? { language } : {}) };
}

/** The home's address as the case's contact holds it: its lines, and its postcode when valid. */
function homeOf(draft: IntakeDraft): Pick<NonNullable<StructuredCaseInput['contact']>, 'address' | 'postcode'> {
  if (!draft.address) return {};
  const { lines, postcode } = addressParts(draft.address);
  return { ...(lines.length > 0 ? { address: lines } : {}), ...(postcode ? { postcode } : {}) };
}

function contactOf(draft: IntakeDraft, ctx: CaseContext): StructuredCaseInput['contact'] {
  const contact = draft.contact;
  const found = {
    ...(contact && {
      name: clip(contact.name, 200),
      email: contact.email,
      phone: contact.phone,
      preferredMethod: contact.method,
      agreesToContact: contact.agreesToContact,
    }),
    ...homeOf(draft),
    ...communicationNeedsOf(draft, ctx),
  };
  return Object.keys(found).length > 0 ? found : undefined;
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
    contact: contact?.anonymous ? undefined : contactOf(draft, ctx),
  };
  return StructuredCaseSchema.parse(input);
}
