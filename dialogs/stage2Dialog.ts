// "I'm not happy with the response to complaint CMP-…": the escalation is recorded. Reasons are
// invited, never required (Code 6.12). A complaint is discussed only with the person it belongs
// to: unless this conversation opened it, the contact detail they gave us must match, and until
// then the reply says nothing about the case, not even that it exists.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { textOptions } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeServices, Stage2Request } from './intakeServices';
import type { Ombudsman } from '../triage/ombudsman';
import { InterruptibleDialog, turnInfo } from './interruptibleDialog';
import { addIntakePrompts, REFERENCE, SKIP } from './prompts';

export interface Stage2Options {
  reference?: string;
  contact?: string;
}
type Step = WaterfallStepContext<Stage2Options>;

/** What the resident is told: only a matched requester hears anything about the complaint. */
function stage2Reply(reference: string, result: Stage2Request, ombudsman: Ombudsman): string {
  switch (result.status) {
    case 'escalated':
      return say('stage2Recorded', { reference, ...result });
    case 'already_at_stage2':
      return say('stage2Already', { reference, ...result, ombudsman });
    case 'stage1_not_answered':
      return say('stage2TooEarly', { reference, ...result });
    case 'unmatched':
      return say('stage2Unmatched', { when: result.contactBy });
  }
}

export class Stage2Dialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.stage2, services);
    addIntakePrompts(this, services);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askReference.bind(this), this.askContact.bind(this), this.askReasons.bind(this), this.record.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askReference(step: Step): Promise<DialogTurnResult> {
    if (step.options.reference) return step.next(step.options.reference);
    return step.prompt(PromptIds.reference, { prompt: say('stage2AskReference'), retryPrompt: say('stage2ReferenceRetry') });
  }

  private async askContact(step: Step): Promise<DialogTurnResult> {
    (step.values as Stage2Options).reference = REFERENCE.exec(String(step.result))?.[1]?.toUpperCase() ?? '';
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('stage2AskContact'), [L.skip]));
  }

  private async askReasons(step: Step): Promise<DialogTurnResult> {
    const answer = String(step.result ?? '').trim();
    if (answer && answer !== L.skip && !SKIP.test(answer)) (step.values as Stage2Options).contact = answer.slice(0, 254);
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('stage2Reasons'), [L.skip]));
  }

  private async record(step: Step): Promise<DialogTurnResult> {
    const { reference = '', contact } = step.values as Stage2Options;
    const answer = String(step.result ?? '').trim();
    const reasons = answer && answer !== L.skip && !SKIP.test(answer) ? answer.slice(0, 4000) : undefined;
    const result = await this.services.requestStage2(reference, reasons, contact, turnInfo(step, this.services.now()));
    await step.context.sendActivity(stage2Reply(reference, result, this.services.ombudsman));
    return step.endDialog();
  }
}
