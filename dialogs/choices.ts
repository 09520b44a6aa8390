// Choice questions rendered for the channel: Adaptive Cards (schema 1.5, Action.Submit) in
// Teams, suggested actions in Web Chat and the Emulator (ChoicePrompt's own choice), plain
// numbered text elsewhere. A card submit arrives as `value.choice` with no text; the bot copies
// it into the text before dialogs run, so every channel is recognised the same way.
import { CardFactory, MessageFactory, type Activity } from 'botbuilder';
import { ListStyle, type Choice, type PromptOptions } from 'botbuilder-dialogs';

export const CARD_CHOICE_FIELD = 'choice';

export interface ChoiceSpec {
  value: string;
  synonyms?: string[];
}

export const YES: ChoiceSpec = { value: 'Yes', synonyms: ['y', 'yes please', 'yeah', 'yep', 'correct', 'right', 'ok', 'okay', 'that is right', "that's right"] };
export const NO: ChoiceSpec = { value: 'No', synonyms: ['n', 'nope', 'no thanks', 'not really', 'wrong', 'incorrect'] };

function toChoices(specs: ChoiceSpec[]): Choice[] {
  return specs.map((s) => ({ value: s.value, synonyms: s.synonyms }));
}

/** An Adaptive Card asking one question: buttons for up to three choices, a compact list above that. */
export function choiceCard(text: string, specs: ChoiceSpec[]): Partial<Activity> {
  const body: object[] = [{ type: 'TextBlock', text, wrap: true }];
  let actions: object[];
  if (specs.length <= 3) {
    actions = specs.map((s) => ({ type: 'Action.Submit', title: s.value, data: { [CARD_CHOICE_FIELD]: s.value } }));
  } else {
    body.push({
      type: 'Input.ChoiceSet',
      id: CARD_CHOICE_FIELD,
      style: 'compact',
      label: 'Choose one',
      isRequired: true,
      value: specs[0].value,
      choices: specs.map((s) => ({ title: s.value, value: s.value })),
    });
    actions = [{ type: 'Action.Submit', title: 'Send' }];
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
  const retry = retryText ?? `${text} Please choose one of the options.`;
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
    channelId === 'msteams' ? choiceCard(t, replies.map((value) => ({ value }))) : MessageFactory.suggestedActions(replies, t);
  return { prompt: render(text), retryPrompt: render(retryText ?? text) };
}
