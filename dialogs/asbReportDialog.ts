// A first report of anti-social behaviour goes to the ASB team, after a safety check.
// Unhappiness with how we handled an ASB case is a complaint (whg 2.11; BCHG 6.1; WCH 4.6.3).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { isAboutNoise } from './adviceFor';
import { choiceOptions, chosen, YES, NO, YES_NO } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { dateAnswer } from './datePrompt';
import { recordIncidentDate } from './incidentDate';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts } from './prompts';

export class AsbReportDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.asbReport, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askSafety.bind(this),
        this.askFirstReport.bind(this),
        this.askUnhappy.bind(this),
        this.askSinceWhen.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async askSafety(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('asbSafetyCheck'), YES_NO));
  }

  private async askFirstReport(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    if (chosen(step.result) === YES.value) {
      await step.context.sendActivity(say('danger', { threat: true }));
    }
    // "This is the third incident", "I reported him in July": not a first report.
    if (step.options.understanding?.signals.reported_before) return step.next({ value: NO.value });
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('asbFirstReport'), YES_NO));
  }

  private async askUnhappy(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    // A first report of noise: what helps while we look into it.
    if (chosen(step.result) === YES.value && isAboutNoise(draft.opening) && !draft.advised?.includes('noise')) {
      await step.context.sendActivity(say('noiseAdvice'));
      draft.advised = [...(draft.advised ?? []), 'noise'];
    }
    if (chosen(step.result) !== NO.value) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('unhappyWithResponse'), YES_NO));
  }

  private async askSinceWhen(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    if (chosen(step.result) === YES.value) {
      step.options.asbHandlingDissatisfaction = true;
      step.options.journey = 'complaint';
      return step.endDialog(step.options);
    }
    if (step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.date, { prompt: say('sinceWhen'), retryPrompt: say('sinceWhenRetry') });
  }

  private async finish(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    recordIncidentDate(step.options, dateAnswer(step.result));
    return step.endDialog(step.options);
  }
}
