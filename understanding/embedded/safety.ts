import { HAZARD_RULES } from './hazards';
import { lexicon } from './text';
import { severityCues } from './vulnerability';

// safeguarding_or_health_and_safety: a miss is a defect, a false alarm is tolerable (issue 4;
// whg 2.5 "health and safety ... always handled as a formal complaint"; BCHG 7.3 48-hour screen).
// So every rule here leans towards raising it, and each alone is enough.

const THREAT_OR_VIOLENCE = lexicon([
  'threat*', 'stab*', 'knife', 'knives', 'gun', 'guns', 'weapon*', 'kill', 'killed', 'hurt*', 'hit me', 'hitting', 'beat*', 'attack*',
  're:(?:hits?|punch\\w*|kick\\w*|slap\\w*|strangl\\w*|chok\\w*|push\\w*|shov\\w*) (?:me|her|him|us|them|my)', 'bullied', 'bully*',
  'assault*', 'violen*', 'abus*', 'harass*', 'terrified', 'scared for', 'fear for', 'afraid', 'scared to', 'went for', 'bitten',
  're:burn (?:our|my|the|her|his) (?:house|flat|home)', 'screaming', 'non molestation', 'injunction', 'stalk*', 'following my', 'following me',
  're:photos? of (?:my|her|him|me)', 'knows where', 'smashed my', 'had a bat', 'domestic', 'spat', 'spitting', 're:sort (?:me|you|us|him|her) out',
  'exposing', 'indecent*', 'sexual*', 'paedo*', 're:get (?:his|her|their) mates',
  'grozi*', 'groźb*', 'grozb*', 'nóż', 'noz', 'bije', 'przemoc*', 'boję się', 'boje sie', 'amenin*', 'cuțit', 'cutit', 'mi-e frică', 'mi-e frica', 'frică',
  'bygwth*', 'ofn', 'يهدد', 'تهديد', 'هددني', 'سكين', 'عنف', 'خائف', 'خايف', 'دھمکی', 'دھمکیاں', 'چاقو', 'تشدد', 'ڈر لگ',
]);

const PERSON_AT_RISK = lexicon([
  'safeguard*', 'neglect*', 'left alone', 're:worried about (?:him|her|them|the (?:child|kids?|baby))', 're:child(?:ren)? (?:at risk|in danger)',
  're:(?:hasn\'?t|has not|not) been seen', 'post piling up', 'needles', 'syringes', 'vulnerable adult', 'exploit*', 'cuckoo*', 'grooming',
  're:carers? (?:can\'?t|cannot|couldn\'?t) get in', 'knocked over', 'trapped', 'stuck in',
  're:(?:drugs?|dealing|selling)[^.]{0,30}(?:kids|children|child|teenagers|minors|school)',
]);

const SELF_HARM = lexicon([
  'suicid*', 'kill myself', 'end it all', 'end my life', 'self harm*', 'selfharm*', 'hurt myself', 'overdose',
  're:don\'?t want to (?:be here|live|go on)', 're:can\'?t (?:go on|cope|take (?:it|this|any ?more))', 'no point living', 'take my own life',
  'better off dead', 'dark thoughts', 're:feeling (?:really |very |so )?(?:low|hopeless|desperate)', 'no way out', 'give up on life', 'depress*', 'nervous breakdown', 'mental breakdown', 'samobój*', 'samoboj*', 'sinucid*', 'انتحار', 'خودکشی', 'lladd fy hun',
]);

// Someone already hurt or made ill: whatever the cause, that is a health-and-safety matter.
const HARM = lexicon([
  'injur*', 're:(?:is|was|were|started|kept|keeps|still) bleeding', 'scald*', 'burnt', 'burned', 'a&e', 'a and e', 'ambulance', 'hospital*', 'dizzy', 'headache*', 'nause*', 'vomit*',
  'been sick', 'passed out', 'fainted', 'unconscious', 'legionella', 'poison*', 'fumes', 'toxic', 'brown water', 'discoloured water',
  're:(?:closed|shut|slammed|trapped) on (?:my|her|his|their)', 'broke (?:my|her|his) (?:arm|leg|wrist|ankle|hip)', 'broken (?:arm|leg|wrist|ankle|hip)',
  'szpital*', 'oparzen*', 'spital*', 'ranit*', 'ysbyty', 'مستشفى', 'إسعاف', 'ہسپتال', 'زخمی',
]);

const DANGER_WORDS = lexicon([
  're:sharp (?:metal|edges?|glass|nails?)', 'nails sticking', 'sticking up', 'danger*', 'unsafe', 're:(?:not|don\'?t|doesn\'?t|never|no longer) (?:feel )?safe', 'hazard*', 'life threatening', 'emergency', 'health hazard',
  'niebezpiecz*', 'periculos*', 'pericol*', 'peryglus', 'perygl', 'خطر', 'خطير', 'خطرناک',
]);

const SEVERE_EXTENT = lexicon([
  'everywhere', 'all over', 'covered', 'spreading', 'spread', 'severe', 'black mould', 'black mold', 'growing', 'getting worse', 'worse',
  'back again', 'coming back', 'came back', 'months', 'years', 'cała', 'cala', 'wszędzie', 'peste tot', 'luni', 'ers misoedd',
  'شهور', 'أشهر', 'مہینوں', 'مہینے',
]);

// Without a toilet, water or a way to cook, a household with children or vulnerable people is at risk.
const NO_BASIC_AMENITY = lexicon([
  're:(?:no |without (?:a |any )?)(?:working )?(?:toilet|loo|water|running water|cooker|kitchen|electricity|electric|power|gas)', 'power cut',
  're:toilet[^.]{0,30}(?:not working|broken|blocked|doesn\'?t (?:work|flush)|won\'?t flush)',
]);

// Broken glass (collision and cuts) and pests (domestic hygiene) are HHSRS hazards; pests matter
// most where there are babies, children or ill people.
const BROKEN_GLASS = lexicon(['shards', 'broken glass', 're:glass[^.]{0,30}(?:smashed|shattered|broken|cracked)', 're:(?:smashed|shattered) (?:glass|window|pane)']);
const PESTS = lexicon(['rat', 'rats', 'mice', 'mouse', 'cockroach*', 'bed bugs', 'bedbugs', 'infest*', 'vermin', 'szczur*', 'myszy', 'șobolan*', 'sobolan*', 'فئران', 'جرذ', 'چوہ']);

const LIFT_OUT = lexicon(['lift', 'lifts', 'elevator', 'winda', 'windy', 'liftul', 'ascensor*', 'المصعد', 'مصعد', 'لفٹ']);
const CANNOT_GET_OUT = lexicon(['re:(?:haven\'?t|hasn\'?t|can\'?t|cannot) (?:been |get )?(?:out|down|up)', 'stuck', 'trapped', 'housebound']);

/** Whether the text describes danger to someone, by any of the rules above. */
export function raisesSafety(normalised: string): boolean {
  const cues = severityCues(normalised);
  const vulnerable = cues.length > 0;
  const mentions = (h: keyof typeof HAZARD_RULES): boolean => HAZARD_RULES[h].mention.test(normalised);
  const urgent = (h: keyof typeof HAZARD_RULES): boolean => HAZARD_RULES[h].emergency.test(normalised);

  if (HARM.test(normalised) || THREAT_OR_VIOLENCE.test(normalised) || PERSON_AT_RISK.test(normalised) || SELF_HARM.test(normalised)) return true;
  if (DANGER_WORDS.test(normalised)) return true;
  if (['gas', 'fire_safety', 'structural', 'falls', 'sanitation', 'asbestos'].some((h) => mentions(h as keyof typeof HAZARD_RULES))) return true;
  if (mentions('electrical') && urgent('electrical')) return true;
  if (mentions('leak') && urgent('leak')) return true;
  // Damp and mould affecting health, or severe enough that it soon will (Awaab's Law phase 1).
  if (mentions('damp_mould') && (vulnerable || SEVERE_EXTENT.test(normalised))) return true;
  // Heating or hot water trouble in a vulnerable household can be an emergency hazard (issue 8).
  if (mentions('heating') && vulnerable) return true;
  if (BROKEN_GLASS.test(normalised)) return true;
  if ((NO_BASIC_AMENITY.test(normalised) || PESTS.test(normalised)) && vulnerable) return true;
  if (LIFT_OUT.test(normalised) && (cues.includes('disability') || cues.includes('older_person') || CANNOT_GET_OUT.test(normalised))) return true;
  return false;
}
