import { ombudsman } from '../ombudsman';
import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** The Housing Ombudsman's Complaint Handling Code 2024 (statutory from 1 April 2024): the default. */
export const code2024: PolicyProfileInput = {
  id: 'code-2024',
  version: '1.0.0',
  name: "Housing Ombudsman's Complaint Handling Code 2024",
  landlord: {
    name: 'Your housing provider',
    source: ['product default: copy this profile and set the landlord details'],
  },
  nation: { value: 'england-and-wales', source: ['Code 1.1 (Housing Ombudsman scheme members)'] },
  ombudsman: ombudsman('housing-ombudsman', ['Code 2.4', 'Code 1.1 (Housing Ombudsman scheme members)']),
  extraNonWorkingDays: { dates: [], source: ['product default: no closure days beyond bank holidays'] },
  timeLimit: {
    months: 12,
    late: 'discretionary',
    exceptions: { safeguarding: false, healthAndSafety: false },
    source: ['Code 2.3'],
  },
  exclusions: {
    legalProceedings: { applies: true, preActionProtocol: 'is_complaint', source: ['Code 2.2'] },
    insuranceClaim: { applies: false, source: ['Code 2.1', 'Code 2.2'] },
    previouslyConsidered: { applies: true, source: ['Code 2.2'] },
    rentOrServiceChargeLevel: { applies: false, source: ['Code 2.1', 'Code 2.2'] },
    otherStatutoryAgency: { applies: false, source: ['Code 2.1', 'Code 2.2'] },
    contractorDispute: { applies: false, source: ['Code 2.1', 'Code 2.2'] },
    legislativeRequirements: { applies: false, source: ['Code 2.1', 'Code 2.2'] },
  },
  nonCustomers: { handling: 'accept', source: ['Code 2.1', 'Code 1.2'] },
  stage1: {
    acknowledge: { workingDays: 5, countsFrom: 'receipt', source: ['Code 6.2'] },
    respond: { workingDays: 10, countsFrom: 'acknowledgement', source: ['Code 6.3'] },
    extension: { workingDays: 10, source: ['Code 6.4', 'Code 6.5'] },
  },
  stage2: {
    requestWindow: { days: null, dayType: 'working', reasonsRequired: false, source: ['Code 6.10', 'Code 6.12'] },
    acknowledge: { workingDays: 5, source: ['Code 6.11'] },
    respond: { workingDays: 20, countsFrom: 'acknowledgement', source: ['Code 6.14'] },
    extension: { workingDays: 20, source: ['Code 6.15'] },
  },
  quickFix: {
    name: 'quick fix',
    respondWithinWorkingDays: null,
    autoEscalatesToStage1: false,
    source: ['Code 1.3', 'Code 6.1'],
    defaultWindow: { workingDays: 3, source: ['default: the policy sets no window, so residents are told 3 working days; the landlord confirms or changes it'] },
  },
  healthAndSafetyScreening: { hours: null, source: ['Code (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('Code 1.1 (Housing Ombudsman: landlords in England)'),
  categories: {
    complaintChoice: { source: ['Code 1.3'] },
    serviceRequest: { source: ['Code 1.4'] },
    serviceRequestDissatisfaction: { source: ['Code 1.5'] },
    // A first ASB report asks us to act: a service request.
    asbReport: { source: ['Code 1.4'] },
    asbHandling: { source: ['Code 1.5'] },
    // A resident at risk needs a complaint investigated, not a quick answer.
    healthAndSafety: { source: ['Code 6.1'] },
    compliment: { source: ['product default: the Code does not cover compliments'] },
    surveyFeedback: { followUpFirst: true, source: ['Code 1.6'] },
  },
  people: {
    vulnerability: { source: ['Code 3.1', 'Code 6.1'] },
    safeguarding: { source: ['Care Act 2014'] },
    representatives: { source: ['Code 1.3'] },
    anonymous: { source: ['Code 1.2 ("however made")'] },
    staffConduct: { source: ['Data Protection Act 2018'] },
    unreasonableBehaviour: { source: ['product default: a person decides, with regard to the Equality Act 2010'] },
    whistleblowing: { source: ['Public Interest Disclosure Act 1998'] },
  },
};
