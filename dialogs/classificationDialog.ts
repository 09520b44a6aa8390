// Turns what understanding suggested into a plain question the tenant confirms or corrects.
// Whenever they sound unhappy, the choice of a formal complaint is offered, whatever words they
// used (Code 1.3; whg 2.9; BCHG 5.3).
import { WaterfallDialog, type WaterfallStepContext, type DialogTurnResult, type FoundChoice } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { CHOICE_LABELS_CY as L_CY } from '../templates/conversation/messages.cy';
import { categoryDescription } from '../templates/conversation/words';
import { say } from '../templates/conversation/say';
import { choiceOptions, YES, type ChoiceSpec } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft, Journey } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts } from './prompts';

const PICK: Array<[string, Journey]> = [
  [L.repair, 'service_request'],
  [L.asb, 'asb_report'],
  [L.quickFix, 'quick_fix'],
  [L.makeComplaint, 'complaint'],
  [L.compliment, 'compliment'],
];

export class ClassificationDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.classification, services);
    addIntakePrompts(this, services);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.confirmSuggestion.bind(this), this.pickIfWrong.bind(this), this.finish.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async confirmSuggestion(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    const u = draft.understanding;
    if (u?.sentiment.unhappy && u.category !== 'complaint') await step.context.sendActivity(say('unhappyOffer'));
    if (!u || u.category === 'needs_clarification') return step.next(undefined);
    // "Make a complaint" typed when a complaint is what it sounds like is a yes.
    const yes: ChoiceSpec = u.category === 'complaint' ? { ...YES, synonyms: [...YES.synonyms!, L.makeComplaint, L_CY.makeComplaint, 'complaint', 'formal complaint', 'cwyn'] } : YES;
    const specs: ChoiceSpec[] = [yes, { value: L.somethingElse, synonyms: ['no', 'nope', 'n', 'wrong'] }];
    if (u.category !== 'complaint') specs.push({ value: L.makeComplaint, synonyms: ['complaint', 'complain', 'formal complaint', 'cwyn'] });
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('soundsLike', { description: categoryDescription(u.category) }), specs),
    );
  }

  private async pickIfWrong(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    const answer = (step.result as FoundChoice | undefined)?.value;
    const suggested = draft.understanding?.category;
    if (answer === YES.value && suggested && suggested !== 'needs_clarification') return step.next(suggested);
    if (answer === L.makeComplaint) {
      draft.wantsFormalComplaint = true;
      return step.next('complaint');
    }
    const specs = PICK.map(([value]) => ({ value }));
    return step.prompt(PromptIds.choice, choiceOptions(step.context.activity.channelId, say('pickCategory'), specs));
  }

  private async finish(step: WaterfallStepContext<IntakeDraft>): Promise<DialogTurnResult> {
    const draft = step.options;
    const picked = step.result as Journey | FoundChoice;
    draft.journey = typeof picked === 'string' ? picked : PICK.find(([label]) => label === picked.value)?.[1] ?? 'complaint';
    // Confirming or choosing a complaint is the tenant asking for one (Code 1.3).
    if (draft.journey === 'complaint') draft.wantsFormalComplaint = true;
    return step.endDialog(draft);
  }
}
