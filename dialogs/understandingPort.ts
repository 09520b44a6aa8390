// What the conversation asks of understanding, and nothing more: the first message read whole
// (the category to confirm, the signals and dates it carries), and the dates in an answer to
// "when?". Each is one understanding call: with Azure AI Language a call is several remote
// requests, so an answer is never understood twice.
import type { MentionedDate, Understanding } from '../understanding/understandingSchema';

export interface DialogUnderstanding {
  /** The tenant's first message: a category and the signals, hazards and dates in it. */
  readOpening(text: string, now: Date): Promise<Understanding>;
  /** The dates an answer to a date question mentions (none: it is asked again). */
  datesIn(answer: string, now: Date): Promise<MentionedDate[]>;
}

/** The port over the product's understanding (embedded model, or Azure when configured). */
export function dialogUnderstanding(understand: (text: string, opts: { now: Date }) => Promise<Understanding>): DialogUnderstanding {
  return {
    readOpening: (text, now) => understand(text, { now }),
    datesIn: async (answer, now) => (await understand(answer, { now })).dates,
  };
}
