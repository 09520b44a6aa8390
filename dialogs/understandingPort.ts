// What the conversation asks of understanding, and nothing more: the first message read whole
// (the category to confirm, the signals and dates it carries), and the dates in an answer to
// "when?". Each is one understanding call: with Azure AI Language a call is several remote
// requests, so an answer is never understood twice.
import { formSlots, type FormSlots } from '../understanding/formSlots';
import type { MentionedDate, Understanding } from '../understanding/understandingSchema';

export interface Opening {
  understanding: Understanding;
  /** The questions the words already answer, read locally (no remote call). */
  slots: FormSlots;
}

export interface DialogUnderstanding {
  /** The tenant's first message: a category and the signals, hazards and dates in it, and what it already answers. */
  readOpening(text: string, now: Date): Promise<Opening>;
  /** The dates an answer to a date question mentions (none: it is asked again). */
  datesIn(answer: string, now: Date): Promise<MentionedDate[]>;
  /** More of the account, added when asked: its dates and what else it answers. */
  readAnswer(answer: string, now: Date): Promise<{ dates: MentionedDate[]; slots: FormSlots }>;
}

/** The port over the product's understanding (embedded model, or Azure when configured). */
export function dialogUnderstanding(understand: (text: string, opts: { now: Date }) => Promise<Understanding>): DialogUnderstanding {
  return {
    readOpening: async (text, now) => ({ understanding: await understand(text, { now }), slots: formSlots(text) }),
    datesIn: async (answer, now) => (await understand(answer, { now })).dates,
    readAnswer: async (answer, now) => ({ dates: (await understand(answer, { now })).dates, slots: formSlots(answer) }),
  };
}
