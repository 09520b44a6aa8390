import { HAZARD_RULES, hazardMention } from './hazards';
import { CONCEPTS } from './concepts';
import { HEADACHE, NOT_BEING_HERE } from './dangerPhrases';
import { lexicon } from './text';
import { severityCues } from './vulnerability';

// safeguarding_or_health_and_safety: a miss is a defect, a false alarm is tolerable (whg 2.5
// "health and safety ... always handled as a formal complaint"; BCHG 7.3 48-hour screen).
// So every rule here leans towards raising it, and each alone is enough.

const THREAT_OR_VIOLENCE = lexicon([
  'threat*', 'stab*', 'knife', 'knives', 'gun', 'guns', 'weapon*', 'kill', 'killed', 'hurt*', 'hit me', 'hitting', 'beat*', 'attack*',
  're:(?:hits?|punch\\w*|kick\\w*|slap\\w*|strangl\\w*|chok\\w*|push\\w*|shov\\w*) (?:me|her|him|us|them|my)', 'bullied', 'bully*',
  'assault*', 'violen*', 'abus*', 'harass*', 'terrified', 'scared for', 'fear for', 'afraid', 'scared to', 'went for', 'bitten',
  're:burn (?:our|my|the|her|his) (?:house|flat|home)', 'screaming', 'non molestation', 'injunction', 'stalk*', 'following my', 'following me',
  're:photos? of (?:my|her|him|me)', 'knows where', 'smashed my', 'had a bat', 'domestic', 'spat', 'spitting', 're:sort (?:me|you|us|him|her) out',
  'exposing', 'indecent*', 'sexual*', 'paedo*', 're:get (?:his|her|their) mates', 'frighten*', 'intimidat*', 'creepy', 'asking if i\'?m single',
  're:(?:was|been|got|were|being) (?:hit|punched|kicked|slapped|pushed|attacked|assaulted|spat at|thrown at)', 're:(?:said|says|told me|threatened) (?:that )?if i[^.!?\n]{0,60}(?:he|she|they)(?:\'?ll|\'?d| would| will| is going to)',
  'hate crime', 'hate incident', 'țigan*', 'tigan*', 'my ex', 'sanctuary scheme', 'not allowed to leave', 're:owe (?:them|him|her) money', 're:scared of (?:my|the|him|her|them|what)',
  're:(?:threw|thrown|throwing|throws) [^.!?\\n]{0,30}(?:at|down on|on) (?:them|him|her|us|me|the children|the kids|children|kids|my)', 're:ask(?:ed|ing|s)? (?:for )?her (?:number|age)', 'boyfriend',
  're:(?:points?|pointing|looks?|looking) (?:straight |right )?into (?:my|her|his|our|the) (?:\\w+\'?s? )?(?:bedroom|bathroom|window)', 'jumped at', 'jumped up at', 'bit my', 'bitten', 'dog bite', 'îi sparg', 'ii sparg', 'aproape au lovit', 're:go back to (?:your|my|his|her|their) (?:own )?country', 'back to where you came from', 'slash*', 're:(?:i was|i\'?m|left me|still) shaking', 'racist', 'racial*', 'homophob*', 'transphob*', 'islamophob*', 'antisemit*', 're:\\b[a-z]\\*{2,}|\\b[a-z]\\*+[a-z]', 'pig\'s head', 'put down',
  'broke in', 'break in', 'break-in', 'broken into', 'burglar*', 'strangers', 're:(?:can\'?t|cannot|won\'?t|doesn\'?t|does not|not|hasn\'?t|isn\'?t) (?:be )?lock(?:ed|ing)?\\b', 're:lock(?:ed)? (?:herself|himself|themselves) in',
  're:knew (?:straight away |immediately |right away )?it was me', 'knows it was me', 're:read (?:out )?my (?:asb |case )?(?:case |details)', 'out loud',
  'grozi*', 'groźb*', 'grozb*', 'nóż', 'noz', 'bije', 'przemoc*', 'boję się', 'boje sie', 'amenin*', 'cuțit', 'cutit', 'mi-e frică', 'mi-e frica', 'frică',
  'bygwth*', 'ofn', 'hanjabaad*', 'handad*', 'mindi', 'হুমকি', 'ছুরি', 'মারধর', 'يهدد', 'تهديد', 'هددني', 'سكين', 'عنف', 'خائف', 'خايف', 'دھمکی', 'دھمکیاں', 'چاقو', 'تشدد', 'ڈر لگ',
    'نكسر راس', 'بنكسر', 'بكسر راس', 'كسر راسك', 'بقتلك', 'رح اقتلك', 'بذبحك', 'مرعوب', 'مرعوبة', 'ضربني', 'ضربها', 'ضربوا', 'zabiję', 'zabije cie', 'pobiję', 'pobije', 'pobił', 'pobil', 'przestraszon*', 'uderzył', 'uderzyl', 'te omor', 'vă omor', 'va omor', 'mi-e teamă', 'mi-e teama', 'speriat*', 'm-a lovit', 'a lovit', 'ofnus', 'dychryn*', 'wedi taro', 'bygythiol', 'dhamki', 'maar dunga', 'maar denge', 'ڈرتی', 'ڈرتا', 'khauf', 'خوف', 'مارا', 'مارتا', 'ভয় পাচ্ছি', 'ভয় লাগে', 'ভয়ে', 'মেরে ফেলবে', 'মারবে', 'মেরেছে', 'neidio ar', 'rzucił się na', 'rzucil sie na', 'a sărit pe', 'a sarit pe', 'هجم على', 'কামড়', 'cabsi', 'waan baqayaa', 'dili doonaa', 'i garaacay', 'garaac*',
  'screams at', 'screaming at', 're:(?:heard|hear|hearing) (?:a )?(?:big |loud |massive )?(?:bang|thud|crash|smash)[^.!?\\n]{0,40}(?:crying|screams?|screaming|shouting)',
  '7ijara', '7adafo', 'حجارة', 'حجار', 'رموا', 're:(?:lock|door)[^.!?\\n]{0,20}(?:doesn\'?t|doesnt|won\'?t|wont|does not|will not) (?:catch|secure|latch)', 're:wedg(?:e|es|ing|ed) (?:a |the )?chair',
  // Coercive control and abuse heard through a wall, said without a word for either.
  're:(?:checks|checking|goes through|going through|went through|reads|looks through) my (?:phone|post|letters|messages|texts|emails|bank)', 'lets himself in', 'lets herself in', 'coercive', 're:controlling (?:partner|husband|wife|boyfriend|girlfriend|ex|relationship|behaviour)',
  're:(?:saying|screaming|shouting|crying|begging|pleading)[^.!?\\n]{0,20}(?:please )?stop', 're:(?:never|hasn\'?t|has not|not) (?:been )?(?:goes |go |gone |seen )?out without (?:him|her)',
  're:(?:please )?(?:don\'?t|do not) (?:say|tell (?:him|her|them)) (?:it was|that it was|it\'?s) me',
  // Hate: the symbol or the words daubed on a home, and anything pushed through a letterbox to harm or frighten.
  'swastika*', 're:(?:wrote|written|sprayed|painted|scrawled|daubed)[^.!?\\n]{0,20}go home',
  're:letter ?box[^.!?\\n]{0,60}(?:\\blit\\b|burning|fire|firework|lighter|petrol|dog mess|dog poo|excrement|faeces)', 're:(?:\\blit\\b|burning|firework|lighter|petrol|dog mess|dog poo|excrement|faeces)[^.!?\\n]{0,60}letter ?box',
]);

const PERSON_AT_RISK = lexicon([
  'safeguard*', 'neglect*', 'left alone', 're:worried about (?:him|her|them|the (?:child|kids?|baby))', 're:child(?:ren)? (?:at risk|in danger)',
  're:(?:hasn\'?t|has not|not) been seen', 'post piling up', 'needles', 'syringes', 'vulnerable adult', 'exploit*', 'cuckoo*', 'grooming',
  're:carers? (?:can\'?t|cannot|couldn\'?t) get in', 'knocked over', 'trapped', 'stuck in', 'worried for', 'concerned for', 'fear for',
  're:(?:give|giving|gave|take|taking|took|asking for|borrow\\w*) (?:them |him |her )?(?:his |her |their )?money', 'scam*', 'financial abuse', 'coming and going', 'young girls', 'girls staying',
  're:(?:not|can\'?t|cannot|won\'?t) (?:be )?(?:going |go )?back (?:there|home|to (?:the|my|that) (?:flat|house))', 'not going back there', 'fled', 'fleeing', 'refuge',
  'pull cord', 'pull-cord', 'pendant alarm', 'careline', 'lifeline', 'stairlift', 'stair lift', 'through-floor lift', 'through floor lift', 'hoist', 'commode',
  're:(?:onto|into|out on(?:to)?) (?:the|a|a busy|the main) (?:road|street)', 'nearly hit', 'nearly got hit', 'nearly ran over', 're:onto (?:\\w+ ){0,2}(?:road|street|avenue|lane)', 'busy road', 're:(?:a |big |sheer |steep )?drop (?:onto|into|down|to)',
  'wander*', 're:(?:doesn\'?t|does not|didn\'?t) know where (?:he|she) (?:is|was)', 'got lost', 'out in the night',
  'leaning towards', 're:(?:come|came|coming|fall|falls|crash\\w*) (?:down )?(?:through|onto|on) (?:my|the|our) (?:bedroom|roof|window|house|home|car)', 'storm damage',
  're:(?:drugs?|dealing|selling)[^.]{0,30}(?:kids|children|child|teenagers|minors|school)',
    're:(?:kids|children|child) (?:are |were )?(?:left )?(?:home )?(?:alone|on their own)', 're:cry(?:ing)? (?:on their own|alone)', 'same w domu', 'zostawia dzieci', 'płaczą same', 'placza same', 're:nie (?:widziałem|widziałam|widzialem|widzialam) (?:jej|go|ich)', 'nie wychodzi od', 'copiii singuri', 'copiii sunt singuri', 'lasă copiii', 'lasa copiii', 're:n-?am mai v[aă]zut', 'nu am mai văzut', 'nu am mai vazut', 'plant ar eu pennau eu hunain', 'ar ben eu hunain', 'heb weld', 're:ddim wedi (?:ei )?gweld', 'الأطفال لوحدهم', 'الاولاد لحالهم', 'لحالهم', 'ما شفته من', 'ما شفتها من', 'ما حدا شافه', 'ما حدا شافها', 'bachay akele', 'بچے اکیلے', 'nazar nahi aaye', 'نظر نہیں آ', 'دیکھا نہیں', 'বাচ্চারা একা', 'দেখিনি', 'দেখা যায়নি', 'carruurta keligood', 'ayaan arkin', 'lama arkin', 'ka baqayaa inay',
  're:(?:someone|somebody|some1) (?:needs? to|should|must|has to) (?:go|pop|check|look in|call) (?:round|on|in)',
  // A home taken over by others (cuckooing) and someone not coping, said as what was seen.
  're:(?:wouldn\'?t|won\'?t|didn\'?t|don\'?t|will not|would not) let (?:him|her|them) (?:back )?in\\b', 're:(?:use|using|used|taken over|took over|take over) (?:his|her|their) (?:flat|house|home|place)',
  're:(?:sleeps?|sleeping|slept) (?:in|on) (?:the )?(?:hall|hallway|stairs|landing|corridor)', 're:can\'?t say no to (?:them|him|her)', 're:moved in (?:with|on) (?:him|her)',
  'doarme pe hol', 's-au mutat la el', 's-au mutat la ea', 'nu poate să le spună nu', 'nu poate sa le spuna nu',
  're:look in on (?:him|her|them|my|mum|dad|nan)', 're:(?:fridge|cupboards?) (?:was |were |is |are )?(?:completely |totally )?(?:empty|bare)', 'same clothes',
  'nodwydd*', 'igły', 'igly', 'ace de seringă', 'ace de seringa', 'إبر', 'ابر',
]);

const SELF_HARM = lexicon([
  'suicid*', 'kill myself', 'end it all', 'end my life', 'self harm*', 'selfharm*', 'hurt myself', 'overdose',
  're:don\'?t want to (?:be here|live|go on)', 're:can\'?t (?:go on|cope|take (?:it|this|any ?more))', 'no point living', 'take my own life',
  'better off dead', 'dark thoughts', 'better off without me', 're:can\'?t do (?:this|it) any ?more', 'crisis team', 'mental health crisis', 'to-mi fac rau', 'să-mi fac rău', 'sa-mi fac rau', 'ينهي حياته', 'ينهي حياتي', 're:feeling (?:really |very |so )?(?:low|hopeless|desperate)', 'no way out', 'give up on life', 'depress*', 'nervous breakdown', 'mental breakdown', 'samobój*', 'samoboj*', 'sinucid*', 'انتحار', 'خودکشی', 'lladd fy hun',
    'make it through the', 'make it thru the', 're:(?:wasn\'?t|wasnt|not) sure (?:i\'?d|id|i would|if i\'?d) (?:make it|be here|still be here)', 're:(?:wouldn\'?t|wouldnt|would not|won\'?t|wont|will not) (?:still )?be here', 're:whether i live or (?:die|not)', 'had enough of life', 're:(?:can\'?t|cant|cannot) carry on', 'want to disappear', 'ending it all', 'end everything', 'methu cario mlaen', 'methu cario ymlaen', 're:gallu cario (?:y)?mlaen', 'dim pwynt byw', 'isio marw', 'eisiau marw', 'moyn marw', 'ddim isio byw', 'ddim eisiau byw', 'methu ymdopi', 'niweidio fy hun', 'brifo fy hun', 're:nie (?:daj[eę]|dam) (?:już |juz )?rady', 'nie chcę żyć', 'nie chce zyc', 'nie chcę już żyć', 'skończyć ze sobą', 'skonczyc ze soba', 'odebrać sobie życie', 'odebrac sobie zycie', 're:nie widze sensu(?! (?:w|we) (?:tym|tej|tych|tego|takim|takiej|dzwonieniu|pisaniu|formularz))', 'mam dość życia', 'mam dosc zycia', 'zrobić sobie krzywdę', 'zrobic sobie krzywde', 're:nie wiem,? czy (?:byłbym|byłabym|bylbym|bylabym) tu', 'nie byłoby mnie', 'nie byloby mnie', 'nu mai pot', 'nu mai rezist', 'nu mai vreau să trăiesc', 'nu mai vreau sa traiesc', 'să termin cu tot', 'sa termin cu tot', 'să mă sinucid', 'sa ma sinucid', 'să-mi iau viața', 'sa-mi iau viata', 'nu mai are rost', 'ما بدي عيش', 'ما بدي اعيش', 'ما بدي أصحى', 'ما بدي اصحى', 'بدي موت', 'أريد أن أموت', 'اريد ان اموت', 'أنهي حياتي', 'انهي حياتي', 'تعبت من الحياة', 'ما عاد فيني', 'ما عدت أتحمل', 'ما عاد اتحمل', 'أؤذي نفسي', 'اذي نفسي', 'أقتل نفسي', 'اقتل نفسي', 'marna chahta', 'marna chahti', 'mar jaun', 'mar jaoon', 'zindagi se tang', 'jeena nahi', 'جینا نہیں', 'مرنا چاہ', 'مر جاؤں', 'خود کو نقصان', 'khud ko nuqsan', 'rahun ya na rahun', 'رہوں یا نہ رہوں', 'زندگی سے تنگ', 'khudkushi', 'মরে যেতে', 'নিজেকে শেষ', 'আর পারছি না', 'বেঁচে থেকে লাভ', 'more jete chai', 'ar parchi na', 'bachte chai na', 'is dilo', 'isdil*', 'ma rabo inaan noolaado', 'nolosha ka daalay', 'naftayda dilo',
  're:(?:what\'?s|whats|what is) the point (?:of (?:me|my|living|life|being here|going on|carrying on)|in (?:me|living|anything))', 're:(?:don\'?t|dont|do not|can\'?t|cant|cannot) see the point(?! (?:of|in) (?:complaining|reporting|ringing|calling|phoning|emailing|asking|chasing|contacting|writing|you|this|telling))', 're:(?:can\'?t|cant|cannot) keep (?:doing this|going on|going like this|living like this)', 'not waking up', 'never wake up', 're:(?:didn\'?t|didnt|did not) think (?:i\'?d|id|i would|i\'?d) (?:still )?be here', 're:(?:the )?point of me (?:even )?being here', 'sab khatam', 'ab aur nahi hota', 'aur nahi hota', 'سب ختم', 'اور نہیں ہوتا', 'زندہ رہنے', 'bachar ichha nei', 'বাঁচার ইচ্ছা নেই',
  're:(?:can\'?t|cant|cannot|don\'?t think i can) keep going', 're:(?:so |really |just )?tired of (?:it all|all of it|everything|living)',
  're:(?:stopped|stop|started not|wasn\'?t|was not|not) seeing the point', 're:(?:got|gotten|get|getting|been|was|in|into) (?:myself )?(?:into )?(?:a |such a |a really |a very )?(?:bad|dark) place',
  'لا فائدة من أن أستيقظ', 'لا فائدة من الحياة', 'لا فائدة من العيش', 're:nu mai (?:vad|vedeam|vazusem|gasesc|gaseam) (?:niciun |nici un )?rost', 'la capătul puterilor', 'la capatul puterilor',
  're:(?:not|n\'?t) (?:right|good|well|ok|okay) (?:yet )?in myself', 're:what\'?s the point (?:any ?more|of (?:it all|anything))', 're:(?:nobody|no one|no-one) would (?:even )?(?:notice|care) if i', 're:if i (?:wasn\'?t|weren\'?t|was not) (?:here|around)',
  're:(?:not|n\'?t) (?:been )?(?:in )?a good place', 're:why i(?:\'?d| would)? (?:even )?bother (?:with (?:any of it|anything|it all|life)|getting up|waking up)', 're:(?:bother|point (?:of|in)) (?:getting|waking) up',
  'الفائدة من الاستيقاظ', 'مكان مظلم', 'لم أعد أرى أي معنى', 'ما في فايدة من أي شي', 'لست بخير بعد', 'ما عاد عندي طاقة',
  're:(?:intr-un|intr un|intrun) loc (?:foarte )?intunecat', 're:nu mai (?:vad|vedeam) de ce', 'încă nu sunt bine',
  're:w (?:bardzo |takim |naprawd[eę] )?z[lł]ym miejscu', 're:nie widzia[lł](?:em|am) sensu', 'po co to wszystko', 'nic mi się nie chce',
  'lle tywyll', 're:(?:ddim yn|dim yn|methu) gweld (?:y |unrhyw )?pwynt', 're:pwynt i unrhyw beth', 're:(?:dwi|dw i|rydw i|wi) (?:dal )?ddim yn iawn',
  ...NOT_BEING_HERE, 're:burden (?:to|on) (?:everyone|anyone|everybody|my family)',
  'أفضل بدوني', 'افضل بدوني', 'ما عاد في شي يستاهل',
]);

// Someone already hurt or made ill: whatever the cause, that is a health-and-safety matter.
const HARM = lexicon([
  'injur*', 're:(?:is|was|were|started|kept|keeps|still) bleeding', 'blood', 'bruis*', 're:knocked (?:her|him|me|my|them) (?:flat|over|down)', 'stroke', 'heart attack', 'seizure', 'collapsed', 'epipen', 'scald*', 'burnt', 'burned', 'a&e', 'a and e', 'ambulance', 'hospital*', 'dizzy', 'headache*', 'nause*', 'vomit*',
  'been sick', 'passed out', 'fainted', 'unconscious', 'legionella', 'poison*', 'fumes', 'toxic', 'brown water', 'discoloured water',
  're:(?:closed|shut|slammed|trapped) on (?:my|her|his|their)', 'broke (?:my|her|his) (?:arm|leg|wrist|ankle|hip)', 'broken (?:arm|leg|wrist|ankle|hip)',
  'szpital*', 'oparzen*', 'spital*', 'ranit*', 'ysbyty', 'isbitaal*', 'dhaawac*', 'হাসপাতাল', 'আহত', 'مستشفى', 'إسعاف', 'ہسپتال', 'زخمی',
  ...HEADACHE,
  'pen tost',
]);

const DANGER_WORDS = lexicon([
  'oil tank leaking', 'oil leak', 're:oil (?:tank )?(?:is )?leaking', 'freezes', 're:ice on (?:the )?(?:path|steps|stairs)', 'frozen path',
  're:sharp (?:metal|edges?|glass|nails?)', 'nails sticking', 'sticking up', 'danger*', 'unsafe', 're:(?:not|don\'?t|doesn\'?t|never|no longer) (?:feel )?safe', 'hazard*', 'life threatening', 'emergency', 'health hazard',
  'niebezpiecz*', 'periculos*', 'pericol*', 'peryglus', 'perygl', 'khatar*', 'বিপদ', 'বিপজ্জনক', 'خطر', 'خطير', 'خطرناک',
    're:(?:fall|falls|fallen|come down|coming down|collapse\\w*) (?:on|onto) (?:us|me|my|the kids|the children|someone)', 'să cadă pe noi', 'sa cada pe noi', 'spadnie na', 'runie', 'cwympo ar ein pennau', 'يوقع علينا', 'ينهار', 'گر جائے', 'ভেঙে পড়বে',
  're:branch(?:es)?[^.!?\\n]{0,60}(?:hanging|snapped|split|cracked|loose|about to (?:fall|come)|could (?:fall|come))', 're:(?:slates?|tiles?|guttering|masonry|bricks?|chimney(?: stack)?|coping stones?|fascia)[^!?\\n]{0,90}(?:hanging|loose|leaning|came down|come down|coming down|fell|fallen|falling)', 're:ceiling[^.!?\\n]{0,90}(?:bowed|bowing|sagging|bulging|dropped|gone soft|soft when|soft if|spongy|squishy|swollen)', 're:tavan\\w*[^.!?\\n]{0,40}(?:umflat|moale|lasat|sa cada)', 're:sufit\\w*[^.!?\\n]{0,60}(?:miekk|wybrzusz|ugina|zarwie|spadnie)',
  're:(?:picura|curge|apa)[^.!?\\n]{0,50}(?:becul|bec\\b|lustr|priz)', 're:(?:dwr|diferu|gollwng)[^.!?\\n]{0,50}(?:golau|bwlb|soced)', 'trip hazard', 'camping stove', 'camp stove', 'camping gas', 'gas canister*', 'calor gas', 'nearly went down', 'nearly fell', 'nearly slipped', 'nearly tripped', 're:(?:foot|feet|legs?) (?:went|gone|slid) (?:from )?(?:under|underneath|from under)', 're:(?:can\'?t|cant|cannot|couldn\'?t) get (?:my |his |her |their )?(?:mobility scooter|mobilty scooter|wheelchair|scooter|walker|zimmer)','re:(?:right )?across (?:the )?(?:top of the |bottom of the )?(?:stairs|landing|stairwell)', 're:(?:leads?|cables?|wires?|extension)[^.!?\\n]{0,60}(?:across|over|along) (?:the )?(?:top of the )?(?:stairs|landing|path|walkway|corridor|floor)', 're:(?:rats?|mice|mouse|cockroach\\w*|droppings)[^.!?\\n]{0,40}(?:cooker|kitchen|food|worktops?|cupboards?|cot|bed)',
  're:(?:السقف|سقف)[^.!?\\n]{0,40}(?:منفوخ|منتفخ|طري|نازل|هبط|بيوقع|راح يوقع)',
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
const BROKEN_GLASS = lexicon(['re:window\'?s? (?:is |was |been )?(?:smashed|shattered)', 'shards', 'broken glass', 're:glass[^.]{0,30}(?:smashed|shattered|broken|cracked)', 're:(?:smashed|shattered) (?:glass|window|pane)']);
const PESTS = lexicon(['wasp*', 'hornet*', 'bees', 'rat', 'rats', 'mice', 'mouse', 'cockroach*', 'bed bugs', 'bedbugs', 'infest*', 'vermin', 'szczur*', 'myszy', 'șobolan*', 'sobolan*', 'فئران', 'جرذ', 'چوہ', 'chuhe', 'chuha', 'chooha', 'کاکروچ', 'cockroach', 'karaluch*', 'prusak*', 'gândaci', 'gandaci', 'llygod', 'llygoden', 'صراصير', 'صرصور', 'ইঁদুর', 'তেলাপোকা', 'jiir', 'baranbaro']);

const SMOKE_OR_FUMES = lexicon(['coughed', 'without a mask', 'smoked in', 'smoking in', 'cigarette smoke', 'smoke from', 'dust', 'fumes', 'paint smell', 'chemical*']);
const STAIRS = lexicon(['stairs', 'flights', 'steps', 'steep', 'schody', 'schodach', 'scări', 'scari', 'scările', 'grisiau', 'الدرج', 'السلالم', 'سیڑھی', 'سیڑھیاں', 'seedhi', 'সিঁড়ি', 'jaranjar*']);
// No light on stairs and landings: a fall waiting to happen (HHSRS falls on stairs).
const DARK_STAIRS = lexicon([
  're:(?:light|lights|bulb)s? (?:on|in|for) (?:the |our |my )?(?:communal )?(?:stairs|landing|stairwell|steps)',
  're:(?:pitch black|pitch dark|dark|no light\\w*|lights? (?:out|not working|broken|gone))[^.!?\\n]{0,60}(?:stairs|landing|stairwell|steps|corridor)',
  're:(?:stairs|landing|stairwell|steps|corridor)[^.!?\\n]{0,60}(?:pitch black|pitch dark|in the dark|dark|no light|(?:light|lights|bulb)s?\\b[^.!?\\n]{0,40}\\b(?:out|not working|broken|gone|off))',
]);
// Things left in corridors and stairwells block the way out in a fire; smoking there starts one.
const ESCAPE_BLOCKED = lexicon([
  're:(?:smok\\w*|sigaar\\w*)[^.!?\\n]{0,40}(?:stairs|stairwell|landing|jaranjar)', 're:(?:stairs|stairwell|landing|jaranjar\\w*)[^.!?\\n]{0,40}(?:smok\\w*|sigaar)',
  're:(?:hallway|corridor|landing|stairs|stairwell|escape route|exit)[^.!?\\n]{0,60}(?:blocked|obstruct\\w*|full of|cluttered)',
  're:(?:bikes?|prams?|bags|rubbish|mobility scooters?|furniture|boxes)[^.!?\\n]{0,60}(?:communal )?(?:hallway|corridor|landing|stairwell)',
  're:(?:blocking|blocks|blocked) (?:the )?(?:stairs|hallway|corridor|fire exit|exit|escape)',
]);

const LIFT_OUT = lexicon(['lift', 'lifts', 'elevator', 'winda', 'windy', 'liftul', 'ascensor*', 'المصعد', 'مصعد', 'لفٹ']);
const CANNOT_GET_OUT = lexicon(['re:(?:haven\'?t|hasn\'?t|can\'?t|cannot) (?:been |get )?(?:out|down|up)', 'stuck', 'trapped', 'housebound']);

// A threat made by the person writing (to staff, the office or anyone) is a safeguarding matter
// for the people threatened, however it is meant.
const WRITER_THREAT = lexicon([
  're:(?:i\'?ll|i will|ill|im going to|i am going to|i\'?m going to|i\'?m gonna|im gonna|gonna|i swear|or else i|before i)[^.!?\\n]{0,50}(?:smash|wreck|trash|torch|burn|kill|hurt|batter|punch|strangle|stab|sort (?:you|them|him|her|someone)|kick (?:off|the door|your|off)|lose it|lose my temper|do something|take (?:it|matters|things) into|come (?:down|round|in|to)[^.!?\\n]{0,30}(?:office|there|your))',
  'smash up', 'smash the place', 'smash your', 'smash the office', 'trash your', 'take matters into my own hands', 're:(?:not|won\'?t|wont) be responsible for (?:my actions|what i do|what happens)',
  'responsible for my actions', 're:some(?:one|body) (?:is going to|will|gonna) get hurt', 'do something stupid', 'do something i regret', 're:you(?:\'?ve| have)? been warned',
  'watch your back', 'find out where you live', 'come to your office', 'come down to your office', 'come down there', 'kick off',
  'malu', 'rozwalę', 'rozwale', 'pożałujecie', 'pozalujecie', 'va sparg', 'vă sparg', 'o sa va para rau', 'سأكسر', 'ساكسر', 'سأحطم', 'ساحطم', 'سأقتل', 'توڑ دوں', 'مار دوں', 'জবাব দেব', 'ভেঙে ফেলব', 'মেরে ফেলব',
  're:if (?:he|she|they) (?:shows?|show) (?:his|her|their) face', 're:(?:going|go) down (?:the|them) stairs (?:quicker|faster|head first)',
]);

// Police, ambulance, fire service or a welfare check at the door: someone is, or was feared to be, at risk.
const EMERGENCY_SERVICES = lexicon([
  'police', 'policeman', 'policewoman', 'cops', 'paramedic*', 'ambulance*', '999', 're:(?:called|rang|ring|call|phoned) 101', 'fire brigade', 'firefighter*',
  'fire service', 'fire engine', 'emergency services', 'heddlu', 'ambiwlans', 'policj*', 'policja', 'pogotowi*', 'karetk*', 'straż pożarn*', 'straz pozarn*',
  'politia', 'politiei', 'politie', 'politist*', 'ambulanta', 'ambulantei', 'salvarea', 'pompier*', 'الشرطة', 'شرطة', 'الإسعاف', 'الاسعاف', 'إسعاف',
  'پولیس', 'ایمبولینس', 'booliska', 'booliis*', 'bilays', 'ambalaas*', 'পুলিশ', 'অ্যাম্বুলেন্স',
]);
const WELFARE_CHECK = lexicon([
  'welfare check*', 'welfare visit', 'concern for welfare', 'concern for his welfare', 'concern for her welfare', 'check on his welfare', 'check on her welfare',
  're:check(?:ed|ing|s)? (?:up )?on (?:him|her|them|me|my|mum|dad|nan|the lady|the man|the old)', 'forced entry', 'forced their way in',
  're:(?:forced|broke|broken|kicked|smashed|bashed|battered) (?:open |down |in )?(?:the |his |her |my |their |our )?(?:front |back )?door(?: down| in| open)?',
  're:(?:hasn\'?t|has not|haven\'?t|have not|not|isn\'?t|is not) (?:been )?answer(?:ing|ed) (?:the |his |her |their |my )?(?:door|phone|calls)', 're:curtains (?:are |have been |been |still )*(?:shut|closed|drawn)', 're:milk (?:still |left )?on (?:the )?(?:door)?step', 're:no answer(?:ing)? (?:at (?:the|his|her) door|for (?:\\d+|two|three|four|five|several|a few) days|\\d+ days)', 're:maalmood ma arkin', 'albaabka ma furayo', 'telefoonka ma qabanayo',
  're:(?:found|lying|collapsed|fallen) (?:him |her |them )?on the floor', 'not heard from him', 'not heard from her', 'gwirio lles', 'sprawdzić co u', 'sprawdzic co u',
  'للاطمئنان', 'خیریت',
]);

// Wind and rain getting into a home: a hazard in itself (HHSRS damp and cold, and the damage).
const WEATHER_IN = lexicon([
  're:(?:wind|rain|snow|weather|elements)[^.!?\\n]{0,40}(?:coming|comes|come|came|gets|getting|blowing|blows|blew|pours?|pouring|let(?:s|ting)?|straight|howl\\w*|whistl\\w*) (?:in|through|under|into)',
  're:(?:lets?|letting|let) (?:in )?(?:the )?(?:wind|rain|weather|elements)', 'wind and rain coming in',
]);
// Cold and draughts; dangerous for an older or ill person, and for children.
const EXPOSURE = lexicon([
  're:(?:cold|draughts?|drafts?|freezing air)[^.!?\\n]{0,40}(?:coming|comes|come|came|gets|getting|blowing|blows|blew|let(?:s|ting)?|straight) (?:in|through|under|into)',
  're:(?:lets?|letting|let) (?:in )?(?:the )?(?:cold|draught|draft)', 'draught*', 're:(?:in|wearing) (?:my|her|his|their|our) coats?', 'heatwave', 'overheating', 're:over [3-4]\\d degrees', 'drafty', 'drafts', 'freezing', 'bitterly cold', 'so cold', 'very cold', 'too cold',
  're:(?:front |back )?(?:door|window)s?[^.!?\\n]{0,30}(?:won\'?t|wont|doesn\'?t|doesnt|can\'?t|cant|cannot|will not|does not|not|hasn\'?t|has not|isn\'?t) (?:\\w+ )?(?:shut|close|closed|lock|locked|shutting|closing)',
  're:gaps? (?:around|under|in|round) the (?:door|window|frame)', 'boarded up', 'no glass', 'exposed to', 'soaked through',
  'gwynt', 'glaw', 'oer', 'oerfel', 'drafft', 'wiatr', 'deszcz', 'zimno', 'przeciąg*', 'przeciag*', 'vânt', 'vant', 'ploaie', 'ploua', 'frig', 'e frig',
  'رياح', 'الرياح', 'الريح', 'المطر', 'مطر', 'البرد', 'بارد', 'بارش', 'سردی', 'ٹھنڈ', 'ہوا اندر', 'dabayl', 'roob', 'qabow', 'বাতাস', 'বৃষ্টি', 'ঠান্ডা',
]);
// A parent of the (adult) writer is often older; for exposure and being alone that is enough to lean to safety.
const PARENT = lexicon([
  're:(?:my|our) (?:mum|mom|mam|mother|dad|father|parents?|nan|gran|grandma|grandad)', 're:(?:mum|mom|dad|nan|gran|grandad)\'?s\\b', 'fy nhad', 'fy mam', 'nhad', 'tad', 'mam-gu', 'tad-cu', 'nain', 'taid',
  'mój tata', 'moj tata', 'moja mama', 'mój ojciec', 'moj ojciec', 'moja matka', 'tatăl meu', 'tatal meu', 'mama mea', 'tata meu',
  'والدي', 'أبي', 'ابي', 'والدتي', 'أمي', 'امي', 'والد', 'والدہ', 'ابو', 'امی', 'aabe', 'aabbe', 'aabahay', 'hooyo', 'hooyadey', 'hooyaday', 'আমার বাবা', 'আমার মা', 'আব্বা', 'আম্মা',
]);

// Someone alone who cannot cope, has fallen or is unwell.
const ALONE = lexicon([
  'lives alone', 'living alone', 'live alone', 'lives on his own', 'lives on her own', 'live on my own', 'on his own', 'on her own', 'by himself', 'by herself', 'all alone',
  'on my own', 'alone', 'isolated', 'no one to help', 'nobody to help', 'no family', 'no support',
  'ar ei ben ei hun', 'ar ei phen ei hun', 'ar fy mhen fy hun', 'unig', 'mieszka sam', 'mieszka sama', 'samotn*', 'singur', 'singura', 'singură',
  'وحيد', 'وحيدة', 'وحده', 'وحدها', 'بمفرده', 'بمفردها', 'لوحده', 'لوحدها', 'اکیلا', 'اکیلی', 'اکیلے', 'تنہا', 'keligiis', 'keligeed', 'kaligiis', 'kaligeed', 'একা থাকেন', 'একা থাকে',
]);
const NOT_COPING = lexicon([
  'not coping', 'struggling', 're:can\'?t (?:manage|cope|get up|move|walk|see)', 'confused', 'fall', 'fallen', 'fell', 'falls', 'worried', 'unwell', 'poorly', 'frightened', 'scared',
  'at risk', 'in danger', 'nobody checks', 'no one checks',
]);

// Anything wrong in the home of someone vulnerable (a baby or child, pregnancy, an older, ill or
// disabled person) is screened for safety: the corpus's labellers and the Ombudsman's spotlight
// reports both treat the household, not the defect, as what makes it a risk.
const ANY_PROBLEM = [CONCEPTS.repair, CONCEPTS.nuisance, CONCEPTS.dissatisfied, CONCEPTS.missed_appointment, CONCEPTS.landlord_failure, CONCEPTS.delay, CONCEPTS.small_slip, CONCEPTS.chasing];

/** Whether the text describes danger to someone, by any of the rules above. */
export function raisesSafety(normalised: string): boolean {
  const cues = severityCues(normalised);
  const vulnerable = cues.length > 0;
  const mentions = (h: keyof typeof HAZARD_RULES): boolean => hazardMention(h, normalised) !== undefined;
  const urgent = (h: keyof typeof HAZARD_RULES): boolean => HAZARD_RULES[h].emergency.test(normalised);

  if (HARM.test(normalised) || THREAT_OR_VIOLENCE.test(normalised) || PERSON_AT_RISK.test(normalised) || SELF_HARM.test(normalised)) return true;
  if (DANGER_WORDS.test(normalised) || WRITER_THREAT.test(normalised) || EMERGENCY_SERVICES.test(normalised) || WELFARE_CHECK.test(normalised)) return true;
  const atRiskPerson = vulnerable || PARENT.test(normalised);
  if (WEATHER_IN.test(normalised) || (EXPOSURE.test(normalised) && atRiskPerson)) return true;
  if (SMOKE_OR_FUMES.test(normalised) && (cues.includes('health_condition') || cues.includes('baby_or_child') || cues.includes('pregnancy'))) return true;
  if (STAIRS.test(normalised) && (cues.includes('older_person') || cues.includes('disability'))) return true;
  if (ALONE.test(normalised) && (atRiskPerson || NOT_COPING.test(normalised))) return true;
  if (['gas', 'fire_safety', 'structural', 'falls', 'sanitation', 'asbestos'].some((h) => mentions(h as keyof typeof HAZARD_RULES))) return true;
  if (mentions('electrical') && urgent('electrical')) return true;
  if (mentions('leak') && urgent('leak')) return true;
  // Damp and mould affecting health, or severe enough that it soon will (Awaab's Law phase 1).
  if (mentions('damp_mould') && (vulnerable || SEVERE_EXTENT.test(normalised))) return true;
  // Heating or hot water trouble in a vulnerable household can be an emergency hazard (Awaab's Law).
  if (mentions('heating') && vulnerable) return true;
  if (BROKEN_GLASS.test(normalised) || ESCAPE_BLOCKED.test(normalised) || DARK_STAIRS.test(normalised)) return true;
  if ((NO_BASIC_AMENITY.test(normalised) || PESTS.test(normalised)) && vulnerable) return true;
  if (LIFT_OUT.test(normalised) && (cues.includes('disability') || cues.includes('older_person') || CANNOT_GET_OUT.test(normalised))) return true;
  if (vulnerable && ANY_PROBLEM.some((concept) => concept.test(normalised))) return true;
  return false;
}
