// The whole journey: what happened → what it sounds like → the questions for that kind of
// contact → who is writing → how to reach them → summary → submit → the outcome in plain words.
// As the root, its interruption handling (InterruptibleDialog) covers every step below it.
import type { TurnContext } from 'botbuilder';
import { WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { dampHarmsHealth } from './adviceFor';
import { AsbReportDialog } from './asbReportDialog';
import { ClassificationDialog } from './classificationDialog';
import { ComplaintDialog } from './complaintDialog';
import { ContactDialog } from './contactDialog';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { fillFromWords } from './fillFromWords';
import { applyMentionedDate } from './incidentDate';
import { newDraft, type IntakeDraft, type Journey } from './intakeDraft';
import type { IntakeServices, SaidWords } from './intakeServices';
import { InterruptibleDialog, turnInfo } from './interruptibleDialog';
import { interruptionIn } from './interruptions';
import { needsSaidSoFar, noteNeedsSaid } from './needsSaid';
import { mergeNeeds, type CommunicationNeeds } from '../understanding/communicationNeeds';
import { addIntakePrompts, REFERENCE } from './prompts';
import { QuickFixDialog } from './quickFixDialog';
import { RepresentativeDialog } from './representativeDialog';
import { ServiceRequestDialog } from './serviceRequestDialog';
import { Stage2Dialog } from './stage2Dialog';
import { SummaryDialog } from './summaryDialog';
import { whatHappensNext } from './whatHappensNext';

export interface MainOptions {
  /** The tenant's first message, when they wrote before being asked. */
  opening?: string;
  /** The forwarded message being continued, whose text is the opening. */
  intakeId?: string;
  retry?: boolean;
  /** What the tenant wrote before being asked for more: kept, never discarded. */
  earlier?: string;
}

/** At most this many of the tenant's messages are kept for the case (a whole complaint is about 30). */
const SAID_LIMIT = 100;
/** Where this turn's dialogs find everything the tenant has said in this journey. */
const SAID = Symbol('said');

/** The words of a usable account: at least two words of two letters or more (not emoji or a stray key). */
const hasWords = (text: string) => (text.match(/\p{L}{2,}/gu) ?? []).length >= 2;

/** Asking for stage 2 of an existing complaint, in the tenant's words. */
export const STAGE2_REQUEST = /\bstage (2|two)\b/i;

const JOURNEY_DIALOGS: Record<Journey, string | undefined> = {
  service_request: DialogIds.serviceRequest,
  asb_report: DialogIds.asbReport,
  quick_fix: DialogIds.quickFix,
  complaint: DialogIds.complaint,
  compliment: undefined,
};

type Step = WaterfallStepContext<MainOptions>;

interface JourneyState {
  said?: SaidWords[];
  /** How they need us to communicate, from every message so far (dialogs/needsSaid.ts). */
  needs?: CommunicationNeeds;
}

/** What a finished journey leaves behind: the reference the tenant was given, when a case was opened. */
export interface JourneyResult {
  reference?: string;
}

/**
 * When the tenant wrote it: the channel's timestamp, never later than our clock (Awaab's Law
 * runs from when they told us, not from when the case was sent).
 */
function heard(context: TurnContext, text: string, now: Date): SaidWords {
  const stamped = context.activity.timestamp ? new Date(context.activity.timestamp) : undefined;
  const at = stamped && !Number.isNaN(stamped.getTime()) && stamped < now ? stamped : now;
  return { text: text.slice(0, 4000), at: at.toISOString() };
}

/** The draft with every need said so far in the journey, whichever step heard it. */
function withNeedsSaid(step: Step, draft: IntakeDraft): IntakeDraft {
  return { ...draft, needs: mergeNeeds(draft.needs, needsSaidSoFar(step.context)) };
}

export class MainDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.main, services);
    addIntakePrompts(this, services);
    for (const dialog of [
      new ClassificationDialog(services),
      new ServiceRequestDialog(services),
      new AsbReportDialog(services),
      new QuickFixDialog(services),
      new ComplaintDialog(services),
      new RepresentativeDialog(services),
      new ContactDialog(services),
      new SummaryDialog(services),
      new Stage2Dialog(services),
    ]) {
      this.addDialog(dialog);
    }
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askWhatHappened.bind(this),
        this.understandIt.bind(this),
        this.askJourneyQuestions.bind(this),
        this.askComplaintQuestionsIfSwitched.bind(this),
        this.askWhoIsWriting.bind(this),
        this.askContact.bind(this),
        this.confirmSummary.bind(this),
        this.submit.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  async beginDialog(outerDc: DialogContext, options?: MainOptions): Promise<DialogTurnResult> {
    const said: SaidWords[] = options?.opening ? [heard(outerDc.context, options.opening, this.services.now())] : [];
    const state = outerDc.activeDialog!.state as JourneyState;
    state.said = said;
    outerDc.context.turnState.set(SAID, said);
    state.needs = await noteNeedsSaid(outerDc.context, undefined, options?.opening);
    return super.beginDialog(outerDc, options);
  }

  /** Every message the tenant writes in the journey is kept, with when they wrote it. */
  async continueDialog(outerDc: DialogContext): Promise<DialogTurnResult> {
    const state = outerDc.activeDialog!.state as JourneyState;
    const said = (state.said ??= []);
    const { activity } = outerDc.context;
    const text = activity.type === 'message' ? activity.text?.trim() : undefined;
    if (text && said.length < SAID_LIMIT) said.push(heard(outerDc.context, text, this.services.now()));
    outerDc.context.turnState.set(SAID, said);
    // Commands are not needs: "talk to a person" is never "phone me".
    state.needs = await noteNeedsSaid(outerDc.context, state.needs, text && !interruptionIn(text) ? text : undefined);
    return super.continueDialog(outerDc);
  }

  private async askWhatHappened(step: Step): Promise<DialogTurnResult> {
    if (step.options.opening) return step.next(step.options.opening);
    const prompt = say(step.options.retry ? 'askWhatHappenedRetry' : 'askWhatHappened');
    return step.prompt(PromptIds.requiredText, { prompt, retryPrompt: say('askWhatHappenedRetry') });
  }

  private async understandIt(step: Step): Promise<DialogTurnResult> {
    const latest = String(step.result).trim();
    if (STAGE2_REQUEST.test(latest) || REFERENCE.test(latest)) {
      return step.beginDialog(DialogIds.stage2, { reference: REFERENCE.exec(latest)?.[1]?.toUpperCase() });
    }
    // What they wrote before being asked for more stays part of their account.
    const text = [step.options.earlier, latest].filter(Boolean).join('\n');
    const { understanding, slots } = await this.services.understanding.readOpening(text, this.services.now());
    // Nothing usable (emoji, a stray key): ask again rather than guess. Real words the model is
    // unsure about are kept, and the tenant chooses what it is closest to (Code 1.3).
    if (understanding.category === 'needs_clarification' && !step.options.retry && !hasWords(text)) {
      return step.replaceDialog(WATERFALL, { retry: true, earlier: text, intakeId: step.options.intakeId });
    }
    const draft: IntakeDraft = { ...newDraft(text), understanding, intakeId: step.options.intakeId };
    // "for 3 weeks", "since last March": the date is already in the account, so it is not asked again.
    applyMentionedDate(draft, understanding.dates);
    // Where, who it is about, the impact, the outcome wanted, who they write for: not asked again.
    fillFromWords(draft, slots);
    return step.beginDialog(DialogIds.classification, draft);
  }

  private async askJourneyQuestions(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft | undefined;
    if (!draft?.journey) return step.endDialog(); // stage 2 finished its own conversation
    // Damp or mould with a baby, pregnancy or a breathing illness: health advice now, whatever kind of contact it is.
    if (dampHarmsHealth(draft.opening, draft.understanding) && !draft.advised?.includes('dampHealth')) {
      await step.context.sendActivity(say('dampHealthAdvice'));
      draft.advised = [...(draft.advised ?? []), 'dampHealth'];
    }
    const dialogId = JOURNEY_DIALOGS[draft.journey];
    return dialogId ? step.beginDialog(dialogId, draft) : step.next(draft);
  }

  private async askComplaintQuestionsIfSwitched(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft;
    // A repair, ASB case or quick fix the tenant is unhappy with became a complaint on the way.
    const switched = draft.journey === 'complaint' && !draft.complaintQuestionsAsked;
    return switched ? step.beginDialog(DialogIds.complaint, draft) : step.next(draft);
  }

  private async askWhoIsWriting(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft;
    if (draft.journey === 'compliment') return step.next(draft);
    return step.beginDialog(DialogIds.representative, draft);
  }

  private async askContact(step: Step): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.contact, withNeedsSaid(step, step.result as IntakeDraft));
  }

  private async confirmSummary(step: Step): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.summary, withNeedsSaid(step, step.result as IntakeDraft));
  }

  private async submit(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft;
    const said = step.context.turnState.get(SAID) as SaidWords[] | undefined;
    const { reference, message, decision } = await this.services.submit(draft, turnInfo(step, this.services.now()), said ?? []);
    // One message: the outcome, then what happens next and when.
    const next = whatHappensNext(decision, draft, this.services.ombudsman, this.services.landlord.emergencyPhone);
    await step.context.sendActivity([message, next].filter(Boolean).join('\n\n'));
    return step.endDialog({ reference } satisfies JourneyResult);
  }
}
