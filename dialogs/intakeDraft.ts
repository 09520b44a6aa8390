// What the conversation has gathered so far: the slots of the structured case, filled
// as a form. Dialogs fill it; `caseFromDraft` turns it into the case triage receives.
import type { FormSlots, Relationship } from '../understanding/formSlots';
import type { CommunicationNeeds } from '../understanding/communicationNeeds';
import type { Understanding } from '../understanding/understandingSchema';

export type Journey = 'service_request' | 'asb_report' | 'quick_fix' | 'complaint' | 'compliment';

export interface IntakeDraft {
  /** What the tenant first wrote (trimmed to the limit). */
  opening: string;
  /** Anything they added when asked. */
  additions: string[];
  understanding?: Understanding;
  journey?: Journey;
  /** How the journey was arrived at, for the case: Code 1.5, WCH 4.6.3, Code 1.3. */
  reportedBefore?: { reportedOn?: string; dissatisfied: boolean };
  asbHandlingDissatisfaction?: boolean;
  wantsFormalComplaint?: boolean;
  location?: string;
  occurredOn?: string;
  ongoing?: boolean;
  serviceOrPerson?: string;
  impact?: string;
  desiredOutcome?: string;
  legal?: 'filed' | 'pre_action' | 'none';
  /** Part of a claim on our insurance (exclusions.insuranceClaim). */
  insuranceClaim?: boolean;
  vulnerability?: { details: string };
  /** How they need us to communicate, as their words said it anywhere in the conversation (Code 3.1). */
  needs?: CommunicationNeeds;
  contact?: {
    name?: string;
    anonymous?: boolean;
    /** How they want our reply: 'text' is a phone number for text messages, 'letter' the home's address. */
    method?: 'email' | 'phone' | 'text' | 'letter' | 'webchat';
    email?: string;
    phone?: string;
    agreesToContact?: boolean;
  };
  representative?: {
    relationship: Relationship;
    representedName: string;
    consent: 'given' | 'pending';
  };
  /** What the words said about writing for someone else, before it is complete (the name may still be asked). */
  saidRepresentative?: FormSlots['representative'];
  /** Writing about their own home, as their words read: confirmed in the summary, not asked. */
  forThemselves?: boolean;
  /** The home the request is about, as the tenant wrote it (a service request asks it once). */
  address?: string;
  /** They answered the address question with "skip" or "don't know": not asked again, never blocking. */
  addressSkipped?: boolean;
  /** Advice already given in this conversation (dialogs/adviceFor.ts): each is given once. */
  advised?: Array<'dampHealth' | 'emergencyRepair' | 'noise'>;
  /** Triage said at once that the complaints process cannot take it (Code 2.4): the rest of the complaint questions are not asked. */
  excluded?: boolean;
  /** The complaint questions have been through (a quick fix may already have the outcome wanted). */
  complaintQuestionsAsked?: boolean;
  /** The forwarded message this conversation continues (intake API), if any. */
  intakeId?: string;
  /** Set when the summary is first shown; the idempotency key of the submission. */
  submissionId?: string;
}

export function newDraft(opening: string): IntakeDraft {
  return { opening, additions: [] };
}
