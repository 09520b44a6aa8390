// What a tenant's message already answers among the conversation's questions (where, which
// service or person, the impact, the outcome wanted, who they write for and whether that person
// agreed, a court claim, what would help them, how to reach them, the home's address), read from their own words so
// the conversation confirms it in the summary instead of asking again. Pure and local (no
// remote call); English and Welsh. Each slot is the tenant's words, never a paraphrase, and a slot
// left out is simply asked.
import { saidOfSomeoneElse } from './communicationNeeds';
import { homeAddressIn } from './homeAddress';

export type Relationship = 'mp' | 'councillor' | 'advocate' | 'relative' | 'solicitor' | 'other';

export interface FormSlots {
  location?: string;
  /** "still", "every night", "keeps happening": it has not stopped (never set false from words). */
  ongoing?: true;
  serviceOrPerson?: string;
  impact?: string;
  desiredOutcome?: string;
  /** Someone writing for a tenant; absent when they write about their own home. */
  representative?: { relationship: Relationship; representedName?: string; consentGiven: boolean };
  legal?: 'filed' | 'pre_action';
  /** Health, disability or a need the words already state (Code 3.1, 6.1). */
  vulnerability?: string;
  contact?: { name?: string; email?: string; phone?: string };
  /** The home's address as written: a street line, with its postcode when it follows (homeAddress.ts). */
  address?: string;
}

/** Sentences as written; a list's "and" keeps them whole. */
function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+|(?<=[a-z0-9)])\s*!+\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
}

const first = <T>(found: Array<T | undefined>): T | undefined => found.find((f) => f !== undefined);
const tidy = (s: string) => s.replace(/\s+/g, ' ').replace(/^[,;:\s-]+|[,;:\s]+$/g, '').trim();

// Asking to complain is not an outcome; "I want it fixed" is.
const COMPLAINING = /\b(?:want|would like|'d like|wish)\s+to\s+(?:make|raise|log|put in|submit|file)?\s*(?:a\s+)?(?:formal\s+)?complain|\bwant to complain\b|\beisiau\s+(?:gwneud|cyflwyno)\s+cwyn|\beisiau\s+cwyno/i;
const OUTCOME = new RegExp(
  [
    String.raw`\b(?:i|we)\s+(?:just\s+|really\s+|also\s+)?(?:want|need|expect|would like|'d like)\b`,
    String.raw`(?:^|[.!?]\s*|\b(?:and|but)\s+)(?:just\s+)?want\s+(?:the|it|you|my|a|them|someone)\b`,
    String.raw`\b(?:is|are|am)\s+seeking\b`,
    String.raw`\b(?:can|could|will)\s+(?:you|someone|somebody)\s+(?:just\s+|please\s+)?(?:\w+\s+){0,2}(?:fix|send|come|get|call|ring|correct|change|sort|repair|look|replace|remove|put|deal|do)\b`,
    String.raw`\bplease\s+(?:can|could)\s+(?:you|someone)\b`,
    String.raw`\bi think i should get\b`,
    String.raw`\b(?:i|we)\s+(?:would|'d)\s+(?:be\s+(?:very\s+|most\s+)?grateful|appreciate(?:\s+it)?)\s+if\b`,
    String.raw`(?:^|[.!?]\s*)please\s+(?:find|fix|refund|reimburse|put|correct|cancel|send|arrange|repair|replace|remove|change|restart|return|pay|credit|sort)\b`,
    String.raw`\b(?:we|i)'d like this\b`,
    String.raw`\b(?:dw i|rydw i|rwy|rydyn ni)\s+(?:yn\s+)?(?:eisiau|am)\b`,
    String.raw`\bhoff(?:wn|em)\b`,
  ].join('|'),
  'i',
);

const IMPACT = new RegExp(
  [
    String.raw`\b(?:can'?t|cannot|couldn'?t|not able to|not)\s+(?:sleep|sleeping|use|cook|wash|have a (?:bath|shower)|get out|get in|work)\b`,
    String.raw`\bwithout (?:any )?(?:heating|hot water|water|power|electric\w*|gas|a (?:toilet|kitchen|bath|shower|cooker))\b`,
    String.raw`\bstuck in\b`,
    String.raw`\bmissed\s+(?:a |an |my |his |her |school|work|days?|appointments? at)\w*`,
    String.raw`\b(?:off work|unpaid|lost (?:a |my |his |her )?(?:day|days|wages|pay|earnings|money))\b`,
    String.raw`\b(?:affect(?:ed|ing|s)?|making (?:it|things|him|her|them) worse|ruined|damaged my|ill|stress(?:ed|ful)?|anxi(?:ous|ety)|depress\w*|frighten\w*|scared|afraid|worried|in pain|hurts?)\b`,
    String.raw`\bhad to (?:sleep|throw|take|clean|move|stay|pay|buy|wash)\b`,
    String.raw`\bstrip wash\w*`,
    String.raw`\b(?:collais|chollais|gollais|colli|cyflog|gyflog|chyflog|effeithio|methu cysgu|poeni|ofn)\b`,
  ].join('|'),
  'i',
);

// Whom a complaint is about: a team, an officer or a contractor, as the tenant named them.
const SERVICE = new RegExp(
  [
    String.raw`\b(?:repairs?|customer services?|contact|call|housing|asb|anti-social behaviour|income|rent|out of hours|complaints?|neighbourhood|lettings|estate|cleaning|grounds|gas|voids)\s+(?:team|centre|center|officer|department|dept|staff|guy|man|men|operative|contractors?|engineer|manager|service centre|service)\b`,
    String.raw`\b(?:window |gas |kitchen |roofing |plumbing )?(?:fitters?|contractors?|engineers?|surveyors?|caretakers?|plumbers?|electricians?|locksmiths?)\b`,
    String.raw`\byour (?:staff|team|officer|workmen|workers)\b`,
    String.raw`\bpeiriannydd\b|\bswyddog tai\b|\btîm atgyweirio\b`,
  ].join('|'),
  'i',
);

// Where in or around the home, as the tenant put it.
const PLACE = new RegExp(
  [
    String.raw`\b(?:front|back|communal|entrance|balcony|patio|bedroom|bathroom|kitchen)\s+door\b`,
    String.raw`\b(?:(?:my |the |our |his |her )?(?:son'?s|daughter'?s|kids'?|children'?s|back|front|main|spare|second|box|baby'?s)\s+)?bedroom\b`,
    String.raw`\b(?:kitchen|bathroom|living room|lounge|sitting room|dining room|hallway|landing|loft|attic|toilet|shower room|utility room|conservatory|cellar|basement)\b`,
    String.raw`\b(?:communal (?:areas?|stairs|hallway|entrance|landing)|stair(?:well|case|s)|landings|lift|bin store|bin area|car park|(?:front |back )?garden|balcony|roof|garage|shed|(?:garden |back |front )?(?:fence|gate))\b`,
    // Welsh, with the mutations tenants write ("y gegin", "fy nghegin", "ei chegin").
    String.raw`\b(?:cegin|gegin|nghegin|chegin|ystafell (?:ymolchi|wely|fyw)|lolfa|lofa|nrws (?:ffrynt|cefn)|d?drws (?:ffrynt|cefn)|grisiau|ngrisiau|gardd|ardd|ngardd|landin)\b`,
  ].join('|'),
  'i',
);

const RELATIVE = String.raw`(?:mum|mother|mam|dad|father|son|daughter|nan|nana|gran|granny|grandma|grandmother|grandad|grandfather|brother|sister|aunt|auntie|uncle|husband|wife|partner|cousin|niece|nephew|friend)`;
const REPRESENTING: Array<[Relationship, RegExp]> = [
  ['mp', /\b(?:member of parliament|MP'?s office|office of the MP|constituent)\b|\bthe MP\b|\bI am (?:the |an? )?MP\b/i],
  ['councillor', /\b(?:I am|I'm) (?:a |the |your )?(?:local |ward )?councillor\b|\bcllr\b.*\b(?:resident|on behalf)\b|\bward resident\b/i],
  ['advocate', /\b(?:advocate|advocacy|support worker|social worker|key worker)\b.*\b(?:support(?:ing)?|on behalf|for)\b|\b(?:I am|I'm) (?:an? |their |his |her )?(?:independent )?(?:advocate|support worker|social worker)\b/i],
  ['solicitor', /\b(?:our|my) client\b|\b(?:I am|I'm|we are|we're) (?:a |the )?(?:solicitors?|lawyers?) (?:acting )?(?:for|on behalf)\b/i],
  ['relative', new RegExp(String.raw`\b(?:writing|contacting|messaging|emailing|complaining|asking|here)\s+(?:for|on behalf of)\s+my\s+${RELATIVE}\b|\bon behalf of my\s+${RELATIVE}\b|\bar ran fy\s+(?:mam|nhad|mab|merch)\b`, 'i')],
  ['other', /\b(?:writing|contacting|complaining|emailing)\s+(?:for|on behalf of)\s+(?:my|a|our)\s+(?:neighbour|tenant|resident)\b|\bon behalf of (?:my|a|our) (?:neighbour|tenant|resident)\b/i],
];
const NAMED = /\b(?:on behalf of|for|supporting|constituent|client)\s+(?:our |my |your )?(?:constituent |client |tenant |resident )?((?:Mr|Mrs|Ms|Miss|Mx|Dr)\.?\s+[A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+)*|[A-Z][\p{L}'-]+\s+[A-Z][\p{L}'-]+)/u;
const CONSENT = /\b(?:has|have|had) (?:given|signed) (?:(?:his|her|their|us|me) )?(?:signed |written |full )?(?:consent|permission|authority)|\bwith (?:his|her|their) (?:signed |written |full )?(?:consent|permission|agreement)|\b(?:has|have) agreed\b|\basked me to (?:write|contact|complain|get in touch)|\bsigned (?:consent|authority) form\b|\bcaniatâd\b/i;

const COURT_FILED = /\b(?:issued|filed|lodged|started|brought|made|taken out)\b[^.]{0,60}\bclaim\b[^.]{0,60}\bcourt\b|\bcourt\b[^.]{0,30}\b(?:claim|proceedings|case)\b[^.]{0,20}\b(?:has been|have been|was|were|is)\s+(?:issued|filed|started|lodged)\b|\bclaim\b[^.]{0,30}\b(?:issued|filed|lodged)\b[^.]{0,30}\b(?:at|in|with) (?:the )?(?:county )?court\b|\bwedi (?:cyflwyno|dechrau) hawliad\b[^.]{0,60}\bllys\b|\bhawliad\b[^.]{0,40}\bwedi (?:ei|'i) gyflwyno\b[^.]{0,40}\bllys\b/i;
const PRE_ACTION = /\b(?:letter before (?:claim|action)|letter of claim|pre-?action)\b/i;

const STILL_HAPPENING = /\b(?:have|has|'ve) been\b[^.]{0,60}\bfor (?:weeks|months|days|years|ages)\b|\b(?:still|keeps?|keep happening|every (?:day|night|week|time)|most (?:days|nights|evenings)|ongoing|continu(?:es|ing)|yn dal|bob (?:nos|dydd|wythnos))\b/i;

const NEEDS = /\b(?:wheelchair|disab\w*|learning (?:disability|difficult\w*)|mobility|deaf|blind|partially sighted|hard of hearing|asthma\w*|copd|pregnan\w*|newborn|\d+\s*(?:month|week)s?\s*old|mental health|autis\w*|dementia|easy[- ]read|large print|interpreter|not on the internet|can'?t read|cadair olwyn|anabl\w*|beichiog)\b/i;

const EMAIL = /[^\s@<>()"',;]+@[^\s@<>()"',;]+\.[a-z]{2,}/i;
const PHONE = /(?:\+44\s?|\(?0)\d[\d\s()-]{8,14}\d/;
const NAME_SAID = /\b(?:my name is|my name's|enw i yw|fy enw i yw)\s+([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){0,2})/u;
const SIGN_OFF = /\b(?:kind regards|best regards|regards|yours sincerely|yours faithfully|many thanks|thanks|thank you|cofion(?: cynnes)?|diolch)\s*,?\s*\n?\s*((?:Mr|Mrs|Ms|Miss|Dr)\.?\s+)?([A-Z][\p{L}'-]+(?:\s+[A-Z][\p{L}'-]+){1,2})\s*\.?\s*$/u;

const asksForOutcome = (s: string) => {
  const rest = s.replace(COMPLAINING, '').trim();
  return rest.length > 0 && OUTCOME.test(rest) && !/^(?:about|am|ynghylch)\b/i.test(rest);
};

/** How it has affected them: the sentences that say so, other than the ones asking for an outcome. */
function impactIn(text: string): string | undefined {
  const found = sentences(text).filter((s) => IMPACT.test(s) && !asksForOutcome(s));
  return found.length > 0 ? tidy(found.slice(0, 3).join(' ')) : undefined;
}

/** The outcome wanted: the sentences that ask for it, each from the asking on ("…, but I want …"). */
function outcomeIn(text: string): string | undefined {
  const asks = sentences(text)
    .filter(asksForOutcome)
    .map((s) => {
      const at = OUTCOME.exec(s)!.index;
      const from = s.slice(at).replace(/^(?:[.!?]\s*|(?:and|but)\s+)/i, '');
      return /^(?:is|are|am)\s+seeking\b/i.test(from) ? s : from;
    });
  if (asks.length === 0) return undefined;
  return tidy(asks.slice(0, 3).join(' '));
}

function representativeIn(text: string): FormSlots['representative'] {
  const relationship = REPRESENTING.find(([, pattern]) => pattern.test(text))?.[0];
  if (!relationship) return undefined;
  const representedName = NAMED.exec(text)?.[1]?.replace(/\s+(?:of|from|at)$/i, '').trim();
  return { relationship, ...(representedName ? { representedName } : {}), consentGiven: CONSENT.test(text) };
}

function contactIn(text: string): FormSlots['contact'] {
  const email = EMAIL.exec(text)?.[0];
  const typed = PHONE.exec(text)?.[0];
  const digits = typed?.replace(/\D/g, '').replace(/^44/, '0') ?? '';
  const phone = typed && /^0\d{10}$/.test(digits) ? typed.trim() : undefined;
  const signed = SIGN_OFF.exec(text.trim());
  const name = NAME_SAID.exec(text)?.[1] ?? (signed ? `${signed[1] ?? ''}${signed[2]}`.trim() : undefined);
  if (!email && !phone && !name) return undefined;
  return { ...(name ? { name } : {}), ...(email ? { email } : {}), ...(phone ? { phone } : {}) };
}

/** What the words already answer; each slot absent when they do not. */
export function formSlots(text: string): FormSlots {
  const place = PLACE.exec(text)?.[0];
  const service = SERVICE.exec(text)?.[0];
  const representative = representativeIn(text);
  const legal = COURT_FILED.test(text) ? 'filed' : PRE_ACTION.test(text) ? 'pre_action' : undefined;
  const slots: FormSlots = {
    location: place && tidy(place.replace(/^(?:my|the|our|his|her)\s+/i, '')),
    ongoing: STILL_HAPPENING.test(text) ? true : undefined,
    serviceOrPerson: service && tidy(service),
    impact: impactIn(text),
    desiredOutcome: outcomeIn(text),
    representative,
    legal,
    // "My neighbour is deaf" is not what would help the tenant.
    vulnerability: first(sentences(text).filter((s) => NEEDS.test(s) && !saidOfSomeoneElse(s)).map(tidy)),
    contact: contactIn(text),
    address: homeAddressIn(text),
  };
  return Object.fromEntries(Object.entries(slots).filter(([, v]) => v !== undefined)) as FormSlots;
}
