import { lexicon } from './text';

// Ideas that decide the category, each with its words in English, Welsh, Polish, Romanian, Arabic
// and Urdu. The classifier sees "#c:neighbour" rather than "sąsiad" or "الجيران", so what it
// learns from the (mostly English) corpus carries over to the other languages.
export const CONCEPTS = {
  repair: lexicon([
    'repair*', 'fix', 'fixed', 'broken', 'broke', 'leak*', 'boiler', 'tap', 'toilet', 'door', 'window*', 'heating', 'radiator*', 'roof', 'lift',
    'light', 'lights', 'fan', 'shower', 'bath', 'sink', 'drain*', 'gutter', 'fence', 'lock', 'socket*', 'ceiling', 'wall', 'damp', 'mould', 'blocked',
    'not working', 'stopped working', 'doesnt work', 'dont work', "doesn't work", "don't work", "isn't working", "won't", 'wont', 'cracked', 'crack', 'hot water', 'alarm', 'pipe*',
    'trwsio', 'torri', 'wedi torri', 'boeler', 'gollwng', 'ffenest*', 'drws', 'napraw*', 'zepsut*', 'cieknie', 'przeciek*', 'kran', 'drzwi', 'okno',
    'ogrzewanie', 'winda', 'repara*', 'stricat*', 'robinet*', 'ușa', 'fereastr*', 'încălzir*', 'incalzir*', 'nu funcționează', 'nu functioneaza',
    'تصليح', 'يصلح', 'إصلاح', 'اصلاح', 'تسريب', 'خراب', 'مكسور', 'الحمام', 'باب', 'نافذة', 'تدفئة', 'مرمت', 'ٹھیک', 'نل', 'ہیٹنگ', 'دروازہ', 'کھڑکی', 'ٹوٹ',
  ]),
  request: lexicon([
    'can someone', 'could someone', 'can you', 'could you', 'please', 'pls', 'plz', 'send someone', 'arrange', 'book', 'need someone', 'i need',
    'i would like', "i'd like", 'request', 'would it be possible', 'is it possible', 'asap',
    'os gwelwch yn dda', 'allwch chi', 'anfon rhywun', 'proszę', 'prosze', 'czy ktoś', 'czy ktos', 'czy może', 'vă rog', 'va rog', 'puteți', 'puteti',
    'trimite', 'ممكن', 'أرجو', 'ارجو', 'الرجاء', 'يرجى', 'من فضلك', 'براہ کرم', 'مہربانی', 'بھیج', 'بھیجیں',
  ]),
  question: lexicon([
    'how do i', 'how can i', 'how does', 'what is', 'what does', 'what will', 'who is', 'who do i', 'when is', 'when will', 'is there', 'is it',
    'can i', 'do i', 'am i', 'wondering', 'information', 'permission', 'eligible', 'policy', 'tell me', 'let me know', 'a question', 'query',
    'whats', 'wheres', 'what time', 'r u', 'are you open', 'opening hours', 'how do', 'how can', 'number for', 'email for', 'address for', 'is there a', 're:\\?',
    'sut', 'pryd', 'jak', 'kiedy', 'czy mogę', 'cum', 'când', 'cand', 'pot să', 'كيف', 'متى', 'هل', 'کیسے', 'کب', 'کیا میں',
  ]),
  neighbour: lexicon([
    'neighbour*', 'neighbor*', 'next door', 'upstairs', 'downstairs', 'flat above', 'flat below', 'above me', 'below me', 'people in', 'the people at',
    'the family at', 'the man', 'the woman', 'the guy', 'the lady', 'youths', 'lads', 'teenagers', 'teens', 'someone', 'people from', 'tenants downstairs',
    'cymydog*', 'cymdogion', 'drws nesaf', 'sąsiad*', 'sasiad*', 'sąsiedz*', 'sasiedz*', 'sąsiedn*', 'z góry', 'z gory', 'vecin*', 'de sus', 'الجيران', 'جاري', 'جار', 'ہمسائے', 'ہمسایہ', 'پڑوسی',
  ]),
  nuisance: lexicon([
    'noise', 'noisy', 'loud', 'music', 'party', 'parties', 'drug*', 'dealing', 'weed', 'cannabis', 'smoking', 'shouting', 'screaming', 'barking', 'barks',
    'howls', 'graffiti', 'fighting', 'fight*', 'anti social', 'antisocial', 'asb', 'nuisance', 'harass*', 'threat*', 'abuse', 'abusive', 'racist',
    'dog mess', 'dog poo', 'fireworks', 'banging', 'stamping', 'slamming', 'bass', 'parking in', 'blocking', 'dumped', 'throwing', 'drinking',
    'stealing', 'stolen', 'theft', 'taking parcels', 'swn', 'sŵn', 'cerddoriaeth', 'uchel', 'hałas', 'halas', 'głośn*', 'glosn*', 'imprez*', 'muzyk*', 'grozi*', 'gălăgie', 'galagie', 'zgomot*', 'muzică',
    'muzica', 'scandal', 'tare', 'noaptea',
    'موسيقى', 'إزعاج', 'ازعاج', 'ضجيج', 'صوت عال', 'شور', 'اونچی آواز', 'گانے', 'تنگ',
  ]),
  thanks: lexicon([
    'thank*', 'thx', 'thanx', 'cheers', 'grateful', 'appreciat*', 'brilliant', 'great', 'excellent', 'lovely', 'well done', 'fantastic', 'amazing',
    'impressed', 'star', 'delighted', 'ty', 'thnx', 'tnx', 'credit where', 'lifesaver', 'life saver', 'legend', 'diamond', 'made my day', 'so kind', 'checking on me', 'checked on me', 'food parcel', 'sound', 'happy with', 'pleased', 'top man', 'fair play', 'shout out', 'compliment*', 'positive feedback', 'spotless',
    'above and beyond', 'professional', 'polite', 'kind', 'kindness', 'helpful', 'friendly', 'wonderful', 'perfect', '10/10',
    'diolch', 'gwych', 'dziękuję', 'dziekuje', 'dzięki', 'dzieki', 'świetn*', 'swietn*', 'miły', 'mily', 'mulțumesc', 'multumesc', 'mulțumim',
    'amabil*', 'excelent', 'شكرا', 'شكراً', 'ممتاز', 'محترم', 'رائع', 'شکریہ', 'بہت اچھا', 'اچھا تھا',
  ]),
  dissatisfied: lexicon([
    'not happy', 'unhappy', 'disgust*', 'disgrace*', 'useless', 'joke', 'appalling', 'unacceptable', 'fed up', 'sick of', 'sick and tired', 'furious',
    'angry', 'shocking', 'ridiculous', 'disappointed', 'disappointing', 'frustrat*', 'annoyed', 'annoying', 'not good enough', 'ignored', 'ignoring',
    'waste of time', 'had enough', 'wits end', 'outrageous', 'terrible', 'awful', 'rubbish service', 'pathetic', 'incompetent', 'nobody cares',
    'no one cares', 'dont care', 'doesnt care', 'let down', 'made to feel', 'should be grateful', 'treated like', 'thanks for nothing', 'fobbed off', 'excuses', 'shambles', 'upset', 'cheesed off', 'not fair', 'not right', 'unfair', 'scandal', 'skandal',
    'ddim yn hapus', 'siomedig', 'anhapus', 'niezadowolon*', 'zły', 'zly', 'rozczarowan*', 'nemulțumit*', 'nemultumit*', 'supărat*', 'suparat*',
    'dezamăgit*', 'dezamagit*', 'غير راض', 'غير راضية', 'مستاء', 'زعلان', 'لا أحد يهتم', 'ناراض', 'مایوس', 'ناخوش',
  ]),
  delay: lexicon([
    'again', 're:(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time', 'weeks', 'months', 'years', 'ages', 'since', 'still', 'waiting', 'waited', 'long', 'chasing', 'nothing', 'never', 'nobody', 'no one', 'noone',
    'misoedd', 'wythnos*', 'miesięc*', 'miesiec*', 'tygodni*', 'nadal', 'nikt', 'luni', 'săptămân*', 'saptaman*', 'nimeni', 'شهور', 'أشهر',
    'أسابيع', 'لا أحد', 'مہینے', 'مہینوں', 'ہفتے', 'کوئی نہیں',
  ]),
  formal: lexicon([
    'complain*', 'formal', 'compensation', 'ombudsman', 'escalat*', 'stage 1', 'stage one', 'stage 2', 'investigat*', 'apology', 'apologise',
    'explanation', 'senior', 'manager', 'take it further', 'dissatisfaction', 'expect', 'demand', 'accountab*', 'cwyn', 'skarg*', 'reklamac*',
    'plângere', 'plangere', 'reclamați*', 'reclamati*', 'شكوى', 'تعويض', 'شکایت', 'معاوضہ',
  ]),
  minor: lexicon([
    'just', 'quick', 'small', 'bit', 'a bit', 'minor', 'not a big deal', 'not a massive deal', 'not a formal', 'not a complaint', 'no fuss',
    "don't want to complain", "don't want to make", 'not looking for', 'come back', 'pop back', 'put back', 'rebook', 're-book', 'rearrange',
    'reschedule', 'refund', 'correct it', 'swap', 'collect', 'take it away', 'take away', 'left behind', 'forgot', 'left the', 'left all', 'left my',
    'reprogram*', 'trefnu un arall', 'موعد جديد', 'نیا وقت', 'posprząt*', 'bałagan', 'balagan', 'zostawił', 'zostawil',
  ]),
  missed_appointment: lexicon([
    'missed appointment', 'no one came', 'nobody came', 'no-one came', 'didnt turn up', "didn't turn up", 'never turned up', 'no one turned up',
    'nobody turned up', 'didnt come', "didn't come", 'waited in', 'no show', 'no access', 'didnt knock', "didn't knock", 'cancelled',
    "doedd neb wedi dod", 'neb wedi dod', 'nikt nie przyszedł', 'nikt nie przyszedl', 'nu a venit nimeni', 'لم يحضر', 'لم يأت', 'کوئی نہیں آیا',
  ]),
  // Something the landlord did or failed to do: what turns a report into dissatisfaction with the
  // landlord's handling (Code 1.2, 1.5), e.g. a complaint about how an ASB case was handled.
  landlord_failure: lexicon([
    'done nothing', 'did nothing', 'nothing has been done', 'nothing was done', 'nothing happened', 'nothing has happened', 'you never',
    "you haven't", 'you havent', "you didn't", 'you didnt', 'you failed', 'failed to', 'failure', 'no one from', 'nobody from', 'not been done',
    'no response', 'no reply', 'no update', 'closed my', 'closed the case', 'you keep', 'you said', 'you promised', 'promised', 'broken promises',
    'your officer', 'your staff', 'your team', 'your contractor', 'your surveyor', 'your engineer', 'your response', 'how this has been handled',
    'handled', 'handling', 'poor workmanship', 'not fixed', 'still not', 'nie zrobił', 'nic nie zrobi', 'nimeni nu a', 'neb wedi',
    'لم يتم', 'لم يأت أحد', 'کوئی نہیں آیا', 'کچھ نہیں ہوا',
  ]),
  // Chasing something already asked for: the usual shape of a quick fix.
  chasing: lexicon([
    'any update', 'just chasing', 'chasing', 'any news', 'still waiting for', 'call back', 'callback', 'rang back', 'ring back', 'ring me back', 'any chance',
    'update on', 'meant to be', 'was booked', 'supposed to', 'was due', 'rebook', 'come back', 'not turned up', 'didn\'t turn up', 'didnt turn up',
  ]),
  // Praise that means the opposite: "great service 👏", "thanks for nothing".
  sarcasm: lexicon([
    '🙄', '🙃', '👏', '😡', '😤', '🤬', '😠', '🤦', 'thanks for nothing', 'great service', 'brilliant service', 'fantastic service', 'amazing service', 'would recommend',
    'well done guys', 'cheers for nothing', 'as always', 'as usual', 'lol', 'ffs', 'shambles',
  ]),
  // Someone with standing writing for a resident (Code 1.2): their dissatisfaction is a complaint.
  authority: lexicon([
    'mp', 'member of parliament', 'councillor', 'cllr', 'caseworker', 'constituent*', 'environmental health', 'eho', 'private sector housing', 'enforcement',
    'solicitor*', 'advocate', 'social worker', 'support worker', 'district nurse', 'health visitor', 'on behalf of', 'our client', 'we act for', 'letter of claim',
    'improvement notice', 'hazard awareness notice', 'category 1', 'cynghorydd',
  ]),
  // Small, fixable slips in a service.
  small_slip: lexicon([
    'bins', 'bin', 'not emptied', 'missed collection', 'lift is out', 'lifts are out', 'lift out', 'lifts out', 'left a mess', 'mess', 'dust', 'left behind', 'letter',
    'not received', 'wrong date', 'wrong name', 'typo', 'van', 'blocking my drive', 'website', 'app', 'log in', 'voicemail', 'on hold', 'decorator', 'grass', 'clippings',
  ]),
  greeting: lexicon([
    'hi', 'hello', 'helo', 'hiya', 'hey', 'good morning', 'good afternoon', 'good evening', 'anyone there', 'shwmae', 'helo', 'bore da',
    'dzień dobry', 'dzien dobry', 'cześć', 'czesc', 'bună ziua', 'buna ziua', 'salut', 'مرحبا', 'السلام عليكم', 'السلام علیکم', 'ہیلو',
  ]),
} as const;

export type Concept = keyof typeof CONCEPTS;

/** The concepts present in a normalised text. */
export function conceptsIn(normalised: string): Concept[] {
  return (Object.keys(CONCEPTS) as Concept[]).filter((concept) => CONCEPTS[concept].test(normalised));
}
