import { lexicon } from './text';

// "We have never had mould", "there is no damp now", "the leak was fixed last year": a hazard
// named only to say it is absent or over starts no Awaab's Law clock. A mention counts unless the
// clause it stands in denies it or puts it in the past, and anything saying it is back or still
// there wins over that ("the mould was treated but it's come back").

// Clause ends: sentence punctuation, line breaks, and the turns of "but", "although", "however".
const CLAUSE_END = /[.!?;\n]|\s(?:but|although|though|however|except|yet|ale|lecz|dar|însă|insa|ond|لكن|ولكن|لیکن|مگر|laakiin|kintu|কিন্তু)\s/giu;

// Said right before the hazard: "no mould", "never had damp", "not a sign of a leak".
const NEXT_WORD = "(?:(?!and\\s)\\S+\\s)?(?:\\S+\\s(?:or|nor)\\s)?$";
const DENIED_BEFORE = lexicon([
  `re:(?:^|\\s)(?:no|without|zero|nor|not a|not any|not one|no more|no sign of|no signs of|no trace of|no evidence of|free of|free from)\\s${NEXT_WORD}`,
  `re:(?:can'?t|cannot|don'?t|do not|no longer|never) (?:smell|see|hear|notice|feel)(?: any)?\\s${NEXT_WORD}`,
  "re:(?:^|\\s)(?:can'?t|cannot|no longer|never) $",
  `re:(?:never (?:had|have|had any|seen any|been any|any)|no longer (?:have|get|had)|(?:isn'?t|aren'?t|wasn'?t|weren'?t|there'?s no|there is no|there are no)(?: any)?|(?:haven'?t|have not|hasn'?t|has not|don'?t|do not|didn'?t|did not) (?:got|had|have|get|seen)(?: any| a| an)?)\\s${NEXT_WORD}`,
  `re:(?:^|\\s)(?:dim|erioed|heb|nie ma|nigdy nie (?:mielismy|mialam|mialem)|brak|bez|nu (?:avem|am|are|exista)|niciodata nu|fara)\\s${NEXT_WORD}`,
  `re:(?:لا يوجد|لا توجد|ليس هناك|لم يكن هناك|بدون|ما في|کوئی)\\s${NEXT_WORD}`,
]);
// Said after it: "…has gone now", "…was fixed", "…isn't there any more", and the same in Welsh, Polish, Romanian, Arabic, Urdu.
const OVER_AFTER = lexicon([
  're:^[^\\n]{0,40}?(?:\'s|has|have|had|is|are|was|were|been|got|now|finally|completely|properly) (?:been |all |now |finally |completely |properly |since )?(?:gone|fixed|repaired|sorted|cleared|treated|resolved|removed|stopped|dried(?: out)?|dealt with|cleaned(?: off| up)?|mended|replaced|sealed)\\b',
  're:^[^\\n]{0,40}?(?:(?:isn\'?t|aren\'?t|is not|are not|not) (?:there |a problem |an issue )?any ?more|(?:is|are) no longer (?:there|a problem|an issue)|used to be|(?:is|are|all|it\'?s|its) (?:fine|ok|okay|good) now|working (?:again|now|fine))',
  're:^[^\\n]{0,30}?(?:wedi mynd|wedi (?:ei|eu) drwsio|zniknel\\w*|naprawion\\w*|a disparut|reparat\\w*|اختفى|تم اصلاح|تم إصلاح|ختم ہو|ٹھیک ہو)',
]);
// In the past as a story: "we used to have mould", "we had damp in our old flat".
const PAST_ONLY_BEFORE = lexicon(['re:(?:used to (?:have|get|be)|in (?:my|our) (?:old|last|previous) (?:flat|house|home|place))\\s(?:\\S+\\s){0,3}$']);
// …and what overrides all of that: the hazard is back, still there, or the repair did not hold.
// The hazard came back after it was dealt with: said anywhere in the sentence ("treated, but it has come back").
const RETURNED = lexicon([
  're:(?<!working )\\bagain\\b', 'returned', 'back again', 're:\\b(?:is|it\'?s|its|are|was|has|have|come|came|coming|grown|growing|grew) back\\b', 'keeps coming', 'keep coming',
  'din nou', 'znowu', 'eto', 'مجددا', 'مرة أخرى', 'دوبارہ', 'پھر سے',
]);
const STILL_THERE = lexicon([
  'still', 'keeps', 'worse', 'spreading', 'every winter', 'every year',
  're:(?:not|never|wasn\'?t|hasn\'?t|haven\'?t|isn\'?t|weren\'?t|didn\'?t) (?:been |properly |actually |ever |even )?(?:fixed|sorted|gone|treated|resolved|repaired|dealt|fix|sort|treat|repair)',
  // Doubt is not denial: "I hope that wasn't asbestos".
  'hope', 'worried', 'worry', 'not sure', 'might', 'could be', 'may be', 'in case', 'think',
  'nadal', 'znowu', 'eto', 'yn ôl', 'din nou', 'înapoi', 'مجددا', 'مرة أخرى', 'دوبارہ', 'پھر سے',
]);

const SENTENCE_END = /[.!?\n]/g;

function sentenceAround(normalised: string, start: number, end: number): string {
  let from = 0;
  let to = normalised.length;
  SENTENCE_END.lastIndex = 0;
  for (let m = SENTENCE_END.exec(normalised); m; m = SENTENCE_END.exec(normalised)) {
    if (m.index < start) from = m.index + 1;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return normalised.slice(from, to);
}

function clauseAround(normalised: string, start: number, end: number): { before: string; after: string } {
  let from = 0;
  let to = normalised.length;
  CLAUSE_END.lastIndex = 0;
  for (let m = CLAUSE_END.exec(normalised); m; m = CLAUSE_END.exec(normalised)) {
    if (m.index + m[0].length <= start) from = m.index + m[0].length;
    else if (m.index >= end) {
      to = m.index;
      break;
    }
  }
  return { before: normalised.slice(from, start), after: normalised.slice(end, to) };
}

export interface MentionRule {
  /** For hazards whose absence is the hazard ("no heating"), a "no" before it is not a denial. */
  absenceIsTheHazard?: boolean;
}

/** True when this one mention is denied or over, and nothing in its sentence says it is back or still there. */
function deniedOrOver(normalised: string, start: number, end: number, rule: MentionRule): boolean {
  const { before, after } = clauseAround(normalised, start, end);
  if (RETURNED.test(sentenceAround(normalised, start, end)) || STILL_THERE.test(`${before} ${after}`)) return false;
  // "Mould? No, never." and "no heating problems": denied by what follows.
  if (/^\?\s*(?:no|never|nope|not at all)\b/.test(normalised.slice(end, end + 20))) return true;
  if (/(?:^|\s)no\s$/.test(before) && /^\s(?:problems?|issues?|trouble|faults?|worries)\b/.test(after)) return true;
  if (!rule.absenceIsTheHazard && DENIED_BEFORE.test(before)) return true;
  return OVER_AFTER.test(after) || PAST_ONLY_BEFORE.test(before);
}

// Compiling a lexicon of hundreds of phrases is the slow part: one global copy per pattern.
const globalCopies = new WeakMap<RegExp, RegExp>();

/** The first mention of `pattern` in the text that is neither denied nor over, or undefined. */
export function liveMention(pattern: RegExp, normalised: string, rule: MentionRule = {}): string | undefined {
  if (!pattern.test(normalised)) return undefined;
  let global = globalCopies.get(pattern);
  if (!global) {
    global = new RegExp(pattern.source, 'gu');
    globalCopies.set(pattern, global);
  }
  for (const m of normalised.matchAll(global)) {
    if (m[0] === '') continue;
    if (!deniedOrOver(normalised, m.index!, m.index! + m[0].length, rule)) return m[0];
  }
  return undefined;
}
