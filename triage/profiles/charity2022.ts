import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/**
 * A charitable housing association's Complaints policy, January 2022 — seed 001. It is short:
 * where it says nothing, the Code's value is used and the Code is cited with the seed.
 */
export const charity2022: PolicyProfileInput = {
  id: 'charity-2022',
  version: '2022.1.0',
  name: 'Charitable housing association Complaints policy (January 2022)',
  landlord: { name: 'Your housing association', source: ['seed 001 (landlord not named)'] },
  nation: { value: 'england-and-wales', source: ['seed 001 "Housing Ombudsman Service"'] },
  extraNonWorkingDays: { dates: [], source: ['POLICY-RULES §4'] },
  timeLimit: {
    months: 12,
    late: 'discretionary',
    exceptions: { safeguarding: false, healthAndSafety: false },
    source: ['Code 2.3 (seed 001 sets no limit)'],
  },
  exclusions: {
    legalProceedings: { applies: true, preActionProtocol: 'is_complaint', source: ['Code 2.2 (seed 001 silent)'] },
    insuranceClaim: { applies: false, source: ['seed 001 (not listed)'] },
    previouslyConsidered: { applies: true, source: ['Code 2.2', 'seed 001 "When the same complaint is continually raised"'] },
    rentOrServiceChargeLevel: { applies: false, source: ['seed 001 (First-tier Tribunal signposted instead)'] },
    otherStatutoryAgency: { applies: false, source: ['seed 001 (not listed)'] },
    contractorDispute: { applies: false, source: ['seed 001 (not listed)'] },
    legislativeRequirements: { applies: false, source: ['seed 001 (not listed)'] },
  },
  nonCustomers: { handling: 'accept', source: ['Code 2.1 (seed 001 silent)'] },
  stage1: {
    acknowledge: { workingDays: 5, countsFrom: 'receipt', source: ['Code 6.2 (seed 001 silent)'] },
    // "When we first receive a complaint, we aim to agree a solution within ten working days".
    respond: { workingDays: 10, countsFrom: 'receipt', source: ['seed 001 "Resolving complaints as quickly as we can"'] },
    extension: { workingDays: 10, source: ['seed 001 "a further ten days"'] },
  },
  stage2: {
    requestWindow: { days: null, dayType: 'working', reasonsRequired: false, source: ['seed 001 "Right to ask for a review"'] },
    acknowledge: { workingDays: 5, source: ['Code 6.11 (seed 001 silent)'] },
    respond: { workingDays: 20, countsFrom: 'acknowledgement', source: ['seed 001 "within 20 working days"', 'Code 6.14'] },
    extension: { workingDays: 30, source: ['seed 001 "a further 30 days"'] },
  },
  quickFix: {
    name: 'sort it out there and then',
    respondWithinWorkingDays: null,
    autoEscalatesToStage1: false,
    source: ['seed 001 "Our approach when something goes wrong"'],
  },
  healthAndSafetyScreening: { hours: null, source: ['seed 001 (no screening step)'] },
  awaabsLaw: awaabsLawInEngland('seed 001 "Housing Ombudsman Service" (England)'),
};
