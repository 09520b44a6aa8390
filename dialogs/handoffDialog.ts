// "Talk to a person": who the tenant is and how to reach them, asked before anything is promised;
// with no phone or email the promise is an answer in this chat. Then the request is recorded for
// staff (the work lists) with the date we promised.
import { ComponentDialog, WaterfallDialog, type DialogContext, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen, textOptions } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices, TurnInfo } from './intakeServices';
import { addIntakePrompts, SKIP } from './prompts';

export interface HandoffOptions {
  /** What the tenant had told us so far, for the person who picks the request up. */
  said?: string;
  name?: string;
  method?: 'email' | 'phone' | 'webchat';
  contact?: string;
}

type Step = WaterfallStepContext<HandoffOptions>;

/** What the tenant has told us in the journey under way, if any: the innermost draft on the stack. */
export function saidSoFar(dc: DialogContext): string | undefined {
  let said: string | undefined;
  for (let d: DialogContext | undefined = dc; d; d = d.child) {
    // Each waterfall keeps its options (the draft) in its own state, under the prompt on top.
    for (const instance of d.stack) {
      const draft = (instance.state as { options?: Partial<IntakeDraft> } | undefined)?.options;
      if (typeof draft?.opening === 'string' && draft.opening) said = [draft.opening, ...(draft.additions ?? [])].join('\n');
    }
  }
  return said;
}

export class HandoffDialog extends ComponentDialog {
  constructor(
    private readonly services: IntakeServices,
    /** How the turn is described for the record (the conversation and channel). */
    private readonly turnInfo: (dc: DialogContext, now: Date) => TurnInfo,
  ) {
    super(DialogIds.handoff);
    addIntakePrompts(this, services);
    this.addDialog(new WaterfallDialog(WATERFALL, [this.askName.bind(this), this.askMethod.bind(this), this.askAddress.bind(this), this.record.bind(this)]));
    this.initialDialogId = WATERFALL;
  }

  private async askName(step: Step): Promise<DialogTurnResult> {
    return step.prompt(PromptIds.requiredText, textOptions(step.context.activity.channelId, say('handoffName'), [L.skip]));
  }

  private async askMethod(step: Step): Promise<DialogTurnResult> {
    const name = String(step.result).trim();
    if (!SKIP.test(name) && name !== L.skip) step.options.name = name.slice(0, 200);
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('handoffMethod'), [
        { value: L.phone, synonyms: ['call', 'telephone', 'mobile', 'text'] },
        { value: L.email, synonyms: ['e-mail', 'mail'] },
        { value: L.inThisChat, synonyms: ['chat', 'here', 'online'] },
      ]),
    );
  }

  private async askAddress(step: Step): Promise<DialogTurnResult> {
    const method = chosen(step.result);
    if (method === L.email) {
      step.options.method = 'email';
      return step.prompt(PromptIds.email, { prompt: say('contactEmail'), retryPrompt: say('contactEmailRetry') });
    }
    if (method === L.phone) {
      step.options.method = 'phone';
      return step.prompt(PromptIds.phone, { prompt: say('contactPhone'), retryPrompt: say('contactPhoneRetry') });
    }
    step.options.method = 'webchat';
    return step.next(undefined);
  }

  private async record(step: Step): Promise<DialogTurnResult> {
    const contact = step.options.method === 'webchat' ? undefined : String(step.result).trim();
    const { name, said } = step.options;
    const { contactBy } = await this.services.requestHandoff(this.turnInfo(step, this.services.now()), { name, contact, said });
    await step.context.sendActivity(say('handoff', { when: contactBy, contact, phone: this.services.landlord.phone }));
    return step.endDialog();
  }
}
