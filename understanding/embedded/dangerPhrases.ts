// Danger said in words both readings must take alike: the safety signal (safety.ts, and the gas
// hazard in hazards.ts), which routes the case, and the emergency advice (immediateDanger.ts),
// which interrupts and is narrower on purpose. Each list is spread into their lexicons.

/** Gas known by its smell alone. */
export const GAS_BY_ITS_SMELL = ['rotten egg*', 're:smell[^.!?\\n]{0,40}(?:hob|cooker|oven)[^.!?\\n]{0,40}(?:unlit|without lighting|not lit|without being lit)'];

/** A headache in the other languages our tenants write in (carbon monoxide's first sign). */
export const HEADACHE = ['ból głowy', 'bóle głowy', 'bol glowy', 'bole glowy', 'dureri de cap', 'durere de cap', 'cur pen', 'صداع', 'sar dard', 'سر درد', 'madax xanuun*', 'মাথা ব্যথা'];

/** Thoughts of not being here, said quietly. */
export const NOT_BEING_HERE = [
  're:(?:won\'?t|wont|will not) be (?:a bother|a burden|any bother|bothering anyone|around|here)[^.!?\\n]{0,30}(?:much|very) longer',
  're:(?:nobody|no one|no-one) would (?:even )?miss me', 're:(?:don\'?t|dont|do not) want to wake up', 'no reason to live', 'not worth living', 'tired of living', 'want it all to end',
  'أحسن بلاي', 'احسن بلاي', 'أحسن بدوني', 'احسن بدوني', 'সব শেষ করে', 'আত্মহত্যা', 'বাঁচতে চাই না',
];
