import type { Category, Flag } from '../triage/vocabulary';

// The plain keyword baseline the issue asks the model to beat: the first rule that matches wins,
// English words only, no learning. It is what a first attempt would be, so the evaluation shows
// what the embedded model adds.

const CATEGORY_RULES: ReadonlyArray<readonly [Category, RegExp]> = [
  ['compliment', /\b(thank|thanks|brilliant|excellent|great job|well done)\b/i],
  ['asb_report', /\b(neighbours?|noise|noisy|loud|drugs?|anti.?social)\b/i],
  ['complaint', /\b(complain\w*|unacceptable|disgust\w*|compensation|again|still|useless|rude)\b/i],
  ['quick_fix', /\b(missed|rebook|rearrange|left)\b/i],
  ['service_request', /\b(repair|broken|leak\w*|fix|not working|please|can)\b/i],
];

const FLAG_RULES: ReadonlyArray<readonly [Flag, RegExp]> = [
  ['legal_proceedings', /\b(solicitor|court|legal)\b/i],
  ['insurance_claim', /\binsurance\b/i],
  ['rent_or_service_charge_level', /\b(rent|service charge)\b/i],
  ['third_party', /\bon behalf\b/i],
  ['safeguarding_or_health_and_safety', /\b(gas|fire|danger\w*|threat\w*|mould|electric\w*)\b/i],
  ['staff_conduct', /\b(rude|staff)\b/i],
  ['reported_before', /\b(again|still|reported)\b/i],
];

export interface BaselineResult {
  category: Category;
  flags: Set<Flag>;
}

export function baselineUnderstand(text: string, now: Date): BaselineResult {
  const words = text.match(/[\p{L}]{2,}/gu) ?? [];
  const category = words.length < 2 ? 'needs_clarification' : (CATEGORY_RULES.find(([, re]) => re.test(text))?.[0] ?? 'service_request');
  const flags = new Set(FLAG_RULES.filter(([, re]) => re.test(text)).map(([flag]) => flag));
  const years = (text.match(/\b20\d\d\b/g) ?? []).map(Number);
  if (years.some((y) => y < now.getUTCFullYear() - 1)) flags.add('older_than_12_months');
  return { category, flags };
}
