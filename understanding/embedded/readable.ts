import { withGlosses } from './glossary';
import { normalise } from './text';
import { spelledOut } from './textspeak';

// A courtesy closing a message ("… nobody has rung me back. Thanks", "Diolch, Sam") is a sign-off,
// not praise: it is read as one word of its own, so thanks that are the message keep their weight
// and a grievance signed off politely is not taken for a compliment.
const COURTESY = "(?:many |big |massive )?(?:thanks|thank you|thankyou|thanx|thx|ta|cheers|diolch(?: yn fawr)?|dziekuje|dzieki|multumesc|mersi|mahadsanid|shukriya|shukran|dhonnobad|شكرا|شكرًا|شکریہ|ধন্যবাদ)";
const SIGN_OFF = new RegExp(`([.!?,]\\s*)${COURTESY}(?!\\s*(?:for|4)\\b)(?:\\s*(?:in advance|very much|so much|a lot|again))?(?:,?\\s+[\\p{L}'-]+){0,3}[\\s.!x]*$`, 'u');
export const SIGN_OFF_WORD = 'signoffcourtesy';
const signedOff = (normalised: string): string => normalised.replace(SIGN_OFF, `$1 ${SIGN_OFF_WORD}`);

/** What the rules and the model read: the normalised text with its sign-off marked, text-speak spelled out and English glosses of what it says in other languages. */
export const readable = (text: string): string => withGlosses(spelledOut(signedOff(normalise(text))));
