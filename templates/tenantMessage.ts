import type { StructuredCase } from '../triage/caseSchema';
import type { TriageDecision } from '../triage/decisionSchema';
import { ombudsmanRight, type Ombudsman } from '../triage/ombudsman';
import { render } from './render';
import { adjustmentInWords } from './conversation/words';

export interface TenantMessageOptions {
  reference: string;
  /** The landlord's name from the profile; letters are signed with it. */
  landlordName?: string;
  /** The case's profile's ombudsman (Code 2.4), named in a refusal. */
  ombudsman: Ombudsman;
}

export interface TenantMessage {
  template: string;
  text: string;
}

// The template lists the ombudsman's details once, so each exclusion keeps only its "why".
export const withoutOmbudsmanRight = (explanation: string, ombudsman: Ombudsman) => explanation.replace(ombudsmanRight(ombudsman), '').trim();

/** Picks and renders the message the person who contacted us should get for a decision. */
export function tenantMessageFor(decision: TriageDecision, c: StructuredCase, options: TenantMessageOptions): TenantMessage {
  const signed = { reference: options.reference, landlordName: options.landlordName ?? 'Complaints team' };
  const canReply = decision.disclosure.canReplyToComplainant;
  const message = <K extends Parameters<typeof render>[0]>(template: K, data: Parameters<typeof render<K>>[1]) => ({
    template,
    text: render(template, data),
  });

  // Consent gate: until the resident agrees, the representative hears nothing about the case.
  if (decision.disclosure.toRepresentative === 'nothing') return message('consent-request', signed);

  switch (decision.outcome) {
    case 'stage1_opened':
      return message('acknowledgement', {
        ...signed,
        summary: c.summary,
        desiredOutcome: c.desiredOutcome,
        respondBy: decision.deadlines.respondBy as string,
        canReply,
        // What they asked for: the contact's adjustments (an older case's free-text ones as written).
        adjustments: [...(c.vulnerability?.adjustments ?? []), ...(c.contact?.adjustments ?? []).map(adjustmentInWords)].filter(Boolean),
        ombudsman: options.ombudsman,
      });
    case 'not_accepted':
      return message('not-accepted', {
        ...signed,
        reasons: decision.exclusions.map((e) => withoutOmbudsmanRight(e.explanation, options.ombudsman)),
        ombudsman: options.ombudsman,
      });
    case 'service_request':
      return message('service-request', { ...signed, serviceArea: c.serviceArea ?? null, respondBy: decision.serviceRequest?.respondBy ?? null });
    case 'asb_report':
      return message('asb-report', signed);
    case 'quick_fix':
      return message('quick-fix', {
        ...signed,
        respondBy: decision.quickFix?.respondBy ?? null,
        escalatesOn: decision.quickFix?.escalatesToStage1On ?? null,
      });
    case 'needs_review':
      return message('needs-review', { ...signed, contactBy: decision.deadlines.acknowledgeBy ?? null, canReply });
    case 'compliment':
      return message('compliment', { landlordName: signed.landlordName });
  }
}
