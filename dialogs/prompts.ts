// The prompts every intake dialog registers by id, with validators that re-prompt with
// guidance and, after a few failed attempts, point to a person.
import type { Activity } from 'botbuilder';
import {
  ChoicePrompt,
  TextPrompt,
  type PromptOptions,
  type ComponentDialog,
  type PromptValidatorContext,
  type Choice,
  type FoundChoice,
} from 'botbuilder-dialogs';
import { say } from '../templates/conversation/say';
import { PromptIds } from './dialogIds';
import { closeChoice } from './closeChoice';
import { DatePrompt } from './datePrompt';
import { checkUkPhone } from './phoneNumber';
import { needsSaidThisTurn } from './needsSaid';
import type { IntakeServices } from './intakeServices';

const ATTEMPTS_BEFORE_OFFERING_A_PERSON = 3;
export const SKIP = /^(skip|not sure|don'?t know|dont know|no idea|n\/a|none|no|hepgor|dim syniad|dwi ddim yn gwybod|ddim yn siŵr|dim)$/i;
export const REFERENCE = /\b(CMP-\d{4}-\d{6,})\b/i;
/** Asked for a reference they do not have: the request goes on, for staff to match. */
export const NO_REFERENCE = /^(skip|hepgor|no reference|(i )?(don'?t|do not) have (one|it|a reference|the reference)|does gen i ddim( un)?)$/i;

// The offer of a person goes inside the re-prompt: a prompt whose validator has already sent
// something skips its re-prompt, and the question and its buttons would vanish.
async function offerPersonAfterAttempts<T>(pc: PromptValidatorContext<T>, valid: boolean): Promise<boolean> {
  if (!valid && pc.attemptCount >= ATTEMPTS_BEFORE_OFFERING_A_PERSON) {
    pc.options.retryPrompt = withOffer(pc.options.retryPrompt ?? pc.options.prompt, say('tooManyAttempts'));
  }
  return valid;
}

function withOffer(question: PromptOptions['retryPrompt'], offer: string): Partial<Activity> | string {
  if (question === undefined) return offer;
  const text = typeof question === 'string' ? question : question.text;
  if (text?.startsWith(offer)) return question;
  if (typeof question === 'string') return `${offer}\n\n${question}`;
  return { ...question, text: question.text ? `${offer}\n\n${question.text}` : offer };
}

/** A label typed, or a close variant of it, is that option (the prompt's own recogniser wants it exact). */
function recogniseTyped(pc: PromptValidatorContext<FoundChoice>): boolean {
  if (pc.recognized.succeeded) return true;
  const found = closeChoice(pc.context.activity.text ?? '', (pc.options.choices ?? []) as Choice[]);
  if (!found) return false;
  // The prompt ends with the recognised value: the option the words stand for.
  pc.recognized.succeeded = true;
  pc.recognized.value = found;
  return true;
}

const PHONE_PROBLEM = {
  not_digits: 'contactPhoneNotDigits',
  too_short: 'contactPhoneTooShort',
  too_long: 'contactPhoneTooLong',
  not_uk: 'contactPhoneNotUk',
} as const;

const text = (pc: PromptValidatorContext<string>) => (pc.recognized.value ?? '').trim();

export const isEmail = (answer: string) => /^[^\s@]+@[^\s@]+\.[^\s@]{2,}$/.test(answer) && answer.length <= 254;

export function addIntakePrompts(dialog: ComponentDialog, services: IntakeServices): void {
  dialog.addDialog(new TextPrompt(PromptIds.text));
  dialog.addDialog(new TextPrompt(PromptIds.requiredText, (pc) => offerPersonAfterAttempts(pc, text(pc).length > 0)));
  dialog.addDialog(new ChoicePrompt(PromptIds.choice, (pc: PromptValidatorContext<FoundChoice>) => offerPersonAfterAttempts(pc, recogniseTyped(pc))));
  dialog.addDialog(
    new DatePrompt(PromptIds.date, services.understanding, () => services.now(), SKIP, (pc) =>
      offerPersonAfterAttempts(pc, pc.recognized.succeeded && (pc.recognized.value!.skipped || pc.recognized.value!.dates.length > 0)),
    ),
  );
  // How to reach them: a button, the email address or phone number typed straight in (a phone
  // number is not read as the number of a button), or how they need us to communicate ("text only").
  const contactMethod = new ChoicePrompt(PromptIds.contactMethod, (pc: PromptValidatorContext<FoundChoice>) => {
    const typed = (pc.context.activity.text ?? '').trim();
    return offerPersonAfterAttempts(pc, recogniseTyped(pc) || isEmail(typed) || checkUkPhone(typed).ok || needsSaidThisTurn(pc.context) !== undefined);
  });
  contactMethod.recognizerOptions = { recognizeNumbers: false };
  dialog.addDialog(contactMethod);
  dialog.addDialog(
    new TextPrompt(PromptIds.email, (pc) =>
      offerPersonAfterAttempts(pc, isEmail(text(pc))),
    ),
  );
  dialog.addDialog(
    new TextPrompt(PromptIds.phone, (pc) => {
      const checked = checkUkPhone(text(pc));
      // The re-prompt says what is wrong with this number, not only that it is wrong.
      if (!checked.ok) pc.options.retryPrompt = say(PHONE_PROBLEM[checked.problem]);
      return offerPersonAfterAttempts(pc, checked.ok);
    }),
  );
  dialog.addDialog(new TextPrompt(PromptIds.reference, (pc) => offerPersonAfterAttempts(pc, REFERENCE.test(text(pc)) || NO_REFERENCE.test(text(pc)))));
}
