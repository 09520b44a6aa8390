// The whole journey: what happened → what it sounds like → the questions for that kind of
// contact → who is writing → how to reach them → summary → submit → the outcome in plain words.
// As the root, its interruption handling (InterruptibleDialog) covers every step below it.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { AsbReportDialog } from './asbReportDialog';
import { ClassificationDialog } from './classificationDialog';
import { ComplaintDialog } from './complaintDialog';
import { ContactDialog } from './contactDialog';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { applyMentionedDate } from './incidentDate';
import { newDraft, type IntakeDraft, type Journey } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog, turnInfo } from './interruptibleDialog';
import { addIntakePrompts, REFERENCE } from './prompts';
import { QuickFixDialog } from './quickFixDialog';
import { RepresentativeDialog } from './representativeDialog';
import { ServiceRequestDialog } from './serviceRequestDialog';
import { Stage2Dialog } from './stage2Dialog';
import { SummaryDialog } from './summaryDialog';

export interface MainOptions {
  /** The tenant's first message, when they wrote before being asked. */
  opening?: string;
  /** The forwarded message being continued, whose text is the opening. */
  intakeId?: string;
  retry?: boolean;
}

/** Asking for stage 2 of an existing complaint, in the tenant's words. */
const STAGE2_REQUEST = /\bstage (2|two)\b/i;

const JOURNEY_DIALOGS: Record<Journey, string | undefined> = {
  service_request: DialogIds.serviceRequest,
  asb_report: DialogIds.asbReport,
  quick_fix: DialogIds.quickFix,
  complaint: DialogIds.complaint,
  compliment: undefined,
};

type Step = WaterfallStepContext<MainOptions>;

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

  private async askWhatHappened(step: Step): Promise<DialogTurnResult> {
    if (step.options.opening) return step.next(step.options.opening);
    const prompt = say(step.options.retry ? 'askWhatHappenedRetry' : 'askWhatHappened');
    return step.prompt(PromptIds.requiredText, { prompt, retryPrompt: say('askWhatHappenedRetry') });
  }

  private async understandIt(step: Step): Promise<DialogTurnResult> {
    const text = String(step.result).trim();
    if (STAGE2_REQUEST.test(text) || REFERENCE.test(text)) {
      return step.beginDialog(DialogIds.stage2, { reference: REFERENCE.exec(text)?.[1]?.toUpperCase() });
    }
    const understanding = await this.services.understand(text, this.services.now());
    // Nothing usable (empty, emoji, gibberish): ask again rather than guess.
    if (understanding.category === 'needs_clarification' && !step.options.retry) {
      return step.replaceDialog(WATERFALL, { retry: true });
    }
    const draft: IntakeDraft = { ...newDraft(text), understanding, intakeId: step.options.intakeId };
    // "for 3 weeks", "since last March": the date is already in the account, so it is not asked again.
    applyMentionedDate(draft, understanding);
    return step.beginDialog(DialogIds.classification, draft);
  }

  private async askJourneyQuestions(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft | undefined;
    if (!draft?.journey) return step.endDialog(); // stage 2 finished its own conversation
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
    return step.beginDialog(DialogIds.contact, step.result as IntakeDraft);
  }

  private async confirmSummary(step: Step): Promise<DialogTurnResult> {
    return step.beginDialog(DialogIds.summary, step.result as IntakeDraft);
  }

  private async submit(step: Step): Promise<DialogTurnResult> {
    const draft = step.result as IntakeDraft;
    const { message } = await this.services.submit(draft, turnInfo(step, this.services.now()));
    await step.context.sendActivity(message);
    return step.endDialog(draft);
  }
}
