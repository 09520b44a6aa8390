import { ombudsman } from '../ombudsman';
import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** whg (Walsall) Customer Complaints Policy, 2023. */
export const whg: PolicyProfileInput = {
  id: 'whg',
  version: '2023.1.0',
  name: 'whg Customer Complaints Policy (2023)',
  // The policy gives only the website; address, phone and stock count are not in it.
  landlord: { name: 'whg', website: 'www.whg.co.uk', source: ['whg 2.3'] },
  nation: { value: 'england-and-wales', source: ['whg 1.3', 'whg 1.9'] },
  ombudsman: ombudsman('housing-ombudsman', ['whg 2.12']),
  extraNonWorkingDays: { dates: [], source: ['whg 2.23'] },
  timeLimit: {
    months: 6,
    late: 'excluded',
    exceptions: { safeguarding: true, healthAndSafety: true },
    source: ['whg 2.11'],
  },
  exclusions: {
    legalProceedings: { applies: true, preActionProtocol: 'excluded_if_adr_refused', source: ['whg 2.11', 'whg 2.26'] },
    insuranceClaim: { applies: true, source: ['whg 2.11', 'whg 2.26'] },
    previouslyConsidered: { applies: true, source: ['whg 2.11'] },
    rentOrServiceChargeLevel: { applies: false, source: ['whg 2.11 (not listed)'] },
    otherStatutoryAgency: { applies: true, source: ['whg 2.11'] },
    contractorDispute: { applies: true, source: ['whg 2.11'] },
    legislativeRequirements: { applies: false, source: ['whg 2.11 (not listed)'] },
  },
  nonCustomers: { handling: 'accept', source: ['whg 2.13'] },
  stage1: {
    acknowledge: { workingDays: 5, countsFrom: 'receipt', source: ['whg 2.23'] },
    respond: { workingDays: 10, countsFrom: 'acknowledgement', source: ['whg 2.23', 'whg App. 1'] },
    extension: { workingDays: 10, source: ['whg 2.23', 'whg 2.24'] },
  },
  stage2: {
    // "within 28 days" with no "working": calendar days. whg asks for what is outstanding
    // but does not refuse a request without reasons.
    requestWindow: { days: 28, dayType: 'calendar', reasonsRequired: false, source: ['whg 2.18'] },
    acknowledge: { workingDays: 5, source: ['whg App. 1'] },
    respond: { workingDays: 20, countsFrom: 'request', source: ['whg 2.23', 'whg App. 1'] },
    extension: { workingDays: 10, source: ['whg 2.23'] },
  },
  quickFix: {
    name: 'escalated service request',
    respondWithinWorkingDays: null,
    autoEscalatesToStage1: false,
    source: ['whg 2.5', 'whg 2.6', 'whg 2.7'],
    defaultWindow: { workingDays: 3, source: ['default: the policy sets no window, so residents are told 3 working days; the landlord confirms or changes it'] },
  },
  healthAndSafetyScreening: { hours: null, source: ['whg 2.5 (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('whg 1.3 (Walsall, England)'),
  categories: {
    // Unhappy customers are offered an escalated service request or a complaint.
    complaintChoice: { source: ['whg 2.9'] },
    serviceRequest: { source: ['whg 2.11'] },
    serviceRequestDissatisfaction: { source: ['whg 2.8', 'whg 2.9'] },
    asbReport: { source: ['whg 2.11'] },
    // Only the report itself is outside the policy; our handling of it is "actions or lack of action".
    asbHandling: { source: ['whg 2.8'] },
    healthAndSafety: { source: ['whg 2.5'] },
    compliment: { source: ['product default (whg silent)'] },
    // Dissatisfaction in satisfaction surveys becomes an escalated service request, not a complaint.
    surveyFeedback: { followUpFirst: true, source: ['whg 2.6'] },
  },
  people: {
    vulnerability: { source: ['whg 2.4'] },
    safeguarding: { source: ['whg 1.7'] },
    representatives: { source: ['whg 2.13'] },
    anonymous: { source: ['whg 2.8 ("however made")'] },
    staffConduct: { source: ['whg App. 1'] },
    unreasonableBehaviour: { source: ['whg 2.27'] },
    whistleblowing: { source: ['whg 2.13'] },
  },
};
