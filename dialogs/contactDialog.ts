// How to reach the person: name (or anonymous — recorded and looked into, but no reply possible:
// Charity 2022 policy, 'Anonymous complaints'; WCH 4.3), and the preferred method with its details (giving them is agreeing to be contacted that way).
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { checkUkPhone } from './phoneNumber';
import { choiceOptions, chosen, textOptions } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { addIntakePrompts, SKIP } from './prompts';

type Step = WaterfallStepContext<IntakeDraft>;

export class ContactDialog extends InterruptibleDialog {
  constructor(services: IntakeServices) {
    super(DialogIds.contact, services);
    addIntakePrompts(this, services);
    this.addDialog(
      new WaterfallDialog(WATERFALL, [
        this.askName.bind(this),
        this.askMethod.bind(this),
        this.askAddress.bind(this),
        this.finish.bind(this),
      ]),
    );
    this.initialDialogId = WATERFALL;
  }

  private async askName(step: Step): Promise<DialogTurnResult> {
    return step.prompt(PromptIds.requiredText, textOptions(step.context.activity.channelId, say('contactName'), [L.skip]));
  }

  private async askMethod(step: Step): Promise<DialogTurnResult> {
    const name = String(step.result).trim();
    if (SKIP.test(name) || name === L.skip) {
      step.options.contact = { anonymous: true };
      await step.context.sendActivity(say('anonymousNote'));
      return step.endDialog(step.options);
    }
    step.options.contact = { name: name.slice(0, 200) };
    return step.prompt(
      PromptIds.choice,
      choiceOptions(step.context.activity.channelId, say('contactMethod'), [
        { value: L.email, synonyms: ['e-mail', 'mail'] },
        { value: L.phone, synonyms: ['call', 'telephone', 'mobile', 'text'] },
        { value: L.inThisChat, synonyms: ['chat', 'here', 'online'] },
      ]),
    );
  }

  private async askAddress(step: Step): Promise<DialogTurnResult> {
    const method = chosen(step.result);
    const contact = step.options.contact!;
    if (method === L.email) {
      contact.method = 'email';
      return step.prompt(PromptIds.email, { prompt: say('contactEmail'), retryPrompt: say('contactEmailRetry') });
    }
    if (method === L.phone) {
      contact.method = 'phone';
      return step.prompt(PromptIds.phone, { prompt: say('contactPhone'), retryPrompt: say('contactPhoneRetry') });
    }
    contact.method = 'webchat';
    return step.next(undefined);
  }

  // Someone who chose how to be reached and gave the details has agreed to be contacted that way:
  // asking again is asking what they already said.
  private async finish(step: Step): Promise<DialogTurnResult> {
    const contact = step.options.contact!;
    if (contact.method === 'email') contact.email = String(step.result).trim();
    if (contact.method === 'phone') {
      const checked = checkUkPhone(String(step.result));
      contact.phone = checked.ok ? checked.asTyped : String(step.result).trim();
    }
    contact.agreesToContact = true;
    return step.endDialog(step.options);
  }
}
