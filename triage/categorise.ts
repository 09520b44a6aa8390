import type { Category, StructuredCase } from './caseSchema';
import type { Reason } from './decisionSchema';
import type { PolicyProfile } from './profileSchema';
import { reason } from './reason';

export interface Categorised {
  category: Category;
  reasons: Reason[];
}

/**
 * What the contact is, after the rules that cut across categories (Code 1). The order matters:
 * a compliment is never a complaint; otherwise the tenant's own choice and the seriousness of
 * the matter win over the category the bot suggested. The Code's clauses are cited here; the
 * landlord's come from the profile.
 */
export function categorise(profile: PolicyProfile, c: StructuredCase): Categorised {
  const rules = profile.categories;
  if (c.category === 'compliment') {
    return { category: 'compliment', reasons: [reason('compliment', 'Positive feedback: record it and pass it to the staff member.', rules.compliment.source)] };
  }
  if (c.tenantWantsFormalComplaint && c.category !== 'complaint') {
    return {
      category: 'complaint',
      reasons: [reason('tenant_choice', 'The tenant asked for a formal complaint, so it is one.', ['Code 1.3', ...rules.complaintChoice.source])],
    };
  }
  if (c.category === 'service_request' && c.priorServiceRequest?.dissatisfiedWithResponse) {
    return {
      category: 'complaint',
      reasons: [
        reason(
          'service_request_dissatisfaction',
          `Unhappy with our response to a service request reported on ${c.priorServiceRequest.reportedOn}: that is a complaint, and the request carries on alongside it.`,
          ['Code 1.5', ...rules.serviceRequestDissatisfaction.source],
        ),
      ],
    };
  }
  if (c.category === 'asb_report' && c.asbCaseHandlingDissatisfaction) {
    return {
      category: 'complaint',
      reasons: [reason('asb_handling_complaint', 'Unhappy with how we handled an ASB case: that is a complaint, not a new ASB report.', rules.asbHandling.source)],
    };
  }
  if (c.category === 'quick_fix' && c.signals.healthAndSafety) {
    return {
      category: 'complaint',
      reasons: [reason('health_and_safety_formal', 'A health and safety matter is always a formal complaint, never a quick fix.', rules.healthAndSafety.source)],
    };
  }
  if (c.category === 'quick_fix') {
    return {
      category: 'quick_fix',
      reasons: [
        reason('quick_fix', `The tenant wants it put right rather than a formal complaint: handled as a ${profile.quickFix.name}.`, profile.quickFix.source),
        reason('offer_complaint_choice', 'Tell the tenant they can make a formal complaint at any time if they prefer.', ['Code 1.3', ...rules.complaintChoice.source]),
      ],
    };
  }
  if (c.category === 'service_request') {
    return {
      category: 'service_request',
      reasons: [reason('first_service_request', 'A first request for action: recorded and routed to the service, not a complaint.', ['Code 1.4', ...rules.serviceRequest.source])],
    };
  }
  if (c.category === 'asb_report') {
    return {
      category: 'asb_report',
      reasons: [reason('first_asb_report', 'A first report of anti-social behaviour: routed to the ASB policy, not a complaint.', rules.asbReport.source)],
    };
  }
  const complaint = reason('category', 'An expression of dissatisfaction: a complaint.', ['Code 1.2']);
  if (c.channel === 'survey' && !c.tenantWantsFormalComplaint && rules.surveyFeedback.followUpFirst) {
    // Code 1.3: the customer is offered the choice, and leads.
    return {
      category: 'complaint',
      reasons: [
        complaint,
        reason('survey_feedback', 'Dissatisfaction in survey feedback: contact the customer and let them choose whether to complain.', [...rules.surveyFeedback.source, 'Code 1.3']),
      ],
    };
  }
  return { category: 'complaint', reasons: [complaint] };
}
