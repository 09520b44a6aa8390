// A choice typed rather than tapped: the option's label or a close variant of it ("make a
// complant", "gwneud cwyn plis", "Repair"), in English or Welsh, is that option. Only one option
// may match, so a typo never picks between two.
import type { Choice, FoundChoice } from 'botbuilder-dialogs';
import { welshLabel } from './choices';

const FILLER = /\b(?:please|pls|plz|thanks|thank you|i want to|i'd like to|i would like to|i want|os gwelwch yn dda|plis|diolch)\b/g;

function plain(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(FILLER, ' ')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Edits (insert, delete, change a letter) from one text to the other. */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length];
}

/** One typo in a short label, about one in six letters in a longer one; "no" and "do" are too short to guess at. */
const close = (typed: string, label: string) => label.length >= 4 && distance(typed, label) <= Math.max(1, Math.floor(label.length / 6));

/** Whole words of one inside the other: "complaint" in "make a complaint", "repair" in "repair or request". */
const within = (typed: string, label: string) => {
  const words = (t: string) => ` ${t} `;
  return typed.length >= 4 && (words(label).includes(words(typed)) || words(typed).includes(words(label)));
};

function namesOf(choice: Choice): string[] {
  return [choice.value, welshLabel(choice.value), choice.action?.title, ...(choice.synonyms ?? [])]
    .filter((n): n is string => typeof n === 'string' && n.length > 0)
    .map(plain)
    .filter(Boolean);
}

export function closeChoice(text: string, choices: readonly Choice[]): FoundChoice | undefined {
  const typed = plain(text);
  if (!typed) return undefined;
  const matching = choices
    .map((choice, index) => ({ choice, index }))
    .filter(({ choice }) => namesOf(choice).some((name) => name === typed || close(typed, name) || within(typed, name)));
  if (matching.length !== 1) return undefined;
  const [{ choice, index }] = matching;
  return { value: choice.value, index, score: 0.8 };
}
