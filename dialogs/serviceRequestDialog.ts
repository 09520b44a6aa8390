// A first request for action is routed, not a complaint (Code 1.4). If it was reported before
// and the tenant is unhappy with our response, it is a complaint (Code 1.5; BCHG 6.1).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { EMERGENCY_NUMBER_NOT_SET } from '../templates/dangerAdvice';
import { needsEmergencyRepairAdvice } from './adviceFor';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { choiceOptions, chosen, NO, textOptions, YES, YES_NO } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import { dateAnswer } from './datePrompt';
import { recordIncidentDate } from './incidentDate';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts, SKIP } from './prompts';

export class ServiceRequestDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.serviceRequest, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askWhere.bind(this),
        this.askSinceWhen.bind(this),
        this.askFirstTime.bind(this),
        this.askUnhappy.bind(this),
        this.askAddress.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async askWhere(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    if (needsEmergencyRepairAdvice(draft.opening, draft.understanding) && !draft.advised?.includes('emergencyRepair')) {
      await step.context.sendActivity(say('emergencyRepairAdvice', { phone: this.services.landlord.emergencyPhone ?? EMERGENCY_NUMBER_NOT_SET }));
      draft.advised = [...(draft.advised ?? []), 'emergencyRepair'];
    }
    // "my front door lock": where it is was said.
    if (step.options.location) return step.next(step.options.location);
    return step.prompt(PromptIds.requiredText, { prompt: say('whereIsIt'), retryPrompt: say('whereIsIt') });
  }

  private async askSinceWhen(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    step.options.location = String(step.result).trim();
    if (step.options.occurredOn) return step.next(undefined);
    return step.prompt(PromptIds.date, { prompt: say('sinceWhen'), retryPrompt: say('sinceWhenRetry') });
  }

  private async askFirstTime(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    recordIncidentDate(step.options, dateAnswer(step.result));
    // "I've reported it three times": not the first time, so only whether they are unhappy is asked.
    if (step.options.understanding?.signals.reported_before) return step.next({ value: NO.value });
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('firstTimeTold'), YES_NO));
  }

  private async askUnhappy(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    if (chosen(step.result) === YES.value) return step.next(undefined);
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('unhappyWithResponse'), YES_NO));
  }

  private async askAddress(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    if (chosen(step.result) === YES.value) {
      draft.reportedBefore = { dissatisfied: true, reportedOn: draft.occurredOn };
      draft.journey = 'complaint';
      return step.endDialog(draft);
    }
    // The team needs the home to send someone to; asked once (not when their words gave it), kept
    // for the rest of the conversation, and "skip" or "don't know" is an answer: nobody is blocked.
    if (draft.address || draft.addressSkipped) return step.next(undefined);
    return step.prompt(PromptIds.requiredText, textOptions(step.context.activity.channelId, say('propertyAddress'), [L.skip]));
  }

  private async finish(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    if (step.result !== undefined) {
      const typed = String(step.result).trim();
      if (typed === L.skip || SKIP.test(typed)) step.options.addressSkipped = true;
      else step.options.address = typed.slice(0, 300);
    }
    return step.endDialog(step.options);
  }
}
