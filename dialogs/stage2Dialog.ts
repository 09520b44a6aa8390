// "I'm not happy with the response to complaint CMP-…": the escalation is recorded. Reasons are
// invited, never required (Code 6.12).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { textOptions } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog, turnInfo } from './interruptibleDialog';
import { addIntakePrompts, REFERENCE, SKIP } from './prompts';

export interface Stage2Options {
  reference?: string;
}
type Step = WaterfallStepContext<Stage2Options>;

export class Stage2Dialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.stage2, services);
    addIntakePrompts(this, services);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askReference.bind(this), this.askReasons.bind(this), this.record.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askReference(step: Step): Promise<DialogTurnResult> {
    if (step.options.reference) return step.next(step.options.reference);
    return step.prompt(PromptIds.reference, { prompt: say('stage2AskReference'), retryPrompt: say('stage2ReferenceRetry') });
  }

  private async askReasons(step: Step): Promise<DialogTurnResult> {
    const reference = REFERENCE.exec(String(step.result))?.[1]?.toUpperCase() ?? '';
    (step.values as Stage2Options).reference = reference;
    return step.prompt(PromptIds.text, textOptions(step.context.activity.channelId, say('stage2Reasons'), [L.skip]));
  }

  private async record(step: Step): Promise<DialogTurnResult> {
    const reference = (step.values as Stage2Options).reference ?? '';
    const answer = String(step.result ?? '').trim();
    const reasons = answer && answer !== L.skip && !SKIP.test(answer) ? answer.slice(0, 4000) : undefined;
    const result = await this.services.requestStage2(reference, reasons, turnInfo(step, this.services.now()));
    const message =
      result.status === 'escalated'
        ? say('stage2Recorded', { reference, ...result })
        : result.status === 'stage1_not_answered'
          ? say('stage2TooEarly', { reference, ...result })
          : say('stage2NotFound', { reference });
    await step.context.sendActivity(message);
    return step.endDialog();
  }
}
