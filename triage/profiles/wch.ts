import { ombudsman } from '../ombudsman';
import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** Watford Community Housing Customer Feedback Policy & Procedure (October 2023). */
export const wch: PolicyProfileInput = {
  id: 'wch',
  version: '2023.1.0',
  name: 'WCH Customer Feedback Policy & Procedure (2023)',
  landlord: {
    name: 'Watford Community Housing',
    address: 'Gateway House, 59 Clarendon Road, Watford, Hertfordshire WD17 1LA',
    phone: '0800 218 2247',
    email: 'feedback@wcht.org.uk',
    website: 'www.wcht.org.uk/feedback',
    source: ['WCH 4.1.1'],
  },
  nation: { value: 'england-and-wales', source: ['WCH 2.2', 'WCH 6.1'] },
  ombudsman: ombudsman('housing-ombudsman', ['WCH 1.5']),
  extraNonWorkingDays: { dates: [], source: ['WCH 5.2.1 (no closure days named)'] },
  timeLimit: {
    months: 6,
    late: 'discretionary',
    exceptions: { safeguarding: false, healthAndSafety: false },
    source: ['WCH 4.6.3'],
  },
  exclusions: {
    // A matter with a solicitor or legal adviser is "a legal dispute": pre-action included.
    legalProceedings: { applies: true, preActionProtocol: 'excluded', source: ['WCH 3.1.6'] },
    insuranceClaim: { applies: false, source: ['WCH 4.6.3 (not listed)'] },
    previouslyConsidered: { applies: true, source: ['WCH 4.6.3'] },
    rentOrServiceChargeLevel: { applies: true, source: ['WCH 4.6.3'] },
    otherStatutoryAgency: { applies: false, source: ['WCH 4.6.3 (not listed)'] },
    contractorDispute: { applies: false, source: ['WCH 4.6.3 (not listed)'] },
    legislativeRequirements: { applies: true, source: ['WCH 4.6.3'] },
  },
  nonCustomers: { handling: 'discretionary', source: ['WCH 3.1.3', 'WCH 3.1.4'] },
  stage1: {
    acknowledge: { workingDays: 1, countsFrom: 'receipt', source: ['WCH 5.2.1'] },
    respond: { workingDays: 10, countsFrom: 'logging', source: ['WCH 5.2.2'] },
    extension: { workingDays: 10, source: ['WCH 5.2.3'] },
  },
  stage2: {
    // 5.3.2 refuses appeals that are not detailed or bring no new evidence: reasons are demanded.
    requestWindow: {
      days: 10,
      dayType: 'working',
      discretionaryExtensionDays: 10,
      reasonsRequired: true,
      source: ['WCH 5.3.1', 'WCH 5.3.2', 'WCH 5.3.3'],
    },
    acknowledge: { workingDays: 5, source: ['Code 6.11 (WCH 5.3 silent)'] },
    // "no more than fifteen working days from the date WCH are clear of the reasons".
    respond: { workingDays: 15, countsFrom: 'acknowledgement', source: ['WCH 5.3.4'] },
    // "in exceptional circumstances, no more than 20 days" in all: 5 more.
    extension: { workingDays: 5, source: ['WCH 5.3.4'] },
  },
  quickFix: { name: 'grumble', respondWithinWorkingDays: 3, autoEscalatesToStage1: false, source: ['WCH 3.2.3', 'WCH 4.7.1'] },
  healthAndSafetyScreening: { hours: null, source: ['WCH (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('WCH 2.2 (Watford, England)'),
  categories: {
    // Feedback is a grumble or a complaint, as the customer wishes.
    complaintChoice: { source: ['WCH 4.4', 'WCH 4.7.1'] },
    serviceRequest: { source: ['WCH 4.6.3'] },
    // "Delays in ... providing a service or completing work" is a complaint.
    serviceRequestDissatisfaction: { source: ['WCH 4.6.2'] },
    asbReport: { source: ['WCH 4.6.3'] },
    asbHandling: { source: ['WCH 4.6.3'] },
    healthAndSafety: { source: ['Code 6.1 (WCH silent)'] },
    compliment: { source: ['WCH 4.5'] },
    surveyFeedback: { followUpFirst: true, source: ['Code 1.6 (WCH silent)'] },
  },
  people: {
    vulnerability: { source: ['WCH 4.1.2'] },
    safeguarding: { source: ['Care Act 2014 (WCH silent)'] },
    representatives: { source: ['WCH 3.1.5', 'WCH 4.1.4'] },
    anonymous: { source: ['WCH 4.3'] },
    staffConduct: { source: ['Data Protection Act 2018 (WCH silent)'] },
    unreasonableBehaviour: { source: ['WCH 7'] },
    whistleblowing: { source: ['Public Interest Disclosure Act 1998 (WCH silent)'] },
  },
};
