// How the tenant needs us to communicate, read from their own words wherever they say it: the
// reasonable adjustments (Equality Act 2010, s.20; Code 3.1, 6.1) as short items, the language
// they want letters in, and how they want to be contacted. Pure and local; English and Welsh.
// A condition said of someone else ("my neighbour is deaf") is theirs, not the tenant's.
import type { AdjustmentKind } from '../triage/contactSchema';

/** What the words ask for, each one short item. `value`: the language, or the hour, as said. */
export type NeedKey =
  | 'deaf' | 'hardOfHearing' | 'blind' | 'partiallySighted' | 'sightDifficulty' | 'stammer' | 'learningDisability' | 'dyslexia'
  | 'noPhoneCalls' | 'noEmail' | 'callsNotBefore' | 'callsAfter' | 'speakSlowly' | 'screenReader' | 'accessibleDocuments'
  | 'largePrint' | 'braille' | 'easyRead' | 'shortWriting' | 'bsl' | 'interpreter' | 'lettersInLanguage'
  | 'carerReadsLetters' | 'supportWorkerHelps' | 'emailOnly' | 'textOnly' | 'phoneOnly'
  /** A need we have no item for, in their words (said when changing it in the summary). */
  | 'inTheirWords';

export interface Need {
  key: NeedKey;
  /** The interpreter's or the letters' language (English name, "Polish"), or the hour ("10am"). */
  value?: string;
}

export type PreferredMethod = 'email' | 'phone' | 'text' | 'letter';

export interface CommunicationNeeds {
  needs: Need[];
  /** ISO 639 code of the language they want us to use with them, when they said one. */
  language?: string;
  method?: PreferredMethod;
}

/** Each need as the case's contact holds it (`contact.adjustments`), in the words staff read. */
export const ADJUSTMENT_OF: Record<NeedKey, (value?: string) => { kind: AdjustmentKind; details?: string }> = {
  deaf: () => ({ kind: 'other', details: 'deaf' }),
  hardOfHearing: () => ({ kind: 'other', details: 'hard of hearing' }),
  blind: () => ({ kind: 'other', details: 'blind' }),
  partiallySighted: () => ({ kind: 'other', details: 'partially sighted' }),
  sightDifficulty: () => ({ kind: 'other', details: 'sight difficulty' }),
  stammer: () => ({ kind: 'other', details: 'stammer' }),
  learningDisability: () => ({ kind: 'other', details: 'learning disability' }),
  dyslexia: () => ({ kind: 'other', details: 'dyslexia' }),
  noPhoneCalls: () => ({ kind: 'other', details: 'no phone calls' }),
  noEmail: () => ({ kind: 'other', details: 'no email' }),
  callsNotBefore: (v) => ({ kind: 'other', details: `no phone calls before ${v}` }),
  callsAfter: (v) => ({ kind: 'other', details: `phone calls only after ${v}` }),
  speakSlowly: () => ({ kind: 'other', details: 'speak clearly and slowly on calls' }),
  screenReader: () => ({ kind: 'other', details: 'uses a screen reader' }),
  accessibleDocuments: () => ({ kind: 'other', details: 'accessible electronic documents (no scanned or image-only letters)' }),
  largePrint: () => ({ kind: 'large_print' }),
  braille: () => ({ kind: 'braille' }),
  easyRead: () => ({ kind: 'easy_read' }),
  shortWriting: () => ({ kind: 'other', details: 'short, plain written communication' }),
  bsl: () => ({ kind: 'bsl' }),
  interpreter: (v) => ({ kind: 'interpreter', details: v }),
  lettersInLanguage: (v) => ({ kind: 'other', details: `letters in ${v}` }),
  carerReadsLetters: () => ({ kind: 'other', details: 'a carer reads letters with them' }),
  supportWorkerHelps: () => ({ kind: 'other', details: 'a support worker helps with letters' }),
  emailOnly: () => ({ kind: 'email_only' }),
  textOnly: () => ({ kind: 'text_only' }),
  phoneOnly: () => ({ kind: 'phone_only' }),
  inTheirWords: (v) => ({ kind: 'other', details: v }),
};

// Languages tenants ask for, by the names they use (English and Welsh), with their ISO 639 codes.
export const LANGUAGE_NAMES: Array<[RegExp, string, string]> = [
  [/\b(?:welsh|cymraeg|gymraeg|nghymraeg)\b/i, 'cy', 'Welsh'],
  [/\b(?:polish|polsku|pwyleg)\b/i, 'pl', 'Polish'],
  [/\burdu\b/i, 'ur', 'Urdu'],
  [/\bsomali\b/i, 'so', 'Somali'],
  [/\barabic\b/i, 'ar', 'Arabic'],
  [/\b(?:bengali|bangla|sylheti)\b/i, 'bn', 'Bengali'],
  [/\bpunjabi\b/i, 'pa', 'Punjabi'],
  [/\bromanian\b/i, 'ro', 'Romanian'],
  [/\bportuguese\b/i, 'pt', 'Portuguese'],
  [/\b(?:tigrinya)\b/i, 'ti', 'Tigrinya'],
  [/\b(?:farsi|persian)\b/i, 'fa', 'Farsi'],
  [/\bkurdish\b/i, 'ku', 'Kurdish'],
  [/\bukrainian\b/i, 'uk', 'Ukrainian'],
  [/\brussian\b/i, 'ru', 'Russian'],
  [/\bcantonese\b/i, 'yue', 'Cantonese'],
  [/\bmandarin\b/i, 'zh', 'Mandarin'],
];

// Someone other than the tenant, named as the subject of a sentence: their condition is theirs.
const SOMEONE_ELSE =
  /\b(?:neighbou?rs?|next door|upstairs|downstairs|across the (?:road|landing|hall)|(?:old|young) (?:lady|man|woman|guy|fella|couple)|(?:Mr|Mrs|Ms|Miss|Dr)\.?\s+[A-Z][\p{L}'-]+|cymydog\w*|drws nesa\w*|(?:his|her|their) (?:hearing|eyesight|eyes))\b/iu;
/** A sentence whose subject is someone other than the tenant or their household: a neighbour, "the old lady next door". */
export const saidOfSomeoneElse = (sentence: string): boolean => SOMEONE_ELSE.test(sentence);
const MY_OWN = String.raw`(?:i'?m|i am|im|i have|i've got|ive got|i got|i'?ve been|dw i'?n|dwi'?n|rydw i'?n|rwy'?n|fi'?n)`;

// Conditions, with the words that make them the tenant's own.
const CONDITIONS: Array<[NeedKey, RegExp, RegExp]> = [
  ['deaf', /\bdeaf\b|\b[bf]yddar\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,2}(?:deaf|[bf]yddar)\b`, 'i')],
  ['hardOfHearing', /\bhard of hearing\b|\bhearing (?:impaired|loss)\b|\btrwm (?:fy |fy )?nghlyw\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,3}(?:hard of hearing|hearing)|\bmy hearing\b|\btrwm fy nghlyw\b`, 'i')],
  ['blind', /\b(?:registered )?blind\b(?! eye)|\bdall\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,2}(?:blind|dall)\b`, 'i')],
  ['partiallySighted', /\bpartially sighted\b|\bsight impaired\b|\bvisually impaired\b|\bmacular\b|\beyesight'?s? (?:is )?going\b|\bnam ar fy ngolwg\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,2}(?:partially sighted|sight impaired|visually impaired)|\bmy eyesight\b|\bmacular\b|\bnam ar fy ngolwg\b`, 'i')],
  ['sightDifficulty', /\bmy eyes (?:are ?n'?t|arent|are not) (?:good|great|very good)\b|\bpoor eyesight\b|\bcan'?t see (?:very )?well\b/i, /\bmy eyes\b|\b(?:my|i have) poor eyesight\b|\bi can'?t see\b/i],
  ['stammer', /\b(?:stammer|stutter)\b|\bat(?:al)? dweud\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,3}(?:stammer|stutter)|\bmy (?:stammer|stutter)\b`, 'i')],
  ['learningDisability', /\blearning (?:disability|difficulty|difficulties)\b|\banabledd dysgu\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,2}learning (?:disability|difficult)|\banabledd dysgu\b`, 'i')],
  ['dyslexia', /\bdyslexi[ac]\b|\bdyslecs\w*\b/i, new RegExp(String.raw`\b${MY_OWN}\s+(?:\w+\s+){0,2}dysle|\bmy dyslexia\b`, 'i')],
];

// What they ask for; a request is the tenant's own unless a neighbour is its subject.
const REQUESTS: Array<[NeedKey, RegExp]> = [
  ['largePrint', /\blarge[\s-]*print\b|\b(?:big|bigger|large|larger) (?:writing|print|font|letters|text)\b|\bprint bras\b/i],
  ['braille', /\bbraille\b/i],
  ['easyRead', /\beasy[\s-]*read\b|\bhawdd ei ddarllen\b/i],
  ['screenReader', /\bscreen ?reader\b|\bJAWS\b|\bNVDA\b|\bdarllenydd sgrin\b/],
  ['accessibleDocuments', /\b(?:not|no|don'?t send)\s+(?:\w+\s+){0,2}(?:scanned|image|pictures?|photos?)\b|\bscanned (?:letters|documents)\b[^.]{0,40}\bcan'?t\b/i],
  ['shortWriting', /\b(?:keep|make)\s+(?:anything|everything|it|letters|things)\s+(?:written\s+)?(?:short|simple|brief)\b|\blong letters are (?:really |very )?hard\b/i],
  ['speakSlowly', /\bspeak\s+(?:up|slowly|clearly)\b|\btalk\s+(?:slowly|clearly)\b|\bsiarad yn araf\b/i],
  ['carerReadsLetters', /\bcarer\b[^.]{0,80}\b(?:reads?|go(?:es)? through|helps? (?:me )?with)\b[^.]{0,30}\b(?:post|letters|mail)\b|\b(?:reads?|go(?:es)? through)\b[^.]{0,30}\b(?:post|letters|mail)\b[^.]{0,60}\bcarer\b/i],
  ['supportWorkerHelps', /\bsupport worker\b[^.]{0,40}\b(?:helps?|reads?|goes through)\b[^.]{0,30}\b(?:letters|post|mail|forms)\b/i],
];

const NO_CALLS = /\bno (?:phone ?)?calls\b|\bnot (?:by )?(?:phone|calls)\b|\b(?:can'?t|cannot|can not) (?:use|do|hear on) the (?:phone|telephone)\b|\bcalls make me\b|\bdon'?t (?:ring|phone|call) me\b(?!\s+(?:before|after|until|till))|\bdim galwadau(?: ffôn)?\b/i;
const NO_EMAIL = /\b(?:i )?(?:don'?t|do not|can'?t|cannot) (?:do|use|have|read) e-?mails?\b|\bno e-?mails?\b|\bnot (?:by )?e-?mail\b/i;
const NOT_BEFORE = /\b(?:don'?t|do not|not|no|never)\s+(?:ring|call|phone)(?:\s+me)?(?:\s+\w+)?\s+before\s+(\d{1,2}(?:[:.]\d\d)?)\s*(am|pm|o'?clock)?/i;
const AFTER = /(?:^|[.!?]\s*|\b(?:ring|call|phone|contact)(?:\s+me)?(?:\s+\w+){0,3}\s+)after\s+(\d{1,2}(?:[:.]\d\d)?)\s*(am|pm|o'?clock)?/i;
const PHONE_WORDS = /\b(?:phone|ring|call|calls|rung|ffonio|ffôn)\b/i;

const ONLY: Array<[PreferredMethod, NeedKey, RegExp]> = [
  ['email', 'emailOnly', /\be-?mail only\b|\bonly (?:by )?e-?mail\b|\bjust e-?mail\b|\be-?bost yn unig\b/i],
  ['text', 'textOnly', /\btexts? (?:messages? )?only\b|\bonly (?:by )?texts?\b|\bsms only\b|\btecst yn unig\b|\bneges(?:euon)? destun yn unig\b/i],
  ['phone', 'phoneOnly', /\bphone (?:calls )?only\b|\bonly (?:by )?phone\b/i],
];
// A way of reaching them they asked for, not one they ruled out ("not phone", "I don't do email").
const METHOD_WORDS: Array<[PreferredMethod, RegExp]> = [
  ['text', /\btext me\b|\bby texts?\b|\btexts? (?:or|and) e-?mail\b|\btexts? (?:is|are|'s) (?:fine|best|better|ok)\b|\bprefer (?:a )?texts?\b|\bdrwy (?:neges destun|decst)\b/gi],
  ['email', /\be-?mail me\b|\bby e-?mail\b|\be-?mail (?:is|'s) (?:fine|best|better|ok)\b|\be-?mail (?:is )?better\b|\bprefer e-?mails?\b|\bdrwy e-?bost\b|\be-?bostiwch fi\b/gi],
  ['phone', /\b(?:ring|phone|call) me (?:instead|on)\b|\b(?:can|could) (?:u|you) (?:ring|phone|call) me instead\b|\bwhen you (?:phone|ring|call) me\b|\bby (?:phone|telephone)\b|\bprefer (?:a )?(?:phone ?)?calls?\b|\bffoniwch fi\b/gi],
  ['letter', /\b(?:just )?send (?:me )?letters\b|\bletters? (?:by|in the) post\b|\bby post (?:please|only)\b|\bpost only\b|\bdrwy'r post\b/gi],
];
const RULED_OUT = /\b(?:not|no|don'?t|do not|never|can'?t|cannot|rather than|instead of|than|dim)\s+(?:by\s+|do\s+|use\s+|the\s+|a\s+)?$/i;

const LANGUAGE_STATED = [
  /\b(?:i|she|he|they|mum|dad)\s+(?:only\s+)?speaks?\s+(?:only\s+)?(\p{L}+)/iu,
  /\b(\p{L}+)\s+is\s+(?:my|her|his|their)\s+first language\b/iu,
  /\b(?:letters|everything|post|correspondence)\s+(?:\w+\s+){0,2}in\s+(\p{L}+)/iu,
  /\b(\p{L}+)\s+letters\b/iu,
  /\b(\p{L}+)\s+(?:interpreter|translator)\b/iu,
  /\b(?:interpreter|translator)\s+(?:in\s+|for\s+)?(\p{L}+)/iu,
  /\b(?:llythyrau|llythyr)\s+(?:yn\s+|drwy gyfrwng y\s+)?(gymraeg|cymraeg)\b/iu,
  /\b(?:dehonglydd|cyfieithydd)\s+(\p{L}+)/iu,
];

function languageNamed(word: string | undefined): [string, string] | undefined {
  if (!word) return undefined;
  const found = LANGUAGE_NAMES.find(([pattern]) => pattern.test(word));
  return found && [found[1], found[2]];
}

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?])\s+|\n+/).map((s) => s.trim()).filter(Boolean);
}

const hour = (digits: string, suffix: string | undefined) => `${digits.replace('.', ':')}${suffix && /am|pm/i.test(suffix) ? suffix.toLowerCase() : Number(digits) < 8 ? 'pm' : 'am'}`;

/** The method asked for first in the words, leaving out any ruled out. */
function methodAskedFor(text: string): PreferredMethod | undefined {
  const found: Array<[number, PreferredMethod]> = [];
  for (const [method, pattern] of METHOD_WORDS) {
    for (const match of text.matchAll(pattern)) {
      if (RULED_OUT.test(text.slice(Math.max(0, match.index - 20), match.index))) continue;
      found.push([match.index, method]);
    }
  }
  return found.sort((a, b) => a[0] - b[0])[0]?.[1];
}

/**
 * The communication needs in the words; undefined when they state none. `forSomeoneElse`: the
 * writer speaks for the tenant (a relative, an advocate), so "she is deaf" is the tenant's.
 */
export function communicationNeeds(text: string, options: { forSomeoneElse?: boolean } = {}): CommunicationNeeds | undefined {
  const needs: Need[] = [];
  const add = (key: NeedKey, value?: string) => {
    if (!needs.some((n) => n.key === key && n.value === value)) needs.push(value === undefined ? { key } : { key, value });
  };
  for (const sentence of sentences(text)) {
    const aboutSomeoneElse = SOMEONE_ELSE.test(sentence);
    for (const [key, word, own] of CONDITIONS) {
      if (!word.test(sentence)) continue;
      // Their own words about themselves count always; a bare "deaf, text only" counts unless a neighbour is the subject.
      if (own.test(sentence) || (!aboutSomeoneElse && (options.forSomeoneElse || !/\b(?:is|was|has|he|she|they)\b/i.test(sentence)))) add(key);
    }
    if (aboutSomeoneElse) continue;
    for (const [key, pattern] of REQUESTS) if (pattern.test(sentence)) add(key);
  }
  const notBefore = NOT_BEFORE.exec(text);
  const after = AFTER.exec(text);
  if (notBefore) add('callsNotBefore', hour(notBefore[1], notBefore[2]));
  else if (after && PHONE_WORDS.test(text)) add('callsAfter', hour(after[1], after[2]));
  if (!notBefore && NO_CALLS.test(text)) add('noPhoneCalls');

  const only = ONLY.find(([, , pattern]) => pattern.test(text));
  if (only) add(only[1]);
  // "Don't ring before 10": phoning is how, at those times.
  const method = only?.[0] ?? methodAskedFor(text) ?? (notBefore || needs.some((n) => n.key === 'callsAfter') ? 'phone' : undefined);
  if (NO_EMAIL.test(text) && method !== 'email') add('noEmail');

  let language: string | undefined;
  for (const pattern of LANGUAGE_STATED) {
    const named = [...text.matchAll(new RegExp(pattern.source, 'giu'))].flatMap((m) => m.slice(1)).map(languageNamed).find(Boolean);
    if (!named) continue;
    language = named[0];
    break;
  }
  if (/\bBSL\b|\bBritish Sign Language\b|\biaith arwyddion\b/i.test(text) && /\binterpreter|\bdehonglydd|\bfirst language\b/i.test(text)) {
    add('bsl');
    if (/\b(?:BSL|British Sign Language)\s+is\s+my\s+first language\b/i.test(text)) language = 'bfi';
  }
  if (/\b(?:interpreter|translator|translation|translated|dehonglydd|cyfieithydd)\b/i.test(text) && language && language !== 'bfi') {
    const name = LANGUAGE_NAMES.find(([, code]) => code === language)![2];
    if (language !== 'cy') add('interpreter', name);
  }
  if (language && language !== 'bfi' && /\b(?:letters|post|correspondence|llythyrau|llythyr)\b/i.test(text)) {
    const letters = /\b(?:letters|post|correspondence|llythyrau|llythyr)\b[^.]{0,40}\b(?:in|into|yn)\s+\p{L}+|\b\p{L}+\s+letters\b|\btranslated into\b/iu.test(text);
    if (letters) add('lettersInLanguage', LANGUAGE_NAMES.find(([, code]) => code === language)![2]);
  }
  if (needs.length === 0 && !language && !method) return undefined;
  return { needs, ...(language ? { language } : {}), ...(method ? { method } : {}) };
}

/** Two readings together: each need once, the later language and method winning. */
export function mergeNeeds(earlier: CommunicationNeeds | undefined, later: CommunicationNeeds | undefined): CommunicationNeeds | undefined {
  if (!earlier) return later;
  if (!later) return earlier;
  const needs = [...earlier.needs, ...later.needs.filter((n) => !earlier.needs.some((e) => e.key === n.key && e.value === n.value))];
  const language = later.language ?? earlier.language;
  const method = later.method ?? earlier.method;
  return { needs, ...(language ? { language } : {}), ...(method ? { method } : {}) };
}
