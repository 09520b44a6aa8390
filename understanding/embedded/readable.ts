import { withGlosses } from './glossary';
import { normalise } from './text';
import { spelledOut } from './textspeak';

/** What the rules and the model read: the normalised text with text-speak spelled out and English glosses of what it says in other languages. */
export const readable = (text: string): string => withGlosses(spelledOut(normalise(text)));
