// Text-speak spelled out before anything is weighed: "ur contractor" is "your contractor" to the
// rules and the model, which learned the long forms from most writers. In place, not appended as
// a gloss, so the phrases the concepts look for ("your contractor", "call me back") still form.
const LONG_FORMS: Readonly<Record<string, string>> = {
  ur: 'your', r: 'are', pls: 'please', plz: 'please', yday: 'yesterday', ystday: 'yesterday',
  tmrw: 'tomorrow', tmr: 'tomorrow', '2moro': 'tomorrow', '2day': 'today', tdy: 'today', '2nite': 'tonight', wat: 'what', wot: 'what',
  thru: 'through', ppl: 'people', cos: 'because', coz: 'because', cuz: 'because', bc: 'because', wk: 'week', wks: 'weeks',
  hr: 'hour', hrs: 'hours', mins: 'minutes', msg: 'message', txt: 'text', abt: 'about', rly: 'really',
  nvr: 'never', evry: 'every', sum1: 'someone', some1: 'someone', any1: 'anyone', no1: 'no one', b4: 'before', gr8: 'great',
  m8: 'mate', eta: 'when', n: 'and',
};

// "u" is "you", except as the Polish preposition ("był u mnie", "u sąsiadów").
const YOU = "u(?! (?:mnie|nas|was|ciebie|niego|niej|nich|siebie|sasiad\\p{L}*|lekarza))";
const WORD = new RegExp(`(?<![\\p{L}\\p{N}'])(?:${[YOU, ...Object.keys(LONG_FORMS)].join('|')})(?![\\p{L}\\p{N}'])`, 'gu');

/** The normalised (lower-case) text with text-speak words in their long forms. */
export function spelledOut(normalised: string): string {
  return normalised.replace(WORD, (word) => LONG_FORMS[word] ?? 'you');
}
