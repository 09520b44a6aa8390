import { ombudsman } from '../ombudsman';
import type { PolicyProfileInput } from '../profileSchema';
import { awaabsLawInEngland } from './awaabsLaw';

/**
 * A charitable housing association's Complaints policy, January 2022, cited by its section
 * headings ("Charity 2022 policy, 'Anonymous complaints'"). It is short: where it says nothing,
 * the Code's value is used and the Code is cited with the policy's silence.
 */
const POLICY = 'Charity 2022 policy';
const section = (heading: string) => `${POLICY}, '${heading}'`;
const silent = (clause: string) => `${clause} (${POLICY} silent)`;
// The policy adopts the Housing Ombudsman's definition of a complaint.
const FOLLOWS_CODE = [`${section('Why we have this policy')} (the Housing Ombudsman's definition)`];

export const charity2022: PolicyProfileInput = {
  id: 'charity-2022',
  version: '2022.1.0',
  name: 'Charitable housing association Complaints policy (January 2022)',
  landlord: { name: 'Your housing association', source: [`${POLICY} (landlord not named)`] },
  nation: { value: 'england-and-wales', source: [section('Housing Ombudsman Service')] },
  ombudsman: ombudsman('housing-ombudsman', [section('Housing Ombudsman Service')]),
  extraNonWorkingDays: { dates: [], source: [`${section('Resolving complaints as quickly as we can')} (no closure days named)`] },
  timeLimit: {
    months: 12,
    late: 'discretionary',
    exceptions: { safeguarding: false, healthAndSafety: false },
    source: [`Code 2.3 (the ${POLICY} sets no limit)`],
  },
  exclusions: {
    legalProceedings: { applies: true, preActionProtocol: 'is_complaint', source: [silent('Code 2.2')] },
    insuranceClaim: { applies: false, source: [`${POLICY} (not listed)`] },
    previouslyConsidered: { applies: true, source: ['Code 2.2', section('When the same complaint is continually raised')] },
    rentOrServiceChargeLevel: { applies: false, source: [`${POLICY} (First-tier Tribunal signposted instead)`] },
    otherStatutoryAgency: { applies: false, source: [`${POLICY} (not listed)`] },
    contractorDispute: { applies: false, source: [`${POLICY} (not listed)`] },
    legislativeRequirements: { applies: false, source: [`${POLICY} (not listed)`] },
  },
  nonCustomers: { handling: 'accept', source: [silent('Code 2.1')] },
  stage1: {
    acknowledge: { workingDays: 5, countsFrom: 'receipt', source: [silent('Code 6.2')] },
    // "When we first receive a complaint, we aim to agree a solution within ten working days".
    respond: { workingDays: 10, countsFrom: 'receipt', source: [section('Resolving complaints as quickly as we can')] },
    extension: { workingDays: 10, source: [`${section('Resolving complaints as quickly as we can')}: "a further ten days"`] },
  },
  stage2: {
    requestWindow: { days: null, dayType: 'working', reasonsRequired: false, source: [section('Right to ask for a review')] },
    acknowledge: { workingDays: 5, source: [silent('Code 6.11')] },
    respond: {
      workingDays: 20,
      countsFrom: 'acknowledgement',
      source: [`${section('Resolving complaints as quickly as we can')}: "within 20 working days"`, 'Code 6.14'],
    },
    extension: { workingDays: 30, source: [`${section('Resolving complaints as quickly as we can')}: "a further 30 days"`] },
  },
  quickFix: {
    name: 'sort it out there and then',
    respondWithinWorkingDays: null,
    autoEscalatesToStage1: false,
    source: [section('Our approach when something goes wrong')],
    defaultWindow: { workingDays: 3, source: ['default: the policy sets no window, so residents are told 3 working days; the landlord confirms or changes it'] },
  },
  healthAndSafetyScreening: { hours: null, source: [`${POLICY} (no screening step)`] },
  awaabsLaw: awaabsLawInEngland(`${section('Housing Ombudsman Service')} (England)`),
  categories: {
    complaintChoice: { source: [section('Our approach when something goes wrong')] },
    serviceRequest: { source: FOLLOWS_CODE },
    serviceRequestDissatisfaction: { source: FOLLOWS_CODE },
    asbReport: { source: [silent('Code 1.4')] },
    asbHandling: { source: [silent('Code 1.5')] },
    healthAndSafety: { source: [silent('Code 6.1')] },
    compliment: { source: [`product default (${POLICY} silent)`] },
    surveyFeedback: { followUpFirst: true, source: [silent('Code 1.6')] },
  },
  people: {
    vulnerability: { source: [section('Being accessible'), section('Our commitment to residents and employees')] },
    safeguarding: { source: [section('Our approach when something goes wrong')] },
    representatives: { source: FOLLOWS_CODE },
    anonymous: { source: [section('Anonymous complaints')] },
    staffConduct: { source: [silent('Data Protection Act 2018')] },
    unreasonableBehaviour: { source: [section('Unreasonable customer behaviour')] },
    whistleblowing: { source: [silent('Public Interest Disclosure Act 1998')] },
  },
};
