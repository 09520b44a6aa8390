import { CONCEPTS } from './concepts';
import { lexicon } from './text';
import type { Understanding } from '../understandingSchema';

// Is the person unhappy? Code 1.3: whenever a resident expresses dissatisfaction they must be
// offered the choice of a complaint, so "unhappy" leans towards yes. A lexicon, not a model:
// it must read Welsh, Polish, Romanian, Arabic and Urdu too, and our corpus is too small to learn
// sentiment for each.

const NEGATIVE = lexicon([
  'angry', 'scared', 'worried', 'worry', 'stress*', 'tears', 'crying', 'horrible', 'nightmare', 'hate', 'fuming', 'livid', 'sick of', 'fed up',
  'unacceptable', 'disgust*', 'disgrace*', 'useless', 'joke', 'appalling', 'shocking', 'ridiculous', 'disappoint*', 'frustrat*', 'annoy*',
  'ignored', 'terrible', 'awful', 'pathetic', 'incompetent', 'upset', 'not happy', 'unhappy', 'not good enough', 'rude', 'furious', 'can\'t cope',
  'cant cope', 'terrified', 'afraid', 'miserable', 'unfair', 'not fair', 'complain*', 'never', 'nobody', 'no one', 'still', 'again', 'waste',
  'had enough', 'wits end', 'skandal', 'scandal', 'niezadowolon*', 'zły', 'boję', 'nemulțumit*', 'nemultumit*', 'supărat*', 'frică', 'ddim yn hapus',
  'siomedig', 'anghwrtais', 'غير راض', 'مستاء', 'وقح', 'خائف', 'ناراض', 'بدتمیز', 'مایوس',
]);

const globalCopies = new Map<RegExp, RegExp>();

function occurrences(pattern: RegExp, normalised: string): number {
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'gu');
    globalCopies.set(pattern, global);
  }
  return normalised.match(global)?.length ?? 0;
}

export function sentimentOf(normalised: string): Understanding['sentiment'] {
  const negative = occurrences(NEGATIVE, normalised) + (normalised.match(/!{2,}/g)?.length ?? 0);
  const positive = occurrences(CONCEPTS.thanks, normalised);
  const score = Math.max(-1, Math.min(1, (positive - negative) / (positive + negative + 1)));
  const label = positive > 0 && negative > 0 && Math.abs(score) < 0.34 ? 'mixed' : score > 0.2 ? 'positive' : score < -0.2 ? 'negative' : 'neutral';
  return { unhappy: negative > 0 && score < 0.34, score, label };
}
