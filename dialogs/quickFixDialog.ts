// A quick fix (Quick Fix, grumble, customer concern…): what would put it right, and the choice
// of a formal complaint instead, at any time (Code 1.3; Greatwell 2.2; whg 2.5: never for
// health and safety — triage enforces that whatever is chosen here).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts } from './prompts';

export class QuickFixDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.quickFix, services);
    addIntakePrompts(this, services);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askOutcome.bind(this), this.askRoute.bind(this), this.finish.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askOutcome(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    // "Can someone just call me please": what would put it right was said.
    if (step.options.desiredOutcome) return step.next(step.options.desiredOutcome);
    return step.prompt(PromptIds.requiredText, { prompt: say('whatWouldPutItRight'), retryPrompt: say('desiredOutcomeRetry') });
  }

  private async askRoute(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    step.options.desiredOutcome = String(step.result).trim();
    const name = this.services.quickFixName;
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('quickFixChoice', { quickFixName: name }), [
        { value: name, synonyms: ['quick', 'quick fix', 'put it right', 'sort it'] },
        { value: L.makeComplaint, synonyms: ['complaint', 'complain', 'formal'] },
      ]),
    );
  }

  private async finish(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    if (chosen(step.result) === L.makeComplaint) {
      step.options.journey = 'complaint';
      step.options.wantsFormalComplaint = true;
    }
    return step.endDialog(step.options);
  }
}
