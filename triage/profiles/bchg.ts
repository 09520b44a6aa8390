import { ombudsman } from '../ombudsman';
import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** Black Country Housing Group Customer Complaint Policy, April 2024. */
export const bchg: PolicyProfileInput = {
  id: 'bchg',
  version: '2024.1.0',
  name: 'BCHG Customer Complaint Policy (2024)',
  landlord: { name: 'Black Country Housing Group', source: ['BCHG 1'] },
  nation: { value: 'england-and-wales', source: ['BCHG 4.1'] },
  ombudsman: ombudsman('housing-ombudsman', ['BCHG 6.2']),
  extraNonWorkingDays: { dates: [], source: ['BCHG 7.3 (no closure days named)'] },
  timeLimit: {
    months: 12,
    late: 'excluded',
    exceptions: { safeguarding: true, healthAndSafety: true },
    source: ['BCHG 6.2'],
  },
  exclusions: {
    // BCHG 5.2 lists "Enactment of Pre-Protocol court process" as a complaint.
    legalProceedings: { applies: true, preActionProtocol: 'is_complaint', source: ['BCHG 6.2', 'BCHG 5.2'] },
    insuranceClaim: { applies: true, source: ['BCHG 6.2'] },
    previouslyConsidered: { applies: true, source: ['Code 2.2 (BCHG 4.1 adopts the Code)'] },
    rentOrServiceChargeLevel: { applies: true, source: ['BCHG 6.2'] },
    otherStatutoryAgency: { applies: false, source: ['BCHG 6.2 (not listed)'] },
    contractorDispute: { applies: false, source: ['BCHG 6.2 (not listed)'] },
    legislativeRequirements: { applies: false, source: ['BCHG 6.2 (not listed)'] },
  },
  // The policy covers "all applicants and customers" and no one else.
  nonCustomers: { handling: 'exclude', source: ['BCHG 3'] },
  stage1: {
    acknowledge: { workingDays: 5, countsFrom: 'receipt', source: ['BCHG 7.3'] },
    // 7.3 gives no start for the 10 days; BCHG adopts the Code (4.1), which counts from acknowledgement.
    respond: { workingDays: 10, countsFrom: 'acknowledgement', source: ['BCHG 7.3', 'Code 6.3'] },
    extension: { workingDays: 10, source: ['BCHG 7.3'] },
  },
  stage2: {
    requestWindow: { days: 7, dayType: 'working', reasonsRequired: false, source: ['BCHG 7.3'] },
    acknowledge: { workingDays: 5, source: ['BCHG 7.3'] },
    respond: { workingDays: 20, countsFrom: 'acknowledgement', source: ['BCHG 7.3', 'Code 6.14'] },
    extension: { workingDays: 20, source: ['BCHG 7.3'] },
  },
  quickFix: {
    name: 'Quick Fix',
    respondWithinWorkingDays: null,
    // "Where they cannot do this, it will be recorded as a complaint."
    autoEscalatesToStage1: true,
    source: ['BCHG 2'],
    defaultWindow: { workingDays: 3, source: ['default: the policy sets no window, so residents are told 3 working days; the landlord confirms or changes it'] },
  },
  healthAndSafetyScreening: { hours: 48, source: ['BCHG 7.3'] },
  awaabsLaw: awaabsLawInEngland('BCHG 4.1 (Black Country, England)'),
  categories: {
    // "BCHG will call out a complaint where a customer might have difficulty articulating it."
    complaintChoice: { source: ['BCHG 5.3'] },
    serviceRequest: { source: ['BCHG 6.1'] },
    serviceRequestDissatisfaction: { source: ['BCHG 6.1'] },
    asbReport: { source: ['BCHG 6.1'] },
    asbHandling: { source: ['BCHG 6.1'] },
    healthAndSafety: { source: ['BCHG 2', 'BCHG 5.2'] },
    compliment: { source: ['BCHG 9.1'] },
    surveyFeedback: { followUpFirst: true, source: ['BCHG 6.3'] },
  },
  people: {
    vulnerability: { source: ['BCHG 7.1'] },
    safeguarding: { source: ['Care Act 2014 (BCHG silent)'] },
    representatives: { source: ['BCHG 5.3', 'BCHG 13'] },
    anonymous: { source: ['BCHG 5.1 ("however made")'] },
    staffConduct: { source: ['BCHG 13'] },
    unreasonableBehaviour: { source: ['BCHG 12'] },
    whistleblowing: { source: ['Public Interest Disclosure Act 1998 (BCHG silent)'] },
  },
};
