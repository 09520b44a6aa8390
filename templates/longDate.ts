import { DateTime } from 'luxon';
import { currentLanguage, type Language } from './language';

const LOCALE: Record<Language, string> = { en: 'en-GB', cy: 'cy-GB' };

// Messages name the same few deadlines over and over, and luxon's formatting is costly, so the
// words for a date are kept (a bounded number: a long-running server sees every day in time).
const REMEMBERED = 1000;
const remembered = new Map<string, string>();

/** An ISO date in plain words, as a tenant reads it: "Friday 4 December 2026", "dydd Gwener 4 Rhagfyr 2026". */
export function longDate(isoDate: string, language: Language = currentLanguage()): string {
  const key = `${language}:${isoDate}`;
  let words = remembered.get(key);
  if (words === undefined) {
    words = inWords(isoDate, language);
    if (remembered.size >= REMEMBERED) remembered.clear();
    remembered.set(key, words);
  }
  return words;
}

function inWords(isoDate: string, language: Language): string {
  const dt = DateTime.fromISO(isoDate, { zone: 'Europe/London' }).setLocale(LOCALE[language]);
  if (!dt.isValid) throw new RangeError(`Not an ISO date: ${isoDate}`);
  const words = dt.toFormat('cccc d LLLL yyyy');
  // Welsh writes the day's "dydd" in lower case mid-sentence ("erbyn dydd Gwener").
  return language === 'cy' ? words.replace(/^Dydd/, 'dydd') : words;
}
