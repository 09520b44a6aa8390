// The language a tenant is answered in. The bot sets it once per turn (`languageOfTurn`), and every
// message rendered during that turn — conversation text, outcome messages, dates — follows it,
// without each dialog step passing it along.
import { AsyncLocalStorage } from 'node:async_hooks';
import { detectLanguage } from '../understanding/embedded/language';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

const current = new AsyncLocalStorage<Language>();

/** 'cy' for any Welsh locale ("cy", "cy-GB"), English otherwise. */
export function languageOfLocale(locale: string | undefined): Language {
  return /^cy\b/i.test(locale ?? '') ? 'cy' : 'en';
}

/**
 * The language the tenant's own words are in: Welsh, English (any other language is answered in
 * English), or undefined when they say too little to tell ("Helo", an emoji). A Welsh greeting on
 * an English message ("Bore da, my boiler…") is English.
 */
export function languageOfWords(text: string): Language | undefined {
  const detected = detectLanguage(text);
  if (detected.code === 'und' || detected.confidence < 0.5) return undefined;
  return detected.code === 'cy' ? 'cy' : 'en';
}

/** What a conversation remembers between turns to answer in one language. */
export interface ConversationLanguage {
  /** Decided by the tenant's first telling words, or by the page when they switched it. */
  language?: Language;
  /** The locale the last turn came with, to notice the tenant switching the page. */
  locale?: string;
}

/**
 * The turn's language, and what the conversation remembers for the next. The page's or channel's
 * locale (the chat page's language switch or the browser's language, Teams' own) is the start;
 * a tenant whose first words are Welsh is answered in Welsh from the first reply on, whatever the
 * page says (Welsh Language Standards: a Welsh contact is answered in Welsh), until they switch
 * the page's language during the conversation, which is then followed.
 */
export function languageOfTurn(
  remembered: ConversationLanguage,
  locale: string | undefined,
  text: string | undefined,
): { language: Language; remember: ConversationLanguage } {
  const switched = remembered.locale !== undefined && locale !== undefined && locale !== remembered.locale;
  const fromLocale = languageOfLocale(locale ?? remembered.locale);
  let language = remembered.language;
  if (switched) language = fromLocale;
  else if (language === undefined && text?.trim()) language = fromLocale === 'cy' ? 'cy' : languageOfWords(text);
  return { language: language ?? fromLocale, remember: { language, locale: locale ?? remembered.locale } };
}

export function inLanguage<T>(language: Language, work: () => T): T {
  return current.run(language, work);
}

export function currentLanguage(): Language {
  return current.getStore() ?? 'en';
}
