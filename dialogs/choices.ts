// Choice questions rendered for the channel: Adaptive Cards (schema 1.5, Action.Submit) in
// Teams, suggested actions in Web Chat and the Emulator (ChoicePrompt's own choice), plain
// numbered text elsewhere. A card submit arrives as `value.choice` with no text; the bot copies
// it into the text before dialogs run, so every channel is recognised the same way.
import { CARD_CHOICE_FIELD } from '../templates/conversation/cardChoice';
import { ActionTypes, CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { ListStyle, type Choice, type PromptOptions } from 'botbuilder-dialogs';
import { CHOICE_LABELS } from '../templates/conversation/messages';
import { CHOICE_LABELS_CY } from '../templates/conversation/messages.cy';
import { say } from '../templates/conversation/say';
import { currentLanguage } from '../templates/language';


export interface ChoiceSpec {
  value: string;
  synonyms?: string[];
}

// Welsh answers too: Welsh says yes and no with the question's verb ("oes", "ydw", "do").
export const YES: ChoiceSpec = {
  value: 'Yes',
  synonyms: ['y', 'yes please', 'yeah', 'yep', 'correct', 'right', 'ok', 'okay', 'that is right', "that's right", 'ie', 'oes', 'ydw', 'ydy', 'do', 'iawn', 'cywir'],
};
export const NO: ChoiceSpec = {
  value: 'No',
  synonyms: ['n', 'nope', 'no thanks', 'not really', 'wrong', 'incorrect', 'na', 'nac oes', 'nac ydw', 'nac ydy', 'naddo', 'anghywir'],
};

// Options are English inside the dialogs; a Welsh turn shows the Welsh label, and the bot reads
// a Welsh label back as its English option before the dialogs see it.
const WELSH_LABEL = new Map<string, string>(
  (Object.keys(CHOICE_LABELS) as Array<keyof typeof CHOICE_LABELS>).map((k) => [CHOICE_LABELS[k], CHOICE_LABELS_CY[k]]),
);
const FROM_WELSH = new Map<string, string>([...WELSH_LABEL].map(([en, cy]) => [cy.toLowerCase(), en]));

/** The label shown for an option in the turn's language. */
export function label(value: string): string {
  return currentLanguage() === 'cy' ? (WELSH_LABEL.get(value) ?? value) : value;
}

/** An option's Welsh label, if it has one. */
export function welshLabel(value: string): string | undefined {
  return WELSH_LABEL.get(value);
}

/** The English option a Welsh label stands for (tapped or typed), or the text unchanged. */
export function choiceInEnglish(text: string): string {
  return FROM_WELSH.get(text.toLowerCase()) ?? text;
}

function toChoices(specs: ChoiceSpec[]): Choice[] {
  return specs.map((s) => {
    const shown = label(s.value);
    return shown === s.value
      ? { value: s.value, synonyms: s.synonyms }
      : { value: s.value, synonyms: s.synonyms, action: { type: ActionTypes.ImBack, title: shown, value: shown } };
  });
}

/** An Adaptive Card asking one question: buttons for up to three choices, a compact list above that. */
export function choiceCard(text: string, specs: ChoiceSpec[]): Partial<Activity> {
  const body: object[] = [{ type: 'TextBlock', text, wrap: true }];
  let actions: object[];
  if (specs.length <= 3) {
    actions = specs.map((s) => ({ type: 'Action.Submit', title: label(s.value), data: { [CARD_CHOICE_FIELD]: s.value } }));
  } else {
    body.push({
      type: 'Input.ChoiceSet',
      id: CARD_CHOICE_FIELD,
      style: 'compact',
      label: currentLanguage() === 'cy' ? 'Dewiswch un' : 'Choose one',
      isRequired: true,
      value: specs[0].value,
      choices: specs.map((s) => ({ title: label(s.value), value: s.value })),
    });
    actions = [{ type: 'Action.Submit', title: currentLanguage() === 'cy' ? 'Anfon' : 'Send' }];
  }
  const card = CardFactory.adaptiveCard({
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    type: 'AdaptiveCard',
    version: '1.5',
    body,
    actions,
  });
  return MessageFactory.attachment(card);
}

export function choiceOptions(channelId: string, text: string, specs: ChoiceSpec[], retryText?: string): PromptOptions {
  const choices = toChoices(specs);
  const retry = retryText ?? `${text} ${say('chooseAnOption')}`;
  if (channelId === 'msteams') {
    return { prompt: choiceCard(text, specs), retryPrompt: choiceCard(retry, specs), choices, style: ListStyle.none };
  }
  return { prompt: text, retryPrompt: retry, choices, style: ListStyle.auto };
}

export const YES_NO: ChoiceSpec[] = [YES, NO];

/** The value of the choice a ChoicePrompt recognised, or undefined for a text answer. */
export function chosen(result: unknown): string | undefined {
  return (result as { value?: string } | undefined)?.value;
}

/** A free-text question with a few one-tap answers (e.g. "Skip"); typing anything else is fine too. */
export function textOptions(channelId: string, text: string, replies: string[], retryText?: string): PromptOptions {
  const render = (t: string): Partial<Activity> =>
    channelId === 'msteams' ? choiceCard(t, replies.map((value) => ({ value }))) : MessageFactory.suggestedActions(replies.map(label), t);
  return { prompt: render(text), retryPrompt: render(retryText ?? text) };
}
