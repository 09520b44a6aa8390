// Understanding the same words twice gives the same answer, so it is done once: a redelivery, a
// retried batch or a channel forwarding one text to many threads costs no second model run (nor a
// second Azure AI Language call). Kept in memory, most recently used first, and bounded; a failed
// understanding is not kept, so the next delivery tries again.
import type { UnderstandingService } from '../understanding';
import type { Understanding } from '../understanding/understandingSchema';

type Understand = UnderstandingService['understand'];

export const REMEMBERED = 500;

export function understandOnce(understand: Understand, remembered = REMEMBERED): Understand {
  const answers = new Map<string, Promise<Understanding>>();
  return (text, opts) => {
    // Everything the answer depends on: the words, when dates are read against, the names to redact.
    const key = JSON.stringify([text, opts.now.toISOString(), opts.knownPii ?? [], opts.conversation ?? []]);
    const known = answers.get(key);
    if (known) {
      answers.delete(key);
      answers.set(key, known);
      return known;
    }
    const answer = Promise.resolve(understand(text, opts));
    answers.set(key, answer);
    answer.catch(() => answers.delete(key));
    if (answers.size > remembered) answers.delete(answers.keys().next().value as string);
    return answer;
  };
}
