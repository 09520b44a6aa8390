// "When did it happen?": the answer is understood once, here, and the step after the prompt gets
// the dates with the words, so nothing reads the same answer again. "Not sure" is an answer too.
import { InputHints, type TurnContext } from 'botbuilder';
import { Prompt, type PromptOptions, type PromptRecognizerResult, type PromptValidator } from 'botbuilder-dialogs';
import type { MentionedDate } from '../understanding/understandingSchema';
import type { DialogUnderstanding } from './understandingPort';

export interface DateAnswer {
  text: string;
  /** What the words say; empty for "not sure" or words with no date in them. */
  dates: MentionedDate[];
  /** The tenant said they do not know. */
  skipped: boolean;
}

export class DatePrompt extends Prompt<DateAnswer> {
  constructor(
    dialogId: string,
    private readonly understanding: DialogUnderstanding,
    private readonly now: () => Date,
    private readonly skip: RegExp,
    validator?: PromptValidator<DateAnswer>,
  ) {
    super(dialogId, validator);
  }

  protected async onPrompt(context: TurnContext, _state: object, options: PromptOptions, isRetry: boolean): Promise<void> {
    const prompt = isRetry && options.retryPrompt ? options.retryPrompt : options.prompt;
    if (prompt) await context.sendActivity(prompt, undefined, InputHints.ExpectingInput);
  }

  // The base prompt recognises every incoming message once more before the turn is routed: the
  // answer would be understood twice. Like TextPrompt, this prompt never claims the event.
  protected async onPreBubbleEvent(): Promise<boolean> {
    return false;
  }

  protected async onRecognize(context: TurnContext): Promise<PromptRecognizerResult<DateAnswer>> {
    const text = (context.activity.text ?? '').trim();
    if (!text) return { succeeded: false };
    if (this.skip.test(text)) return { succeeded: true, value: { text, dates: [], skipped: true } };
    return { succeeded: true, value: { text, dates: await this.understanding.datesIn(text, this.now()), skipped: false } };
  }
}

/** The answer a date prompt gave the step after it, if that step followed one. */
export function dateAnswer(result: unknown): DateAnswer | undefined {
  const answer = result as Partial<DateAnswer> | undefined;
  return answer && typeof answer === 'object' && Array.isArray(answer.dates) ? (answer as DateAnswer) : undefined;
}
