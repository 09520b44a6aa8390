// Words the bot fills into its messages (a category's description, a hazard's name, the summary's
// labels), in the turn's language.
import { currentLanguage } from '../language';
import { CATEGORY_DESCRIPTIONS, HAZARD_NAMES, SUMMARY_WORDS } from './messages';
import { CATEGORY_DESCRIPTIONS_CY, HAZARD_NAMES_CY, SUMMARY_WORDS_CY } from './messages.cy';

export function categoryDescription(category: keyof typeof CATEGORY_DESCRIPTIONS): string {
  return (currentLanguage() === 'cy' ? CATEGORY_DESCRIPTIONS_CY : CATEGORY_DESCRIPTIONS)[category];
}

export function hazardName(hazard: keyof typeof HAZARD_NAMES): string {
  return (currentLanguage() === 'cy' ? HAZARD_NAMES_CY : HAZARD_NAMES)[hazard];
}

export function summaryWord(word: keyof typeof SUMMARY_WORDS): string {
  return (currentLanguage() === 'cy' ? SUMMARY_WORDS_CY : SUMMARY_WORDS)[word];
}
