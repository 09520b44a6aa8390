// The language a tenant is answered in. The bot sets it once per turn from the activity's locale
// (the chat page's language switch or the browser's language, Teams' own locale), and every
// message rendered during that turn — conversation text, outcome messages, dates — follows it,
// without each dialog step passing it along.
import { AsyncLocalStorage } from 'node:async_hooks';

export const LANGUAGES = ['en', 'cy'] as const;
export type Language = (typeof LANGUAGES)[number];

const current = new AsyncLocalStorage<Language>();

/** 'cy' for any Welsh locale ("cy", "cy-GB"), English otherwise. */
export function languageOfLocale(locale: string | undefined): Language {
  return /^cy\b/i.test(locale ?? '') ? 'cy' : 'en';
}

export function inLanguage<T>(language: Language, work: () => T): T {
  return current.run(language, work);
}

export function currentLanguage(): Language {
  return current.getStore() ?? 'en';
}
