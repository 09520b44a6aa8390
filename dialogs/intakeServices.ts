// What the conversation needs from the rest of the product, as one interface: understanding,
// the landlord's profile, and the shell's side effects (submitting a case, asking for a person,
// stage 2). The bot wires the real implementation (bot/intakeServices.ts); tests use it too.
import type { TriageDecision } from '../triage/decisionSchema';
import type { Ombudsman } from '../triage/ombudsman';
import type { IntakeDraft } from './intakeDraft';
import type { DialogUnderstanding } from './understandingPort';

export interface TurnInfo {
  conversationId: string;
  channel: 'webchat' | 'msteams' | 'other';
  now: Date;
}

/** One message the tenant wrote in the conversation, and when (ISO 8601). */
export interface SaidWords {
  text: string;
  at: string;
}

export interface HandoffRequest {
  name?: string;
  /** A phone number or email address; absent: answer in this chat. */
  contact?: string;
  /** What the tenant had told us, for the person who picks it up. */
  said?: string;
}

export interface SubmissionResult {
  reference: string;
  /** The outcome in plain words, rendered from templates/ by the triage decision. */
  message: string;
  /** The decision staff see: the dates the conversation tells come from it, never computed again. */
  decision: TriageDecision;
}

/** What a one-time continuation link from a forwarded message leads to. */
export type Continuation =
  | { kind: 'invalid' }
  | { kind: 'awaiting_details'; intakeId: string; text: string }
  | { kind: 'case_opened'; reference: string };

export type Stage2Request =
  /** Not matched to the case, or no such case: the same answer, recorded for staff to match. */
  | { status: 'unmatched'; contactBy: string }
  | { status: 'escalated'; acknowledgeBy: string; respondBy?: string }
  | { status: 'stage1_not_answered'; respondBy?: string }
  /** Stage 2 was asked for before: where it stands, so the resident hears that and not "too early". */
  | { status: 'already_at_stage2'; requestedOn: string; acknowledgeBy: string; acknowledgedOn?: string; respondBy: string; respondedOn?: string };

export interface IntakeServices {
  /** The clock, passed in so tests can pin it. */
  now(): Date;
  /** Only what the dialogs need from understanding (dialogs/understandingPort.ts). */
  understanding: DialogUnderstanding;
  /** emergencyPhone: the emergency repairs line the danger advice gives (cases/landlord.ts). */
  landlord: { name: string; phone?: string; emergencyPhone?: string };
  /** The profile's name for a quick fix (Quick Fix, grumble, customer concern…). */
  quickFixName: string;
  /** The profile's ombudsman, named when a complaint is refused or may be (Code 2.4). */
  ombudsman: Ombudsman;
  /**
   * The decision triage would make on what the conversation has gathered so far, opening nothing:
   * an exclusion or a late complaint is told at once, in triage's words and dates.
   */
  preview(draft: IntakeDraft, turn: TurnInfo): Promise<TriageDecision>;
  /**
   * Idempotent per draft.submissionId: a double click or a channel retry gets the same case.
   * `said`: every message the tenant wrote in the journey; hazards and danger in any of them go on
   * the case, each hazard's clock from the first message that described it.
   */
  submit(draft: IntakeDraft, turn: TurnInfo, said?: readonly SaidWords[]): Promise<SubmissionResult>;
  /**
   * Records that the tenant asked for a person, with the name and phone or email they gave (none:
   * we answer in the chat); resolves with the date we will contact them by.
   */
  requestHandoff(turn: TurnInfo, request: HandoffRequest): Promise<{ contactBy: string }>;
  /** Adds what the tenant wrote after being given a reference to that case (audited), never a new intake. */
  addToCase(reference: string, text: string, turn: TurnInfo): Promise<void>;
  /** Records that a message read as immediate danger, for staff to follow up if no case follows. */
  recordDanger(turn: TurnInfo, said: string, kinds: string[]): Promise<void>;
  /** Redeems a continuation token (once): the forwarded message the web chat picks up. */
  continueIntake(token: string, turn: TurnInfo): Promise<Continuation>;
  /**
   * Stage 2 for an existing complaint, once the requester is matched to it by this conversation
   * or the email or phone number they gave (`contact`); reasons are optional (Code 6.12). Before the stage 1
   * response there is no stage 2 yet: the request is noted and the stage 1 date given; once at stage 2,
   * the request is noted and the stage 2 dates given.
   */
  requestStage2(reference: string, reasons: string | undefined, contact: string | undefined, turn: TurnInfo): Promise<Stage2Request>;
}
