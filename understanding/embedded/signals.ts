import { raisesSafety } from './safety';
import { lexicon } from './text';
import type { Signals } from '../understandingSchema';

// Our own rules for the signals the triage exclusions need (triage/exclusions.ts). They are rules
// rather than learned weights because each must be explainable against a clause and must behave
// the same in every configuration, Azure or not. Each list carries Welsh, Polish, Romanian, Arabic
// and Urdu words for the same idea, because a tenant's language must not hide a signal.

// WCH 3.1.6 treats a matter with a solicitor as a legal dispute; whg 2.11 and BCHG 6.2 exclude
// court proceedings. Pre-action letters are raised too: the rules (Code 2.2) tell them apart.
// A court named as a place ("Flat 6, Linden Court") is an address, not a claim: "court" counts
// only with a word that makes it the legal one.
const LEGAL = lexicon([
  're:(?<![\\p{L}\\p{N}])(?:(?:to|in|at|through|via|the|a|county|small claims|magistrates\'?|crown|high|housing|family) courts?|courts? (?:claim|case|date|hearing|order|papers|action|proceedings|summons|bailiffs?|fees?))(?![\\p{L}\\p{N}])',
  'solicitor*', 'lawyer*', 'barrister', 'legal action', 'legal proceedings', 'proceedings', 'disrepair claim', 'housing disrepair',
  'no win no fee', 'pre-action', 'pre action', 'letter before action', 'sue', 'suing', 'sued', 'tribunal', 'legal advice', 'legal aid',
  'adwokat*', 'prawnik*', 'sądu', 'sądzie', 'pozew', 'avocat*', 'instanța', 'instanței', 'proces', 'cyfreithiwr', 'llys',
  'محامي', 'محكمة', 'المحكمة', 'قضية', 'وکیل', 'عدالت', 'مقدمہ',
]);

const INSURANCE = lexicon([
  'insurance', 'insurer*', 'insured', 'liability', 'claim for', 'claim on', 'a claim', 'make a claim', 'put a claim', 'the excess',
  're:(?<!(?<![\\p{L}])(?:we|i|already|tenants|residents) )(?:pay|paying|compensat\\w*) (?:me )?for (?:it|this|the damage|my|the)(?! (?:lost|time|wages|days?|earnings|travel|electric|heating|inconvenience))', 'who is going to pay', 're:(?:ruined|damaged|destroyed) (?:my|all my|everything)',
  'ubezpiecz*', 'odszkodowani*', 'asigur*', 'despăgub*', 'despagub*', 'yswiriant', 'iawndal', 'تأمين', 'التأمين', 'تعويض', 'انشورنس', 'بیمہ', 'ہرجانہ',
]);

// The same claim made without the word: something the person owns damaged or lost, and they want it
// paid for or replaced (a ruined carpet, a windscreen, a wheelchair), or an injury they are claiming for.
const BELONGING = lexicon([
  'carpet*', 'laptop*', 'sofa', 'settee', 'tv', 'telly', 'television', 'mattress*', 'bed', 'beds', 'bedding', 'clothes', 'clothing', 'windscreen', 'car', 'wheelchair',
  'fridge', 'freezer', 'food', 'furniture', 'washing machine', 'plates', 'cabinet', 'phone', 'decking', 'double glazing', 'garden wall', 'flooring', 'laminate', 'parquet',
  'conservatory', 'towels', 'belongings', 'possessions', 'things', 'stuff', 'items', 'insulin', 'bonnet', 'paintwork', 'laminated',
  'dywan*', 'samochód', 'samochod', 'meble', 'ubrania', 'covor*', 'mașin*', 'masin*', 'parchet*', 'mobil*', 'haine', 'carped', 'dillad', 'tywelion', 'soffa',
  'سيارة', 'سيارتي', 'سجادة', 'السجاد', 'كنب', 'الكنب', 'مرتبة', 'ملابس', 'قالین', 'گاڑی', 'واشنگ مشین', 'کتابیں', 'কার্পেট', 'গাড়ি', 'ম্যাট্রেস', 'জামাকাপড়', 'rooga', 'sariir*', 'dhar*', 'gaari*',
]);
const DAMAGED = lexicon([
  'ruined', 'damaged', 'damage', 'destroyed', 'dent', 'dents', 'dented', 'wrecked', 'smashed', 'broke', 'broken', 'cracked', 'soaked', 'dead', 'snapped', 'bent', 'spoiled', 'spoilt', 'stained', 'flooded',
  'paint all over', 'drove it into', 'lost everything', 'gouged', 'umflat', 'distrus', 'stricat*', 'zniszcz*', 'zalało', 'zalalo', 'difetha', 'wedi malu', 'خرب', 'خربت', 'تلف', 'تلفت', 'خراب',
  'নষ্ট', 'ভেঙে', 'burbur*', 'jab*', 'gone off', 'defrosted', 'thrown out', 'cleared',
]);
const PAID_FOR = lexicon([
  're:(?:pay|paid|paying) (?:me )?(?:for|back)', 'want paying', 'who pays', 'who is paying', 'who will pay', 're:replace(?:d|ment)?', 'reimburs*', 'made good', 'cover the cost', 'cover the',
  're:(?:who|how) (?:do|can|should) i (?:make a )?claim', 'claiming', 'claim off', 'claim it', 'claimio', 'compensation for', 're:£\\s?\\d', 'cost me', 'receipt*', 'invoice',
  'plătiți', 'platiti', 'factura', 'zapłać*', 'zaplac*', 'talu amdanyn', 'ادفعوا', 'دفع', 'معاوضہ', 'ادا', 'ক্ষতিপূরণ', 'দাম', 'magdhow',
]);
const INJURY_CLAIM = lexicon(['personal injury', 'special damages']);
const INJURED = lexicon(['re:(?:fractured|broke|broken) (?:my|his|her) (?:wrist|arm|leg|ankle|hip|foot|nose)', 'lugtiisa ayaa jabtay']);

const claimsLoss = (normalised: string): boolean =>
  (BELONGING.test(normalised) && DAMAGED.test(normalised) && PAID_FOR.test(normalised)) ||
  INJURY_CLAIM.test(normalised) ||
  (INJURED.test(normalised) && (PAID_FOR.test(normalised) || LEGAL.test(normalised) || /compensat/.test(normalised)));

// BCHG 6.2, WCH 4.6.3: the level of rent or service charge. Needs both the charge and a word
// about its level, so "how do I pay my rent" is not raised.
const RENT_OR_CHARGE = lexicon([
  'rent', 'rents', 'service charge*', 'heating charge', 'charges', 'major works', 'ground rent', 'bill',
  'czynsz*', 'opłat*', 'oplat*', 'chiri*', 'întreținere', 'intretinere', 'rhent', 'tâl gwasanaeth', 'tal gwasanaeth', 'إيجار', 'الإيجار', 'رسوم', 'کرایہ', 'کرائے',
]);
const LEVEL = lexicon([
  'gone up', 'going up', 'went up', 'increas*', 'rise', 'rises', 'risen', 'too high', 'too much', 'afford*', 'unfair', 'dispute*', 'doubled',
  'overcharg*', 'ridiculous', 'extortionate', 'expensive', 'charged for', 'paying for', 're:\\d+ ?%', 'breakdown', 'not paying', 'refund',
  'wzrósł', 'wzrosl', 'wzrost*', 'podwyż*', 'podwyz*', 'za wysok*', 'mărit', 'marit', 'crescut', 'scump*', 'prea mare', 'codi', 'rhy uchel',
  'زيادة', 'ارتفع', 'مرتفع', 'غالي', 'زیادہ', 'مہنگا', 'بڑھ',
]);

// A charge paid every week or month, or a major-works share, that the writer says is not earned (a
// service not delivered, a thing that does not exist) or not agreed: a dispute of its level too.
const REGULAR_CHARGE = lexicon([
  're:£\\s?\\d[\\d.,]*\\s?(?:a|an|per|each|every|/)\\s?(?:week|wk|month|year|yr)', 're:(?:going|go|gone|went|goes|up|rise|rising) (?:up )?from £', 'section 20', 'major works', 'my share',
  'support charge', 'heating charge', 'service charge*', 'charged for', 'paying for', 'charging us', 'charging me', 'being charged', 'we pay for', 're:(?:we|i) (?:still )?pay (?:£|for|the same)',
  'tâl gwasanaeth', 'tal gwasanaeth', 'tâl gwres', 'tal gwres', 'talu am', 'dalu am', 'opłat*', 'oplat*', 'płacimy', 'placimy', 'chiria', 'plătim', 'platim', 'kirada', 'kiradiisa', 'چارج', 'ভাড়া', 'চার্জ', 'الإيجار', 'الايجار',
]);
const NOT_EARNED = lexicon([
  're:(?:nobody|no one|no-one|never|not been|hasn\'?t been|haven\'?t been|has not been|isn\'?t|is not)[^.!?\\n]{0,40}(?:clean\\w*|cut|done|there|here|installed|used|come|came|maintained|touched|working|on site)',
  're:(?:why|what) (?:am i|are we|do i|do we|should i|should we) (?:still )?(?:paying|pay|being charged)', 'for something', 'never had', 'never used', 'no lift', 'nothing to maintain',
  'not agree', "don't agree", 'do not agree', 'contest*', 'challenge', 'want my money', 'money back', 'pay back', 'daylight robbery', 'a joke', 'nearly double', 'almost double', 'twice',
  'up again', 'rent up', 'no explanation', 'unexplained', 'dispensation', 'nu sunt de acord', 'czego nie', 'dlaczego', 'za co', 'dwbl', 'yn deg', 'neb wedi',
  'lift ma leh', 'ka saara', 'kor u kacday', 'ma aqbali', 'ma fahmin', 'nimeni', 'nu a', 'بند', 'نہیں', 'কেউ', 'বন্ধ', 'ما حدا', 'اعلى', 'أعلى',
]);

// whg 2.13, WCH 3.1.5 and 4.1.4: someone acting for the customer needs the customer's permission.
const RELATIVE = '(?:mum|mother|mam|dad|father|nan|nana|nanna|gran|granny|grandma|grandmother|grandad|grandfather|grandpa|brother|sister|aunt|auntie|uncle|niece|nephew|parents?|elderly (?:father|mother|parent|neighbour))';
const THIRD_PARTY = lexicon([
  'on behalf of', 'behalf', 'my client', 'constituent*', 'caseworker', 'case worker', 'cllr', 'councillor', 'member of parliament', "mp's", 'advocate for',
  'one of your tenants', 'your tenant', 'a resident at', 'a resident in', 'residents of', 'the families i', 'a family i',
  'environmental health', 'private sector housing', 'following our inspection', 'we act for', 'acting for', 'our client', 'the tenant contacted us', 'referral about',
  're:(?:i\'?m|i am|im) (?:\\w+\'?s?\\s){0,3}(?:support worker|social worker|advocate|carer|key worker|caseworker|case worker|solicitor|care coordinator|ot|occupational therapist|nurse|health visitor|teacher)',
  'cynghorydd', 'etholwyr', 'hetholwyr', 'un o\'m',
  're:(?:i am|i\'?m|im) (?:the |a |an |her |his |their |your tenant\'?s )?(?:daughter|son|sister|brother|niece|nephew|grand(?:son|daughter)|carer|advocate|support worker|social worker|solicitor|caseworker|health visitor|councillor|local mp|mp|key worker|next of kin|power of attorney|neighbour of)',
  're:as (?:her|his|their|the|a) (?:support worker|carer|advocate|social worker|nurse|district nurse|health visitor|solicitor|key worker|next of kin|representative|daughter|son)',
  're:(?:i\'?m |i am )?writing (?:for|as) (?:my|a|an|her|his|the)',
  're:(?:asked|wants) me to (?:write|contact|report|complain|get in touch|email|message|thank|let you know)',
  `re:${RELATIVE}(?:'?s)? (?:flat|house|home|bungalow|property|tenancy)`,
  `re:${RELATIVE} (?:is|who is|was) (?:a |one of your |your )?(?:tenant|resident)`,
  `re:(?:for|about) my ${RELATIVE} (?:who|,)`,
  `re:${RELATIVE}[^.]{0,60}(?:her|his|their) (?:flat|house|home|bungalow)`,
  `re:to my ${RELATIVE}`,
  'w imieniu', 'în numele', 'in numele', 'ar ran', 'نيابة عن', 'بالنيابة', 'کی طرف سے',
  // Writing about a relative's home or affairs: "Mum's bin", "the grab rail for my dad", "my mother has dementia".
  `re:(?<!\\p{L})(?:my )?${RELATIVE}'s (?!(?:coming|going|here|staying|visiting)(?!\\p{L}))`,
  `re:for my ${RELATIVE}(?!\\p{L})`,
  `re:my ${RELATIVE}(?: \\p{Lu}?\\p{L}+)? (?:has|is|was|lives|can'?t|cannot|doesn'?t|needs|keeps|says|said|wants|wanted|rang|called|asked|got|had|hasn'?t|isn'?t|became|is now)(?!\\p{L})`,
  `re:(?<![\\p{L} ])(?:mum|dad|mam|nan|gran|grandad|grandma) (?:says|said|wanted|wants|asked|has|is|was|can'?t|cannot|needs|keeps|rang)(?!\\p{L})`,
  'carer here', "i'm her carer", "i'm his carer", 're:i (?:look after|care for|visit) my', 're:i (?:look after|care for) (?:her|his|their|mrs|mr|ms|miss)',
  'fy mam', 'fy nhad', 'mamgu', 'mam-gu', 'moja mama', 'mojej mamy', 'mojej mamie', 'mój tata', 'moj tata', 'mojego taty', 'mama mea', 'mamei mele',
  'tatăl meu', 'tatal meu', 'bunica mea', 'hooyaday', 'aabbahay', 'aabahay', 'ayeeyaday', 'والدتي', 'والدي', 'امي عمرها', 'ابوي عمره', 'میری امی',
  'میرے ابو', 'میری والدہ', 'میرے والد', 'meri ammi', 'mere abbu', 'আম্মার', 'আব্বার', 'আমার আম্মা', 'আমার আব্বা', 'মায়ের', 'বাবার', 'হয়ে লিখছি',
  'amar abba', 'amar amma', 'ammar', 'abbar',
  // A relative who is the resident, named and then spoken of ("my dad ... his window lock"), a neighbour
  // written about, a care provider writing.
  `re:(?:my|our) ${RELATIVE}(?:'?s)?(?!\\p{L})[^.!?\\n]{0,80}(?<!\\p{L})(?:he|she|he's|she's|hes|shes|his|her|him)(?!\\p{L})`,
  `re:(?:about|re|for|regarding|concerning) my ${RELATIVE}(?!\\p{L})`, `re:(?:mrs|mr|miss|ms) [\\p{L}'-]+'?s (?:son|daughter|niece|nephew|grandson|granddaughter|carer|neighbour)`,
  're:(?:i\'?m|i am|im) (?:his|her|their) (?:neighbour|next door neighbour|friend)', 're:(?:the|an?) (?:elderly|old|older|disabled|vulnerable) (?:lady|man|gentleman|woman|gent|couple|fella|neighbour)',
  'registered manager', 'home care', 'care agency', 'care provider', 'calls a day', 'form of authority', 'letter of authority', 'appointee',
]);

// Greatwell 3, 5.1: complaints about a member of staff are held with restricted access.
const STAFF = lexicon([
  'staff', 'officer', 'operative*', 'contractor*', 'engineer*', 'plumber', 'electrician', 'worker', 'workman', 'workmen', 'caretaker', 'surveyor',
  'call handler', 'handler', 'manager', 'employee', 'fitter*', 'receptionist', 'your team', 'repairs team', 'the office', 'on the phone', 'when i rang',
  'when i called', 'answered the phone', 'reception*', 'the man who', 'the woman who', 'the lady', 'the woman on',
  'la telefon', 'doamna', 'domnul', 'the man from', 'the guy from', 'decorator', 'gardener*', 'cleaner*', 'inspector',
  'swyddog', 'pracowni*', 'urzędni*', 'urzedni*', 'hydraulik', 'angajat*', 'funcționar*', 'functionar*', 'موظف', 'الموظف', 'عامل', 'عملہ', 'ملازم', 'افسر',
  'your company', 'from your company', 'advisor', 'adviser', 'contact centre', 'customer service*', 'scaffolder*', 'roofer*', 'plasterer', 'painter',
  'builder*', 'gas man', 'repairs guy', 'repairs man', 'your lads', 'your office', 'your officer', 'staff member', 'member of staff', 'scheme manager',
  'infolini*', 'firmy remontowej', 'trydanwr', 'contractwr*', 'y dyn wrth y ddesg', 'المقاول', 'عمال', 'خدمة العملاء', 'অফিসার', 'সার্ভেয়ার', 'কর্মী',
  'shaqaale*', 'انجینئر',
  'that guy', 'that man', 'that bloke', 'that woman', 'joiner', 'guard', 'the lad', 'lads', 'the men', 'two men', 'your man', 'your guy', 'ur guy', 'rajel', 'الرجل', 'gazownik', 'tipul de la', 'reprezentantul', 'ofițerul', 'ofiterul', 'operatoarea', 'kontraktor*', 'contractor-k*', 'officer-k*', 'y ferch', 'y dyn',
]);
// A job recorded as done that nobody came to do: a false record is about the staff who made it.
const FALSE_RECORD = lexicon([
  're:(?:says|said|shows?|showed|recorded|marked|logged|written|wrote|claims?|records?)[^!?\\n]{0,80}(?:completed|done|attended|inspected|fixed|repaired|eased|adjusted|no fault)[^!?\\n]{0,120}(?:nobody|no one|no-one|never|koi|nimeni|neb) (?:came|come|attended|turned up|aaya|a venit|wedi dod)',
]);
const CONDUCT = lexicon([
  'rude*', 'rudely', 'sarcastic', 'refused to help', 'laughing', 'stop complaining', 'nepoliticoas*', 'swore', 'swearing at', 'sworn at', 'shouted', 'shouting at', 'shouts at', 'yelled', 'laughed at', 'laughing at', 'mocking',
  'making fun', 'patroni*', 'dismissive', 'talk down', 'talked down', 'condescend*', 'unprofessional', 'aggressive', 'intimidat*', 'threatened me',
  'racist', 'sexist', 'homophob*', 'discriminat*', 'comments about my', 'humiliat*', 'disrespect*', 'hung up', 'put the phone down', 'sighed',
  'rolled her eyes', 'rolled his eyes', 'smoking in my', 'disclosed', 'breach of my privacy', 'personal details', 'without notice', 'without permission',
  'attitude', 'bully*', 'on his phone', 'on her phone', 'didn\'t care', 'didnt care', 'wasting their time', 'wasting his time',
  'anghwrtais', 'digywilydd', 'niegrzeczn*', 'nieuprzejm*', 'krzycz*', 'nepoliticos*', 'țipat', 'tipat', 'mi-a închis', 'mi-a inchis',
  'وقح', 'صرخ', 'غير محترم', 'بدتمیز', 'چلای', 'بدتمیزی',
  'how dare', 'spoken to', 'spoke to me like', 're:(?<!\\p{L})(?:his|her|their|(?:officer|worker|engineer|contractor|operative|man|staff)\'?s?) behaviou?r', 'conduct', 'in confidence', 'told him it was me', 'told her it was me',
  'read out', 'out loud', 'telling other residents', 'told other residents', 'took photographs', 'took photos', 'taking photos', 'without asking',
  'let himself in', 'let herself in', 'let themselves in', 'without any warning', 'no identification', 'without identification', 'smoked in', 'smoking in',
  'urinated', 'asked for my number', 'asked her number', 'asked my number', 'if im single', "if i'm single", 'inappropriate', 'creepy', 'offensive',
  'insult*', 'gave my address', 'my address to', 'data breach', 'hung up on', 'your type', 'serial complainer', 'get a job',
  'better off in a home', 'at my age', 'you people', 'go back to your', 'speak english', 'google translate', 'lied to', 'lying to', 'asleep in his van',
  'drunk', 'stank of', 'smelled of alcohol', 'f off', 'f*** off', 'fuck off', 'told my nan', 'sign a form', 'babysit',
  'rhy hen', 'drewi o gwrw', 'gweiddi arno', 'niemił*', 'niemil*', 'przeklina*', 'palił', 'zachowanie', 'عنصري', 'غير لائق', 'بدون إذن', 'আচরণ', 'অপমান',
  'বর্ণবাদী', 'si xun', 'qoslay', 'رویہ', 'rawaiya',
  'laughed', 'liar', 'lies', 'lied', 'a tip', 'raised his voice', 'raised her voice', 'رفع صوته', 'ed7ak', 'learn english', 'people like you', 'you lot', 'welcome to the estate', 're:gave (?:out )?(?:my|our|her|his) (?:new )?(?:address|number|phone number|details)', 're:(?:asked|wanted) (?:me )?for (?:£\\d+ )?cash', 'musuqmaasuq', 'qayliyay', 'weiddi', 'ţigancă', 'țigancă', 'tiganca', 'wy polacy', 're:(?:wouldn\'?t|would not|refused to) (?:take (?:his|her) (?:boots|shoes) off|tell me|explain|listen|show (?:his|her|any) id)', 're:(?:without|no) (?:an? )?(?:id|identification|appointment)\\b', 'feral', 'no right to be here', 'imagining', 'mental health problems', 'we will have you out', 'on the streets', 'why did you keep',
]);

// Code 1.5: dissatisfaction with the response to an earlier request is a complaint; whg 2.11 and
// WCH 4.6.3 exclude matters already considered. Both need "did they tell us before?".
const REPORTED_BEFORE = lexicon([
  're:(?:yet )?again', 're:still (?:not|no|waiting|nothing|broken|leaking|there|going|happening|dripping|hasn\'?t|haven\'?t|isn\'?t|doesn\'?t|don\'?t|didn\'?t|can\'?t|won\'?t|being|the same|getting)',
  're:(?:second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th|\\d+|two|three|four|five|six|seven|eight|nine|ten|several|many|numerous|multiple|countless|so many|how many) (?:times?|occasions)',
  're:(?:reported|told you|raised|mentioned) (?:it |this |that )?(?:before|already|previously|several|many|numerous|loads)',
  're:already (?:reported|told|rang|rung|called|asked|raised|emailed|chased)', 'chased', 'chasing', 'been reporting', 'keep reporting', 'keep ringing',
  'keep calling', 'keep asking', 'keep chasing', 'keep telling', 'keep being told', 'every time', 'each time', 'told you', 'we\'ve been asking',
  're:i(?:\'?ve| have)? (?:rang|rung|called|phoned|emailed|e-mailed|reported|asked|raised|written|wrote|sent|told|contacted)',
  're:(?:your|the) (?:surveyor|engineer|officer|contractor|operative|plumber|electrician|response) (?:said|came|told|visited|was)',
  'been raised', 'was raised', 'carries on', 'every appointment', 'failed to', 'broken promises', 'للمرة', 're:(?:دوسری|تیسری|چوتھی|پانچویں) بار', 'no one turns up', 'nobody turns up', 'reference', 'ref', 'refs', 'job number', 'despite', 'you said', 'was told', 'were told', 'been told', 'promised', 'you keep', 'heard nothing',
  'no response', 'no reply', 'no answer', 'nothing has been done', 'nothing has happened', 'nothing has changed', 'nobody has come', 'no one has come',
  're:(?:my|the|our) (?:last |previous )?complaint (?:from|last|in)', 'stage 1 response', 'stage one response', 'next stage', 'complaint was', 'my complaint last',
  'eto', 'dair gwaith', 'pedair gwaith', 'sawl gwaith', 'wedi ffonio', 'yn barod', 'znowu', 'ponownie', 'nadal', 'trzeci raz', 'kolejny raz', 'zgłaszam',
  'zglaszam', 'din nou', 'încă', 'inca', 're:de (?:doua|trei|patru|mai multe) ori', 'am raportat', 'am sunat',
  'مرة الثالثة', 'عدة مرات', 'مرة أخرى', 'مرة اخرى', 'مجددا', 'أبلغت', 'ابلغت', 'كئی بار', 'کئی بار', 'پھر سے', 'دوبارہ', 'بار بار', 'بتایا ہے',
]);

/** The policy signals found in a text. `normalised` is the output of `normalise`. */
export function detectSignals(normalised: string): Signals {
  return {
    legal_proceedings: LEGAL.test(normalised),
    insurance_claim: INSURANCE.test(normalised) || claimsLoss(normalised),
    rent_or_service_charge_level: (RENT_OR_CHARGE.test(normalised) && LEVEL.test(normalised)) || (REGULAR_CHARGE.test(normalised) && NOT_EARNED.test(normalised)),
    third_party: THIRD_PARTY.test(normalised),
    safeguarding_or_health_and_safety: raisesSafety(normalised),
    staff_conduct: (STAFF.test(normalised) && CONDUCT.test(normalised)) || FALSE_RECORD.test(normalised),
    reported_before: REPORTED_BEFORE.test(normalised),
  };
}

