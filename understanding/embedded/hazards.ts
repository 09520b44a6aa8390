import { GAS_BY_ITS_SMELL } from './dangerPhrases';
import { liveMention, type MentionRule } from './negation';
import { lexicon } from './text';
import { severityCues } from './vulnerability';
import type { Hazard } from '../../triage/vocabulary';
import type { HazardSuggestion } from '../understandingSchema';

// Awaab's Law (Hazards in Social Housing regulations): a hazard reported through any channel starts a clock, so these favour
// recall — a suggestion staff dismiss costs little, a missed one can cost a child's health.
// `mention` finds the hazard; `emergency` finds wording of imminent harm (the 24-hour clock).
interface HazardRule extends MentionRule {
  mention: RegExp;
  emergency: RegExp;
}

export const HAZARD_RULES: Record<Hazard, HazardRule> = {
  damp_mould: {
    mention: lexicon([
      'mould*', 'mold*', 'mouldy', 'damp*', 'condensation', 'fungus', 'fungal', 'fungi', 'mushroom*', 'dry rot', 'wet rot', 'black spots', 'wet walls', 'walls are wet',
      're:walls?[^.]{0,40}(?:wet|soaking|sodden|green|black)', 're:(?:wet|soaking|sodden) (?:wall|walls|plaster)',
      'llwydni', 'lleithder', 'tamp*', 'pleśń', 'plesn', 'pleśni', 'grzyb*', 'wilgo*', 'mucegai*', 'igrasie', 'umezeal*', 'umed*',
      'عفن', 'رطوبة', 'فطريات', 'پھپھوندی', 'نمی', 'سیلن', 'caaryaan*', 'qoyaan*', 'ছত্রাক', 'স্যাঁতসেঁতে',
    ]),
    emergency: lexicon(['re:can\'?t breathe', 'hospital*', 'admitted', 'bronchiolitis', 'ambulance']),
  },
  leak: {
    mention: lexicon([
      'leak*', 're:water (?:coming|pouring|came|pours|dripping|running) (?:in|through|down)', 'drip*', 'flood*', 'burst*', 'overflow*',
      'water through', 'through the ceiling', 'through my ceiling', 'gollwng', 'przeciek*', 'ciek*', 'zalan*', 'scurg*', 'inunda*',
      'تسريب', 'تسرب', 'لیک', 'ٹپک', 'daadan*', 'ফুটো', 'চুইয়ে',
    ]),
    emergency: lexicon(['pouring', 'flood*', 'burst*', 're:(?:water|leak|drip)\\w*[^.]{0,60}(?:electric|socket|light|wires?|fuse|ceiling rose|meter)', 're:(?:electric|socket|light|wires?|fuse|ceiling rose|meter)\\w*[^.]{0,60}(?:water|leak|drip)', 're:ceiling (?:is )?(?:bowing|sagging|coming down)']),
  },
  heating: {
    absenceIsTheHazard: true,
    mention: lexicon([
      'heating', 'heater*', 'boiler', 'radiator*', 'hot water', 'no heat', 'freezing', 'cold showers', 'cold house', 're:sitting in (?:my|her|his) coat',
      'gwres', 'boeler', 'dŵr poeth', 'dwr poeth', 'ogrzewani*', 'kaloryfer*', 'piec*', 'ciepłej wody', 'încălzir*', 'incalzir*', 'centrala', 'căldur*', 'apă caldă',
      'تدفئة', 'سخان', 'ماء ساخن', 'ہیٹنگ', 'گرم پانی', 'ہیٹر', 'kuleyl*', 'biyo kulul', 'হিটিং', 'গরম পানি', 'বয়লার',
    ]),
    emergency: lexicon(['re:no (?:heating|heat|hot water)', 'freezing', 're:(?:heating|boiler)[^.]{0,40}(?:not|isn\'?t|hasn\'?t|won\'?t|doesn\'?t|stopped|broke|off)']),
  },
  electrical: {
    absenceIsTheHazard: true,
    mention: lexicon([
      'electric*', 'socket*', 'plug*', 'wire*', 'wiring', 'fuse*', 'consumer unit', 'sparks', 'spark', 'sparked', 'sparking', 'light fitting',
      'ceiling rose', 'lights flicker*', 'flickering', 'shock', 'trydan', 'prąd', 'prad', 'gniazd*', 'kabl*', 'przewod*', 'curent*', 'priz*', 'cabluri',
      'كهرب', 'أسلاك', 'اسلاك', 'تماس', 'بجلی', 'تاریں', 'کرنٹ', 'koronto', 'বিদ্যুৎ', 'কারেন্ট',
    ]),
    emergency: lexicon([
      'exposed', 'live wire*', 'bare wire*', 'wires showing', 'hanging*', 'poking', 'sticking out', 'spark*', 'burning', 'shock', 'crackl*', 'tingl*', 'buzzing', 'hot to touch',
      'melt*', 'smok*', 'scorch*', 'water', 'leak*', 'wet', 'fflach*', 'gollwng', 'dŵr', 'dwr', 'woda', 'wody', 'przeciek*', 'apă', 'apa', 'scurg*',
      'ماء', 'مياه', 'تسريب', 'تماس', 'شرار', 'پانی', 'لیک', 'کرنٹ', 'شارٹ',
    ]),
  },
  gas: {
    mention: lexicon([
      're:(?:smel(?:l\\w*|t) (?:of )?gas|gas (?:smell|leak|escape))', 're:gas[^.]{0,40}smell', 're:smell[^.]{0,40}gas', 'gas leak*', 'carbon monoxide', 'co alarm',
      'co detector', 'soot*', 're:boiler[^.]{0,60}(?:bang|explo|fumes|flame)', ...GAS_BY_ITS_SMELL,
      're:gas (?:safety )?(?:certificate|check|cert)\\w*[^.]{0,30}(?:expired|overdue|out of date)', 'capped',
      'nwy', 'gaz', 'gazu', 'czad', 'gaas', 'غاز', 'گیس', 'গ্যাস',
    ]),
    emergency: lexicon(['smell*', 'leak*', 'carbon monoxide', 'alarm', 'arogl', 'zapach', 'miros*', 'رائحة', 'بو']),
  },
  fire_safety: {
    absenceIsTheHazard: true,
    mention: lexicon([
      'fire', 'fires', 'smoke', 'smoke alarm*', 'fire door*', 'fire exit*', 'fire alarm*', 'cladding', 'waking watch', 'ক্ল্যাডিং', 'burning smell', 'smell of burning', 'burning plastic',
      'scorch*', 'melted', 'cigarette burn*', 'burnt a hole', 'burned a hole', 'llosgi', 'przypalon*', 'ars', 'pożar*', 'pozar*', 'ogień', 'ogien', 'dym', 'incendiu', 'foc', 'fum', 'mwg', 'dab', 'qiiq', 'حريق', 'نار', 'دخان', 'آگ', 'دھواں', 'আগুন', 'ধোঁয়া',
    ]),
    emergency: lexicon(['burning', 'on fire', 'smoke coming', 'fire exit', 're:no (?:working )?(?:smoke|fire) alarm', 'blocked', 'flames']),
  },
  structural: {
    mention: lexicon([
      're:crack\\w*[^.]{0,50}(?:wall|ceiling|floor|brick|foundation|plaster|render|chimney|wider|bigger|structural|stairs|balcony)',
      're:(?:wall|ceiling|floor|brick|foundation|plaster|render|chimney|balcony)[^.]{0,50}crack',
      're:(?:ceiling|roof|wall|plaster|floor|tiles?|bricks?|masonry|render)[^.]{0,40}(?:came|come|coming|fell|falling|dropping|drop|dropped) (?:down|off|in|through)',
      're:(?:plaster|ceiling)[^.]{0,30}(?:soft|bulging|bowing|brown and soft)', 'collaps*', 'crumbl*', 'sagging', 'bowing', 'bulg*', 'give way', 'giving way', 'subsid*', 'caved', 'rotted', 'rotten', 'falling through',
      're:hole in (?:the|my) (?:ceiling|wall|floor)', 're:tree[^.]{0,60}(?:leaning|lean|fall|come down|uproot|roots)', 'plaster falling', 're:loose (?:railing|balcony|banister|handrail)', 'railing is loose', 're:tiles? (?:has |have )?(?:come|came) off',
      're:(?:tiles?|slates?|gutter|roof|chimney)[^.]{0,40}(?:hanging|loose|falling)', 'structural', 'pęknię*', 'peknie*', 'zawal*', 'fisur*', 'crăpă*', 'crapa*', 'prăbuș*', 'prabus*', 'تشقق', 'شقوق', 'انهيار', 'دراڑ',
    ]),
    emergency: lexicon(['collaps*', 'came down', 'coming down', 'come down', 'falling', 'getting wider', 'sagging', 'bowing', 'hanging']),
  },
  falls: {
    mention: lexicon([
      'fell', 'fall', 'falls', 'falling', 'fallen', 'went over', 'trip', 'trips', 'tripped', 'tripping', 'slip*', 'stair rail', 'handrail', 'banister*', 'bannister*', 'icy', 'slippery', 'step is broken',
      'broken step', 'ramp', 'balcony', 're:window[^.]{0,60}(?:swings?|wide open|won\'?t (?:lock|shut|close)|restrictor)',
      'poręcz*', 'porecz*', 'balustrad*', 'الدرابزين', 'درابزين', 'ریلنگ', 'canllaw', 'mână curentă', 'mana curenta', 'upadł*', 'upadl*', 'spadł*', 'przewróci*', 'căzut', 'cazut', 'cădea', 'syrthio', 'cwympo', 'سقط', 'وقع', 'گر گیا', 'گر گئی',
    ]),
    emergency: lexicon(['fell', 'floor', 'hospital', 'broken wrist', 'swings wide open']),
  },
  sanitation: {
    mention: lexicon(['sewage', 'sewer*', 'raw sewage', 'faeces', 'ścieki', 'scieki', 'canalizare', 'مجاري', 'صرف صحي', 'گٹر']),
    emergency: lexicon(['coming up', 'backed up', 'bath', 'plughole', 'newborn']),
  },
  asbestos: {
    mention: lexicon(['asbestos', 'artex', 'azbest', 'أسبستوس', 'ایسبیسٹس']),
    emergency: lexicon(['drill*', 'dust', 'disturbed', 'broken']),
  },
};

/** The words of the first mention of `hazard` that is neither denied nor over ("we never had mould", "the leak was fixed"). */
export function hazardMention(hazard: Hazard, normalised: string): string | undefined {
  const rule = HAZARD_RULES[hazard];
  return liveMention(rule.mention, normalised, rule);
}

/** Hazards the text mentions, each with its emergency hint, the household's severity cues and the words that raised it. */
export function suggestHazards(normalised: string): HazardSuggestion[] {
  const cues = severityCues(normalised);
  const found: HazardSuggestion[] = [];
  for (const hazard of Object.keys(HAZARD_RULES) as Hazard[]) {
    const evidence = hazardMention(hazard, normalised);
    if (evidence === undefined) continue;
    found.push({ hazard, emergency: HAZARD_RULES[hazard].emergency.test(normalised), severityCues: cues, evidence });
  }
  return found;
}
