// How to reach the person: name (or anonymous — recorded and looked into, but no reply possible:
// Charity 2022 policy, 'Anonymous complaints'; WCH 4.3), and where our reply should go (giving it
// is agreeing to be contacted that way). A name, email or phone number already in their words is
// not asked again. Everything but a compliment is answered later, after the chat: "in this chat"
// is then offered only as what it is — a reply they will see if they come back to this chat.
import { WaterfallDialog, type DialogTurnResult, type WaterfallStepContext } from 'botbuilder-dialogs';
import { CHOICE_LABELS as L } from '../templates/conversation/messages';
import { say } from '../templates/conversation/say';
import { choiceOptions, chosen, textOptions, type ChoiceSpec } from './choices';
import { DialogIds, PromptIds, WATERFALL } from './dialogIds';
import type { IntakeDraft } from './intakeDraft';
import type { IntakeServices } from './intakeServices';
import { InterruptibleDialog } from './interruptibleDialog';
import { checkUkPhone } from './phoneNumber';
import { addIntakePrompts, isEmail, SKIP } from './prompts';
import { needsSaidThisTurn } from './needsSaid';
import { mergeNeeds } from '../understanding/communicationNeeds';

type Step = WaterfallStepContext<IntakeDraft>;

function phoneAsTyped(text: string): string {
  const checked = checkUkPhone(text);
  return checked.ok ? checked.asTyped : text.trim();
}

/** Answered in the chat itself: only a thank-you needs no reply later. */
const answeredInChat = (draft: IntakeDraft) => draft.journey === 'compliment';

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
    const known = step.options.contact?.name;
    if (known) return step.next(known);
    return step.prompt(PromptIds.requiredText, textOptions(step.context.activity.channelId, say('contactName'), [L.skip]));
  }

  private async askMethod(step: Step): Promise<DialogTurnResult> {
    const name = String(step.result).trim();
    if (SKIP.test(name) || name === L.skip) {
      step.options.contact = { anonymous: true };
      await step.context.sendActivity(say('anonymousNote'));
      return step.endDialog(step.options);
    }
    const said = step.options.contact;
    step.options.contact = { name: name.slice(0, 200) };
    // An email address or phone number in what they wrote is where the reply goes.
    if (said?.email) return step.next(said.email);
    if (said?.phone) return step.next(said.phone);
    const inChat: ChoiceSpec = answeredInChat(step.options)
      ? { value: L.inThisChat, synonyms: ['chat', 'here', 'online'] }
      : { value: L.onlyInThisChat, synonyms: ['chat', 'here', 'online', 'in this chat', 'here in the chat'] };
    return step.prompt(
      PromptIds.contactMethod,
      choiceOptions(step.context.activity.channelId, say('contactHow'), [
        { value: L.email, synonyms: ['e-mail', 'mail'] },
        { value: L.phone, synonyms: ['call', 'telephone', 'mobile', 'text'] },
        inChat,
      ]),
    );
  }

  private async askAddress(step: Step): Promise<DialogTurnResult> {
    const contact = step.options.contact!;
    // How they need us to communicate, typed at the question ("text only, I'm deaf"): already said
    // back by the root dialog (needsSaid.ts); the way they asked for wins over a button's word in it.
    const said = needsSaidThisTurn(step.context);
    if (said) step.options.needs = mergeNeeds(step.options.needs, said);
    const method = said?.method ? undefined : chosen(step.result);
    // Typed at the question instead of a button: the address itself.
    const typed = method ? undefined : String(typeof step.result === 'string' ? step.result : step.context.activity.text ?? '').trim();
    if (typed && isEmail(typed)) return step.next({ email: typed });
    if (typed && checkUkPhone(typed).ok) return step.next({ phone: typed });
    const wanted = said?.method ?? (method === L.email ? 'email' : method === L.phone ? 'phone' : undefined);
    if (wanted === 'email') {
      contact.method = 'email';
      return step.prompt(PromptIds.email, { prompt: say('contactEmail'), retryPrompt: say('contactEmailRetry') });
    }
    if (wanted === 'phone' || wanted === 'text') {
      contact.method = wanted;
      return step.prompt(PromptIds.phone, { prompt: say('contactPhone'), retryPrompt: say('contactPhoneRetry') });
    }
    if (wanted === 'letter') {
      contact.method = 'letter';
      if (step.options.address) return step.next(undefined);
      return step.prompt(PromptIds.requiredText, { prompt: say('contactPostal'), retryPrompt: say('contactPostal') });
    }
    // Needs said but not how to reach them: the question again, after what was noted.
    if (said) return step.replaceDialog(WATERFALL, step.options);
    contact.method = 'webchat';
    if (!answeredInChat(step.options)) await step.context.sendActivity(say('replyInChatIfYouComeBack'));
    return step.next(undefined);
  }

  // Someone who chose how to be reached and gave the details has agreed to be contacted that way:
  // asking again is asking what they already said.
  private async finish(step: Step): Promise<DialogTurnResult> {
    const contact = step.options.contact!;
    const answer = step.result as { email?: string; phone?: string } | string | undefined;
    if (contact.method === 'letter' && typeof answer === 'string') step.options.address = answer.trim().slice(0, 300);
    const given =
      typeof answer === 'object' ? answer : contact.method === 'email' ? { email: answer } : contact.method === 'phone' || contact.method === 'text' ? { phone: answer } : {};
    if (given.email) Object.assign(contact, { method: 'email', email: given.email.trim() });
    // A number for text messages stays a number for texts.
    if (given.phone) Object.assign(contact, { method: contact.method === 'text' ? 'text' : 'phone', phone: phoneAsTyped(given.phone) });
    contact.agreesToContact = true;
    return step.endDialog(step.options);
  }
}
