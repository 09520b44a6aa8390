import { withGlosses } from './glossary';
import { normalise } from './text';

/** What the rules and the model read: the normalised text with English glosses of what it says in other languages. */
export const readable = (text: string): string => withGlosses(normalise(text));
