import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** Greatwell Homes Customer Complaints & Concerns Procedure, version 5, July 2023. */

// Where the procedure is silent it follows the Complaint Handling Code (1.1).
const FOLLOWS_CODE = ['Greatwell 1.1 (follows the Code)'];
export const greatwell: PolicyProfileInput = {
  id: 'greatwell',
  version: '5.0.0',
  name: 'Greatwell Homes Customer Complaints & Concerns Procedure (v5, 2023)',
  landlord: { name: 'Greatwell Homes', source: ['Greatwell 1.1'] },
  nation: { value: 'england-and-wales', source: ['Greatwell 1.1'] },
  extraNonWorkingDays: { dates: [], source: ['Greatwell 2.3 (no closure days named)'] },
  timeLimit: {
    months: 12,
    late: 'discretionary',
    exceptions: { safeguarding: false, healthAndSafety: false },
    source: ['Code 2.3 (Greatwell 1.1 follows the Code)'],
  },
  exclusions: {
    legalProceedings: { applies: true, preActionProtocol: 'is_complaint', source: ['Code 2.2 (Greatwell 1.1)'] },
    insuranceClaim: { applies: false, source: ['Greatwell 2 (not listed)'] },
    previouslyConsidered: { applies: true, source: ['Code 2.2 (Greatwell 1.1)'] },
    rentOrServiceChargeLevel: { applies: false, source: ['Greatwell 2 (not listed)'] },
    otherStatutoryAgency: { applies: false, source: ['Greatwell 2 (not listed)'] },
    contractorDispute: { applies: false, source: ['Greatwell 2 (not listed)'] },
    legislativeRequirements: { applies: false, source: ['Greatwell 2 (not listed)'] },
  },
  // "Customer - ... or an individual receiving a service from us."
  nonCustomers: { handling: 'accept', source: ['Greatwell 2.1.2'] },
  stage1: {
    acknowledge: { workingDays: 3, countsFrom: 'receipt', source: ['Greatwell 2.3'] },
    respond: { workingDays: 10, countsFrom: 'logging', source: ['Greatwell 2.3'] },
    extension: { workingDays: 10, source: ['Greatwell 2.3'] },
  },
  stage2: {
    // The customer "will be asked to explain why", but a request is not refused without reasons.
    requestWindow: { days: 20, dayType: 'working', reasonsRequired: false, source: ['Greatwell 2.4'] },
    acknowledge: { workingDays: 5, source: ['Code 6.11 (Greatwell 2.4 silent)'] },
    respond: { workingDays: 20, countsFrom: 'request', source: ['Greatwell 2.4'] },
    extension: { workingDays: 10, source: ['Greatwell 2.4'] },
  },
  quickFix: {
    name: 'customer concern',
    respondWithinWorkingDays: 3,
    autoEscalatesToStage1: true,
    source: ['Greatwell 2.1.2', 'Greatwell 2.2'],
  },
  healthAndSafetyScreening: { hours: null, source: ['Greatwell (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('Greatwell 1.1 (England)'),
  categories: {
    // "... or if the customer requests it, the issue will be logged as a formal complaint".
    complaintChoice: { source: ['Greatwell 2.1.2'] },
    serviceRequest: { source: FOLLOWS_CODE },
    serviceRequestDissatisfaction: { source: FOLLOWS_CODE },
    asbReport: { source: ['Code 1.4 (Greatwell silent)'] },
    asbHandling: { source: ['Code 1.5 (Greatwell silent)'] },
    healthAndSafety: { source: ['Code 6.1 (Greatwell silent)'] },
    compliment: { source: ['Greatwell 1.2'] },
    surveyFeedback: { followUpFirst: true, source: ['Code 1.6 (Greatwell silent)'] },
  },
  people: {
    vulnerability: { source: ['Greatwell 5'] },
    safeguarding: { source: ['Care Act 2014 (Greatwell silent)'] },
    representatives: { source: FOLLOWS_CODE },
    anonymous: { source: ['Code 1.2 (Greatwell silent)'] },
    staffConduct: { source: ['Greatwell 3', 'Greatwell 5.1'] },
    unreasonableBehaviour: { source: ['Greatwell 2.7'] },
    whistleblowing: { source: ['Public Interest Disclosure Act 1998 (Greatwell silent)'] },
  },
};
