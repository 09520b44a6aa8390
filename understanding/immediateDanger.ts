// Words that mean someone may be in danger right now. Every channel answers these before
// anything else with emergency numbers (the chat first, a forwarded message in its private
// reply). Deliberately separate from the `safeguarding_or_health_and_safety` signal, which is
// broader (damp, disrepair) and only routes the case: this one interrupts the tenant, so it must
// be about immediate danger. The text is read with its English glosses (embedded/glossary.ts),
// so the same words are recognised in the languages our tenants write in.
import { withGlosses } from './embedded/glossary';
import { GAS_BY_ITS_SMELL, HEADACHE, NOT_BEING_HERE } from './embedded/dangerPhrases';
import { lexicon, normalise } from './embedded/text';

export interface ImmediateDanger {
  /** A gas smell, or signs of carbon monoxide. */
  gas: boolean;
  electric: boolean;
  fire: boolean;
  selfHarm: boolean;
  /** Threats, violence or abuse. */
  threat: boolean;
  /** A child left on their own. */
  childAlone: boolean;
  /** A ceiling or structure coming down. */
  structural: boolean;
  /** No heating or hot water with a vulnerable person at home: urgent, though not a 999 call. */
  noHeatingVulnerable: boolean;
}

const GAS = lexicon([
  'smell gas', 'smell of gas', 'smells of gas', 'gas smell', 'gas leak*', 'leaking gas', 'carbon monoxide', 'co alarm', 'smell gaz', 'zapach gazu',
  'miros de gaz', 'czadu', 'czujnik czadu', 're:گیس کی[^.]{0,30}بو', 'gas ki boo', 'gas ki bu',
  // Welsh, north and south ("ogleuo", "gwynto").
  're:(?:ogleuo|ogla|oglau|arogli|arogl|gwynto|gwynt)\\s+(?:o\\s+|y\\s+)?nwy', 'nwy yn gollwng', 'gollwng nwy', 'carbon monocsid',
  // Carbon monoxide as tenants describe it without naming it: a flame burning the wrong colour,
  // or symptoms that ease once they are out of the home.
  're:flame[^.]{0,20}(?:orange|yellow)', 're:(?:goes|go|went) away when (?:we|i) (?:go|went) out',
  // Gas described by its smell: rotten eggs, sulphur, a hob left on unlit.
  ...GAS_BY_ITS_SMELL, 'sulphur*', 'sulfur*', 'ouă stricate', 'oua stricate', 'zgniłe jaja', 'zgnile jaja', 'البيض الخربان', 'بيض خربان', 'البيض الفاسد', 'بيض فاسد',
]);
const BOILER = lexicon(['boiler', 'heating boiler', 'gas fire', 'cooker', 'piec*']);
const CO_SYMPTOMS = lexicon([
  'headache*', 'dizzy', 'dizziness', 'carbon monoxide dizzy headache', 'feel sick', 'drowsy',
  ...HEADACHE,
]);
const ELECTRIC = lexicon([
  'spark*', 'exposed wire*', 'live wire*', 'bare wire*', 'electric shock', 'got a shock', 'shocked me',
  're:water (?:coming |pouring |leaking |dripping )?(?:in ?to|through|into|on|onto) (?:the |my )?(?:\\w+ )?(?:light|lights|socket|sockets|fuse ?box|electrics)',
  're:water[^.]{0,80}(?:light fitting|electric)', 'burning smell from', 'socket is burning', 'smoking socket', 'miroase a ars', 'plastic topit',
  're:(?:running|dripping|pouring|leaking|coming) (?:in ?to|into|onto|on|through) (?:the |my )?(?:light|lights|light fitting|socket|sockets|fuse ?box|electrics)',
  're:(?:fuse ?box|consumer unit|electrics)[^.!?\\n]{0,60}(?:water|wet|dripping|leak\\w*)',
  're:(?:socket|plug|consumer unit|fuse ?box)[^.!?\\n]{0,60}(?:\\bhot\\b|scorch\\w*|brown mark|black mark|burnt|burning|melt\\w*|smok\\w*)',
  're:(?:burnt|burning|melt\\w*) plastic[^.!?\\n]{0,40}(?:socket|plug|consumer unit|fuse ?box|charger)', 're:soced[^.!?\\n]{0,40}llosg', 're:llosg\\w*[^.!?\\n]{0,40}soced',
]);
const FIRE = lexicon(['fire', 'on fire', 'smoke coming', 'smoke pouring', 'thick smoke', 'flames', 'burning', 'smoke alarm going', 'fire smoke']);
const SELF_HARM = lexicon([
  'suicid*', 'kill myself', 'end it all', 'ending it all', 'end my life', 'ending my life', 'self harm*', 'hurt myself', 'overdose', 'take my own life',
  're:don\'?t want to (?:be here|live|go on)', 'better off dead', 'no point living', 'better off without me', 're:can\'?t go on', 'cant go on',
  'lladd fy hun', 'ddim yn gallu cario mlaen', 'أفضل بدوني', 'افضل بدوني', 'أستطيع الاستمرار', 'استطيع الاستمرار', 'nie chcę żyć', 'nie chce zyc',
  // Thoughts of not being here, said quietly, and giving one's things away.
  ...NOT_BEING_HERE, 're:giv(?:e|ing|en) (?:all )?my (?:things|stuff|belongings) away', 're:giv(?:e|ing|en) away (?:all )?my (?:things|stuff|belongings)',
  're:(?:what\'?s|whats|what is) the point (?:of (?:me|my|living|life|being here|going on|carrying on)|in (?:me|living))',
]);
const THREAT = lexicon([
  're:threaten(?:ed|ing)? (?:to )?(?:kill|hurt|stab|attack)', 'has a knife', 'with a knife', 'has a gun', 're:(?:he|she|they)\'?s? (?:hitting|attacking|kicking the door)',
  're:(?:trying|tried) to break in', 'in danger', 'scared for my life', 'fear for my life', 'being attacked', 'threatened violence knife',
  're:(?:partner|husband|boyfriend|wife|girlfriend|ex) (?:hits|beats|hurts|attacks) me', 'domestic abuse', 'loveste', 'ma bate', 'a spart usa',
]);
const CHILD = lexicon(['child*', 'kids', 'baby', 'toddler', 'little ones', 'little one', 'bachcha', 'বাচ্চা']);
const ALONE = lexicon([
  'left alone', 'home alone', 'on their own', 'on there own', 'on thier own', 'on his own', 'on her own', 'by themselves', 'no adults', 'no adult', 'nie ma dorosłych', 'nie ma doroslych',
  'sam w domu', 'sama w domu', 'একা', 'وحدهم', 'akela', 'keligood',
]);
const STRUCTURAL = lexicon([
  're:ceiling[^.]{0,40}(?:fell|fallen|falling|collapsed|collapsing|coming down|came down|caved|come down)', 'nenfwd wedi cwympo', 'wedi cwympo', 'wedi dod lawr',
]);
const NO_HEAT = lexicon([
  'no heating', 'no heat', 'no hot water', 're:heating (?:is |has )?(?:not working|broken|broke|stopped|gone off)', 're:boiler (?:is |has )?(?:not working|broken|broke|stopped|died)',
  're:heating (?:and hot water )?(?:have |has )?been off', 'freezing', 'so cold',
]);
const VULNERABLE = lexicon([
  'baby', 'babies', 'newborn', 'toddler', 'child*', 'kids', 'pregnan*', 'elderly', 'disabled', 'disability', 'oxygen', 'asthma', 'copd',
  'dementia', 'in my 80s', 'in her 80s', 'in his 80s', 're:\\b(?:7[5-9]|8\\d|9\\d|1[01]\\d)\\b', 'cancer', 'chemo*', 'wheelchair', 'bedbound', 'bed bound', 'ill health condition',
]);

// One message's words are read for danger more than once on their way (its case's facts, the
// reply's advice, the chat's interruption), and the reading is pure, so the latest answers are kept.
const REMEMBERED = 500;
const remembered = new Map<string, ImmediateDanger | undefined>();

export function immediateDanger(text: string): ImmediateDanger | undefined {
  let found = remembered.get(text);
  if (found === undefined && !remembered.has(text)) {
    found = readDanger(text);
    if (remembered.size >= REMEMBERED) remembered.delete(remembered.keys().next().value as string);
    remembered.set(text, found);
  }
  // A copy: the answer is the caller's to change.
  return found && { ...found };
}

function readDanger(text: string): ImmediateDanger | undefined {
  const said = normalise(text);
  const n = withGlosses(said);
  const found: ImmediateDanger = {
    gas: GAS.test(n) || (BOILER.test(n) && CO_SYMPTOMS.test(n)),
    electric: ELECTRIC.test(n),
    fire: FIRE.test(n),
    selfHarm: SELF_HARM.test(n),
    threat: THREAT.test(n),
    childAlone: CHILD.test(n) && ALONE.test(n),
    // The tenant's own words only: the glossary's "ceiling coming down crack" also glosses a mere crack.
    structural: STRUCTURAL.test(said),
    noHeatingVulnerable: NO_HEAT.test(n) && VULNERABLE.test(n),
  };
  return Object.values(found).some(Boolean) ? found : undefined;
}

// Words that, after a danger was already reported, mean it may be getting worse or someone is now
// at risk from it: new symptoms, or being alone. On their own they are not a danger.
const WORSENING = lexicon([
  'cough*', 'sick', 'vomit*', 'being sick', 'fever', 'temperature', 'headache*', 'dizzy', 'faint*', 'unconscious', 'not breathing',
  'struggling to breathe', 'collapsed', 'worse', 'getting worse', 'alone', 'on my own', 'by myself', 'crying',
  'gorączk*', 'goraczk*', 'kaszl*', 'wymiot*', 'płacze', 'placze', 'sam w domu', 'sama w domu',
  'وحدي', 'وحيد*', 'حرارة', 'سعال', 'يسعل', 'تسعل', 'febr*', 'tuse*', 'singur*', 'peswch', 'ar fy mhen fy hun', 'gwres uchel',
]);

/** True when a follow-up to a reported danger says it may be worsening (new symptoms, someone alone). */
export function renewsDanger(text: string): boolean {
  return WORSENING.test(withGlosses(normalise(text)));
}
