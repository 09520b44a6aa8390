import type { ExclusionRule } from './decisionSchema';
import { FIRST_TIER_TRIBUNAL, ombudsmanRight, type Ombudsman } from './ombudsman';

export interface ExplanationDetail {
  months?: number;
  /** The legal matter is a pre-action letter or a solicitor's involvement, not a court claim. */
  preAction?: boolean;
  /** A leaseholder or shared owner, who can take a service-charge dispute to the tribunal. */
  leaseholder?: boolean;
}

const WHY: Record<ExclusionRule, (d: ExplanationDetail) => string> = {
  time_limit: (d) =>
    d.months === undefined
      ? 'This complaint was raised too long after the problem happened, or after you found out about it, for us to investigate it fairly, so we cannot take it through our complaints process.'
      : `We can look at complaints raised within ${d.months} months of the problem happening, or of you finding out about it. This one was raised later than that, so we cannot take it through our complaints process.`,
  legal_proceedings: (d) =>
    d.preAction
      ? 'This matter is being handled through a legal process with a solicitor, so it will be dealt with that way rather than through our complaints process.'
      : 'This matter is part of a legal claim that has been filed at court, so it will be dealt with through that process rather than our complaints process.',
  insurance_claim: () => 'This is part of an insurance or liability claim, so it will be dealt with through our insurance process.',
  previously_considered: () => 'We have already looked at this matter through our complaints process.',
  rent_or_service_charge_level: (d) =>
    'The amount of rent or service charge is set under our policy, and our complaints process cannot change it. Please talk to our customer services team about it.' +
    (d.leaseholder ? ` As a leaseholder or shared owner, you can ask the ${FIRST_TIER_TRIBUNAL} to decide a service-charge dispute.` : ''),
  other_statutory_agency: () => 'Another official body with the power to resolve this is already dealing with it.',
  contractor_dispute: () => 'This is about a contract to provide services to us, so the terms of that contract apply instead.',
  legislative_requirements: () => 'This is about what the law requires, which we cannot change, rather than something we did or did not do.',
  non_customer: () => 'Our complaints policy covers our tenants, leaseholders, shared owners and applicants, so we cannot take this through it.',
};

/** Plain words for the tenant, always with the right to take the decision to the profile's ombudsman (Code 2.4). */
export function explainExclusion(rule: ExclusionRule, ombudsman: Ombudsman, detail: ExplanationDetail = {}): string {
  return `${WHY[rule](detail)} ${ombudsmanRight(ombudsman)}`;
}
