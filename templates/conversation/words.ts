// Words the bot fills into its messages (a category's description, a hazard's name, the summary's
// labels), in the turn's language.
import type { Adjustment } from '../../triage/contactSchema';
import type { CommunicationNeeds, NeedKey } from '../../understanding/communicationNeeds';
import { LANGUAGE_NAMES } from '../../understanding/communicationNeeds';
import { currentLanguage } from '../language';
import { CATEGORY_DESCRIPTIONS, HAZARD_NAMES, LANGUAGE_WORDS, METHOD_WORDS, NEED_WORDS, SUMMARY_WORDS } from './messages';
import { CATEGORY_DESCRIPTIONS_CY, HAZARD_NAMES_CY, LANGUAGE_NAMES_CY, LANGUAGE_WORDS_CY, METHOD_WORDS_CY, NEED_WORDS_CY, SUMMARY_WORDS_CY } from './messages.cy';

export function categoryDescription(category: keyof typeof CATEGORY_DESCRIPTIONS): string {
  return (currentLanguage() === 'cy' ? CATEGORY_DESCRIPTIONS_CY : CATEGORY_DESCRIPTIONS)[category];
}

export function hazardName(hazard: keyof typeof HAZARD_NAMES): string {
  return (currentLanguage() === 'cy' ? HAZARD_NAMES_CY : HAZARD_NAMES)[hazard];
}

export function summaryWord(word: keyof typeof SUMMARY_WORDS): string {
  return (currentLanguage() === 'cy' ? SUMMARY_WORDS_CY : SUMMARY_WORDS)[word];
}

/**
 * Communication needs said back: each item ("large print; a Polish interpreter"), the language when
 * no item names it, and how we will contact them ("by post"), in the turn's language.
 */
export function needsInWords(said: CommunicationNeeds): { needs: string; method?: string } {
  const welsh = currentLanguage() === 'cy';
  const language = (name: string) => (welsh ? (LANGUAGE_NAMES_CY[name] ?? name) : name);
  const fill = (template: string, value?: string) => template.replace('{value}', value === undefined ? '' : /^\d/.test(value) ? value : language(value));
  const items = said.needs.map((n) => fill((welsh ? NEED_WORDS_CY : NEED_WORDS)[n.key], n.value));
  const languageName = LANGUAGE_NAMES.find(([, code]) => code === said.language)?.[2];
  const named = said.needs.some((n) => n.key === 'interpreter' || n.key === 'lettersInLanguage');
  const languageWords = welsh ? LANGUAGE_WORDS_CY : LANGUAGE_WORDS;
  if (said.language === 'bfi') items.push(languageWords.firstLanguageBsl);
  else if (languageName && !named) items.push(fill(languageWords.yourLanguage, languageName));
  const method = said.method && (welsh ? METHOD_WORDS_CY : METHOD_WORDS)[said.method];
  return { needs: items.join('; '), ...(method ? { method } : {}) };
}

const NEED_OF_KIND: Record<Exclude<Adjustment['kind'], 'other'>, NeedKey> = {
  large_print: 'largePrint', braille: 'braille', easy_read: 'easyRead', bsl: 'bsl',
  email_only: 'emailOnly', text_only: 'textOnly', phone_only: 'phoneOnly', interpreter: 'interpreter',
};

/** A contact's adjustment in the tenant's language, for their acknowledgement; `other` as it was written. */
export function adjustmentInWords(a: Adjustment): string {
  if (a.kind === 'other' || (a.kind === 'interpreter' && !a.details)) return a.details ?? '';
  const welsh = currentLanguage() === 'cy';
  const words = (welsh ? NEED_WORDS_CY : NEED_WORDS)[NEED_OF_KIND[a.kind]];
  return words.replace('{value}', a.details ? (welsh ? (LANGUAGE_NAMES_CY[a.details] ?? a.details) : a.details) : '');
}
