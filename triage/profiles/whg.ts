import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/** whg (Walsall) Customer Complaints Policy, 2023 — seed 000. */
export const whg: PolicyProfileInput = {
  id: 'whg',
  version: '2023.1.0',
  name: 'whg Customer Complaints Policy (2023)',
  // The seed gives only the website; address, phone and stock count are not in the policy.
  landlord: { name: 'whg', website: 'www.whg.co.uk', source: ['whg 2.3'] },
  nation: { value: 'england-and-wales', source: ['whg 1.3', 'whg 1.9'] },
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
  },
  healthAndSafetyScreening: { hours: null, source: ['whg 2.5 (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('whg 1.3 (Walsall, England)'),
};
