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
    'atgyweirio', 'ddim yn gweithio', 'rheiddiadur*', 'cawod', 'toiled', 'lifft', 'gwter', 'cafn', 'golau', 'ffens', 'clo', 'wedi cracio', 'nie działa', 'nie dziala', 'zepsuł*', 'zepsul*', 'popsuł*', 'winda', 'nu merge', 's-a stricat', 'liftul', 'țeavă', 'teava', 'ما بيشتغل', 'ما يشتغل', 'معطل', 'المصعد', 'کام نہیں کر', 'kaam nahi kar', 'خراب ہے', 'মেরামত', 'ঠিক করা', 'ঠিক করতে', 'ঠিক করার', 'নষ্ট', 'ভাঙা', 'ভেঙে', 'লিক', 'বয়লার', 'জানালা', 'দরজা', 'টয়লেট', 'দেয়াল', 'রেলিং', 'লিফট', 'কাজ করছে না', 'কাজ করে না', 'dayactir*', 'hagaaji*', 'jaban', 'ma shaqeynayo', 'ma shaqeeyo', 'daadi*', 'albaab*', 'daaqad*', 'musqul*', 'tuubo*',
    'toota', 'tuta', 'toot gaya', 'toot gayi', 'kharab', 'kharab hai', 'theek karna', 'theek kar', 'marammat', 'tapak', 'chhat', 'darwaza', 'khirki', 'maksour', 'maksoura', 'kharban', '3atlan', 'mu3attal', 'bitsarrib', 'tasrib', 'nosto', 'noshto', 'bhanga', 'bhenge', 'thik kora', 'thik korte', 'kaj korche na', 'lik',
  ]),
  request: lexicon([
    'can someone', 'could someone', 'can you', 'could you', 'please', 'pls', 'plz', 'send someone', 'arrange', 'book', 'need someone', 'i need',
    'i would like', "i'd like", 'request', 'would it be possible', 'is it possible', 'asap',
    'os gwelwch yn dda', 'allwch chi', 'anfon rhywun', 'proszę', 'prosze', 'czy ktoś', 'czy ktos', 'czy może', 'vă rog', 'va rog', 'puteți', 'puteti',
    'trimite', 'ممكن', 'أرجو', 'ارجو', 'الرجاء', 'يرجى', 'من فضلك', 'براہ کرم', 'مہربانی', 'بھیج', 'بھیجیں',
    'plis', 'plîs', 'allai rhywun', 'allech chi', 'allwch chi', 'ga i', 'trefnu', 'angen rhywun', 'hoffwn', 'os oes modd', 'czy można', 'czy mozna', 'potrzebuję', 'potrzebuje', 'umówić', 'umowic', 'przysłać', 'przyslac', 'aș dori', 'as dori', 'aș vrea', 'as vrea', 'trimiteți', 'trimiteti', 'لو سمحت', 'بدي', 'أريد', 'اريد', 'أحتاج', 'احتاج', 'ابعتوا', 'ارسلوا', 'پلیز', 'مہربانی کر', 'بھیج دیں', 'bhej dein', 'chahiye', 'چاہیے', 'দয়া করে', 'অনুগ্রহ করে', 'প্লিজ', 'পাঠান', 'পাঠাবেন', 'করে দিন', 'পারবেন', 'fadlan', 'ii soo dir*', 'soo dira', 'waxaan rabaa', 'u baahan', 'ma ii',
    'da się', 'da sie', 'możecie', 'mozecie', 'podjechać', 'podjechac', 'ممكن تبعتوا', 'تبعتوا', 'e3tuni', 'اعطوني', 'de dein', 'دے دیں', 'کر دیں', 'kar dein', 'bhej do',
    'bhej dein', 'bhejein', 'bhejen', 'kar dijiye', 'kar dein', 'karwa dein', 'mumkin', 'law sama7t', 'law samaht', 'ba3tu', 'ib3atu', 'doya kore', 'pathan', 'pathaben', 'kore din',
  ]),
  question: lexicon([
    'how do i', 'how can i', 'how does', 'what is', 'what does', 'what will', 'who is', 'who do i', 'when is', 'when will', 'is there', 'is it',
    'can i', 'do i', 'am i', 'wondering', 'information', 'permission', 'eligible', 'policy', 'tell me', 'let me know', 'a question', 'query',
    'whats', 'wheres', 'what time', 'r u', 'are you open', 'opening hours', 'how do', 'how can', 'number for', 'email for', 'address for', 'is there a', 're:\\?',
    'sut', 'pryd', 'jak', 'kiedy', 'czy mogę', 'cum', 'când', 'cand', 'pot să', 'كيف', 'متى', 'هل', 'کیسے', 'کب', 'کیا میں',
    'oes modd', 'beth', 'pwy', 'ble', 'faint', 'ga i wybod', 'kto', 'gdzie', 'cine', 'unde', 'ce ', 'কবে', 'কখন', 'কোথায়', 'কিভাবে', 'জানাবেন', 'goorma', 'maxaa', 'xagee', 'sidee', 'ma jiraa', 'ma ii sheegi',
    'kiedy będzie', 'kiedy bedzie', 'czy mogę dostać', 'czy moge dostac', 'كيف بطلب', 'لمين', 'کیسے اپلائی', 'کتنا', 'kitna', 'ile kosztuje', 'cât costă', 'cat costa', 'faint yw',
    'kya', 'kab', 'kaise', 'kahan', 'kitne', 'shu', 'emta', 'leish', 'keno', 'kobe', 'kivabe', 'kothay',
  ]),
  neighbour: lexicon([
    'neighbour*', 'neighbor*', 'next door', 'upstairs', 'downstairs', 'flat above', 'flat below', 'above me', 'below me', 'people in', 'the people at',
    'the family at', 'the man', 'the woman', 'the guy', 'the lady', 'youths', 'lads', 'teenagers', 'teens', 'someone', 'people from', 'tenants downstairs',
    'cymydog*', 'cymdogion', 'drws nesaf', 'sąsiad*', 'sasiad*', 'sąsiedz*', 'sasiedz*', 'sąsiedn*', 'z góry', 'z gory', 'vecin*', 'de sus', 'الجيران', 'جاري', 'جار', 'ہمسائے', 'ہمسایہ', 'پڑوسی',
    'drws nesa', 'y tenant newydd', 'pobl ifanc', 'criw o', 'llanciau', 'bechgyn', 'plant yn', 'rhif', 'pobl', 'młodzież', 'mlodziez', 'chłopaki', 'chlopaki', 'tineri', 'băieți', 'baieti', 'الشباب', 'ولاد الحارة', 'لڑکے', 'নম্বরের', 'পাশের বাসা', 'পাশের ফ্ল্যাট', 'উপরের ফ্ল্যাট', 'নিচের ফ্ল্যাট', 'ছেলেপেলে', 'কয়েকজন', 'লোকটা', 'deris*', 'dhalinyaro', 'naagta guriga', 'ninka guriga',
    'padosi', 'parosi', 'parosee', 'padosan', 'upar wale', 'neeche wale', 'saath wale', 'samne wale', 'pados', 'jari', 'jiran', 'el jiran', 'protibeshi', 'pasher flat', 'pasher basha', 'uporer flat',
  ]),
  nuisance: lexicon([
    'noise', 'noisy', 'loud', 'music', 'party', 'parties', 'drug*', 'dealing', 'weed', 'cannabis', 'smoking', 'shouting', 'screaming', 'barking', 'barks',
    'howls', 'graffiti', 'fighting', 'fight*', 'anti social', 'antisocial', 'asb', 'nuisance', 'harass*', 'threat*', 'abuse', 'abusive', 'racist',
    'dog mess', 'dog poo', 'fireworks', 'banging', 'stamping', 'slamming', 'bass', 'parking in', 'blocking', 'dumped', 'throwing', 'drinking',
    'stealing', 'stolen', 'theft', 'taking parcels', 'swn', 'sŵn', 'cerddoriaeth', 'uchel', 'hałas', 'halas', 'głośn*', 'glosn*', 'imprez*', 'muzyk*', 'grozi*', 'gălăgie', 'galagie', 'zgomot*', 'muzică',
    'muzica', 'scandal', 'tare', 'noaptea',
    'موسيقى', 'إزعاج', 'ازعاج', 'ضجيج', 'صوت عال', 'شور', 'اونچی آواز', 'گانے', 'تنگ',
    'gweiddi', 'bygwth*', 'cyfarth', 'hiliol', 'homoffobig', 'aflonyddu', 'yfed', 'cyffuriau', 'ymladd', 'taflu', 'graffiti', 'sloganau', 'taro', 'llosgi', 'szczeka*', 'rasist*', 'nęka*', 'neka*', 'zaczepia*', 'latră', 'latra', 'câin*', 'caini', 'hărțui*', 'hartui*', 'rasist*', 'كلب', 'كلاب', 'عنصري', 'يسبني', 'شتم', 'تحرش', 'مضايقة', 'کتا', 'کتے', 'گالی', 'نسل پرست', 'শব্দ', 'চিৎকার', 'গালি', 'হুমকি', 'মারধর', 'কামড়', 'কুকুর', 'গাঁজা', 'মাদক', 'হয়রানি', 'লাথি', 'buuq', 'qaylo', 'eey*', 'daroogo', 'hanjabaad', 'garaac', 'aflagaado', 'cay',
    'shor', 'shor sharaba', 'gaali', 'galiyan', 'dhamki', 'nasha', 'cheekh', 'jhagra', 'la3be', 'da3je', 'sot 3ali', 'dawsha', 'chechamechi', 'gondogol', 'hoichoi', 'nesha', 'dagaal',
  ]),
  thanks: lexicon([
    'thank*', 'thx', 'thanx', 'cheers', 'grateful', 'appreciat*', 'brilliant', 'great', 'excellent', 'lovely', 'well done', 'fantastic', 'amazing',
    'impressed', 'star', 'delighted', 'ty', 'thnx', 'tnx', 'credit where', 'lifesaver', 'life saver', 'legend', 'diamond', 'made my day', 'so kind', 'checking on me', 'checked on me', 'food parcel', 'sound', 'happy with', 'pleased', 'top man', 'fair play', 'shout out', 'compliment*', 'positive feedback', 'spotless',
    'above and beyond', 'professional', 'polite', 'kind', 'kindness', 'helpful', 'friendly', 'wonderful', 'perfect', '10/10',
    'diolch', 'gwych', 'dziękuję', 'dziekuje', 'dzięki', 'dzieki', 'świetn*', 'swietn*', 'miły', 'mily', 'mulțumesc', 'multumesc', 'mulțumim',
    'amabil*', 'excelent', 'شكرا', 'شكراً', 'ممتاز', 'محترم', 'رائع', 'شکریہ', 'بہت اچھا', 'اچھا تھا',
    'diolch yn fawr', 'ardderchog', 'bendigedig', 'gwerthfawrogi', 'serdecznie', 'bardzo dziękuję', 'vă mulțumesc', 'va multumesc', 'مشكور', 'الله يعطيكم', 'جزاکم اللہ', 'مہربانی', 'ধন্যবাদ', 'কৃতজ্ঞ', 'খুব ভালো', 'চমৎকার', 'অসাধারণ', 'খোঁজ নিয়েছেন', 'mahadsanid', 'mahadsanidiin', 'mahadcelin*', 'shaqo fiican', 'aad u fiican', 'waan ku mahadsan',
    'shukriya', 'shukria', 'bahut shukriya', 'meherbani', 'jazakallah', 'shukran', 'mashkoor', 'mashkoorin', 'ya3tikon el 3afye', 'dhonnobad', 'dhonyobad', 'thanks a lot',
  ]),
  dissatisfied: lexicon([
    'not happy', 'unhappy', 'disgust*', 'disgrace*', 'useless', 'joke', 'appalling', 'unacceptable', 'fed up', 'sick of', 'sick and tired', 'furious',
    'angry', 'shocking', 'ridiculous', 'disappointed', 'disappointing', 'frustrat*', 'annoyed', 'annoying', 'not good enough', 'ignored', 'ignoring',
    'waste of time', 'had enough', 'wits end', 'outrageous', 'terrible', 'awful', 'rubbish service', 'pathetic', 'incompetent', 'nobody cares',
    'no one cares', 'dont care', 'doesnt care', 'let down', 'made to feel', 'should be grateful', 'treated like', 'thanks for nothing', 'fobbed off', 'excuses', 'shambles', 'upset', 'cheesed off', 'not fair', 'not right', 'unfair', 'scandal', 'skandal',
    'ddim yn hapus', 'siomedig', 'anhapus', 'niezadowolon*', 'zły', 'zly', 'rozczarowan*', 'nemulțumit*', 'nemultumit*', 'supărat*', 'suparat*',
    'dezamăgit*', 'dezamagit*', 'غير راض', 'غير راضية', 'مستاء', 'زعلان', 'لا أحد يهتم', 'ناراض', 'مایوس', 'ناخوش',
    'llond bol', 'annerbyniol', 'gwarthus', 'cywilydd', 'digon yw digon', 'dim digon da', 'anwybyddu', 'blin', 'mam dość', 'mam dosc', 'nie do przyjęcia', 'nie do przyjecia', 'żenad*', 'zenad*', 'oburz*', 'inacceptabil*', 'bătaie de joc', 'bataie de joc', 'revoltat*', 'm-am săturat', 'm-am saturat', 'مش مقبول', 'غير مقبول', 'زهقنا', 'تعبنا', 'مهزلة', 'حرام عليكم', 'تنگ آ', 'tang aa', 'ناقابل قبول', 'بہت برا', 'বিরক্ত', 'অসন্তুষ্ট', 'মেনে নেওয়া যায় না', 'হতাশ', 'লজ্জাজনক', 'ka xun', 'ku faraxsanayn', 'ma aqbali karo', 'ka daalay', 'xaqdarro',
    'tang aagaya', 'bardasht nahi', 'ghussa', 'bohat bura', 'ye theek nahi', 'sahi nahi', 'zulm', 'ta3ebt', 'zh2it', 'zahaqt', 'mish ma2boul', '3eib', 'birokto', 'kharap laglo',
  ]),
  delay: lexicon([
    'again', 're:(?:second|third|fourth|fifth|\\d+(?:st|nd|rd|th)) time', 'weeks', 'months', 'years', 'ages', 'since', 'still', 'waiting', 'waited', 'long', 'chasing', 'nothing', 'never', 'nobody', 'no one', 'noone',
    'misoedd', 'wythnos*', 'miesięc*', 'miesiec*', 'tygodni*', 'nadal', 'nikt', 'luni', 'săptămân*', 'saptaman*', 'nimeni', 'شهور', 'أشهر',
    'أسابيع', 'لا أحد', 'مہینے', 'مہینوں', 'ہفتے', 'کوئی نہیں',
    'eto', 'dal', 'ers', 'wythnosau', 'bythefnos', 'pythefnos', 'aros', 'disgwyl', 'dim sôn', 'byth', 'eildro', 'ail dro', 'trydydd tro', 'ciągle', 'ciagle', 'znowu', 'wciąż', 'wciaz', 'încă', 'inca', 'din nou', 'لسا', 'ما زال', 'مازال', 'ابھی تک', 'abhi tak', 'phir', 'এখনো', 'এখনও', 'সপ্তাহ', 'আবার', 'অপেক্ষা', 'weli', 'wali', 'toddobaad*', 'bilood', 'mar kale', 'sugaya*', 'sugay*',
    'hafte', 'hafton', 'mahine', 'mahinon', 'kab se', 'phir se', 'dobara', 'teesri dafa', 'asabee3', 'ashhur', 'lessa', 'lissa', 'ba3d', 'shoptaho', 'ekhono', 'abar',
  ]),
  formal: lexicon([
    'complain*', 'formal', 'compensation', 'ombudsman', 'escalat*', 'stage 1', 'stage one', 'stage 2', 'investigat*', 'apology', 'apologise',
    'explanation', 'senior', 'manager', 'take it further', 'dissatisfaction', 'expect', 'demand', 'accountab*', 'cwyn', 'skarg*', 'reklamac*',
    'plângere', 'plangere', 'reclamați*', 'reclamati*', 'شكوى', 'تعويض', 'شکایت', 'معاوضہ',
    'cwyno', 'ffurfiol', 'iawndal', 'ymddiheuriad', 'ombwdsmon', 'rheolwr', 'formaln*', 'oficjaln*', 'przeprosin*', 'rzecznik', 'oficial*', 'formal*', 'scuze', 'رسمية', 'رسمي', 'اعتذار', 'باقاعدہ', 'باضابطہ', 'معافی', 'অভিযোগ', 'আনুষ্ঠানিক', 'ক্ষতিপূরণ', 'ক্ষমা', 'ম্যানেজার', 'cabasho*', 'rasmi', 'magdhow', 'raalli gelin',
    'shikayat', 'shikayet', 'baqaida', 'muawza', 'shakwa', 'shakwe', 'ta3weed', 'obhijog', 'khotipuron',
  ]),
  minor: lexicon([
    'just', 'quick', 'small', 'bit', 'a bit', 'minor', 'not a big deal', 'not a massive deal', 'not a formal', 'not a complaint', 'no fuss',
    "don't want to complain", "don't want to make", 'not looking for', 'come back', 'pop back', 'put back', 'rebook', 're-book', 'rearrange',
    'reschedule', 'refund', 'correct it', 'swap', 'collect', 'take it away', 'take away', 'left behind', 'forgot', 'left the', 'left all', 'left my',
    'reprogram*', 'trefnu un arall', 'موعد جديد', 'نیا وقت', 'posprząt*', 'bałagan', 'balagan', 'zostawił', 'zostawil',
    'jyst', 'dim ffys', 'dim cwyn', 'dim byd mawr', 'apwyntiad arall', 'diwrnod arall', 'casglu', 'llanast', 'wedi gadael', 'dim ond', 'tylko', 'drobiazg', 'to nie skarga', 'nie skarga', 'nowy termin', 'inny termin', 'przełożyć', 'przelozyc', 'odebrać', 'odebrac', 'doar', 'nu e o plângere', 'nu e o plangere', 'nu este o plângere', 'nimic grav', 'altă programare', 'alta programare', 'altă zi', 'alta zi', 'au lăsat', 'au lasat', 'mizerie', 'فقط', 'مش شكوى', 'ليست شكوى', 'مو شكوى', 'شي بسيط', 'موعد تاني', 'موعد آخر', 'تركوا', 'شکایت نہیں', 'shikayat nahi', 'چھوٹی سی', 'دوسرا وقت', 'چھوڑ گئے', 'chor gaye', 'শুধু', 'অভিযোগ না', 'বড় কিছু না', 'নতুন তারিখ', 'ফেলে রেখে', 'রেখে গেছে', 'জানিয়ে রাখলাম', 'kaliya', 'keliya', 'si aad u ogaataan', 'ballan kale', 'soo qaato', 'ka tagay', 'ka tageen',
    'koi baat nahi', 'کوئی بات نہیں', 'jab time ho', 'جب وقت ہو', 'complaint nahi', 'مش مشكلة', 'mish mushkle', 'mish moshkela', 'مو مشكلة', 'ما في مشكلة', 'مش مستعجل', 'مو مستعجل', 'nie pilne', 'nu e urgent', "nid yw'n frys", 'dim brys', 'drugi termin', 'tylko pytam', 'tylko o info', 'doar întreb', 'doar intreb', 'jyst gofyn', 'maw3ed jdid', 'ميعاد جديد', 'مش شغلته', 'নতুন সময়', 'tylko informuję', 'tylko informuje',
  ]),
  missed_appointment: lexicon([
    'missed appointment', 'no one came', 'nobody came', 'no-one came', 'didnt turn up', "didn't turn up", 'never turned up', 'no one turned up',
    'nobody turned up', 'didnt come', "didn't come", 'waited in', 'no show', 'no access', 'didnt knock', "didn't knock", 'cancelled',
    "doedd neb wedi dod", 'neb wedi dod', 'nikt nie przyszedł', 'nikt nie przyszedl', 'nu a venit nimeni', 'لم يحضر', 'لم يأت', 'کوئی نہیں آیا',
    'ddaeth neb', 'ddim wedi dod', 'heb ddod', 'ddim troi fyny', 'ddim troi i fyny', 'methodd', 'methu dod', 'nie przyszedł', 'nie przyszedl', 'nie pojawił', 'nie pojawil', 'nie było nikogo', 'nie bylo nikogo', 'nu a venit', 'nu au venit', 'nu s-a prezentat', 'ما اجا', 'ما إجا', 'ما جا', 'ما حدا اجا', 'ما حدا إجا', 'لم يأت', 'نہیں آیا', 'نہیں آئے', 'nahi aaya', 'nahi aye', 'কেউ আসেনি', 'আসেনি', 'আসে নাই', 'হবে না', 'ma iman', 'lama iman', 'qofna ma iman',
    'nikt nie był', 'nikt nie byl', 'محدش جه', 'ما حدا إجا', 'ma 7ada ija', 'ma 7ada eja', 'koi nahi aaya', 'nahi aaye', 'کوئی نہیں آئے', 'nikt się nie zjawił', 'nikt sie nie zjawil',
    'koi nahi aaya', 'koi aaya hi nahi', 'nahi aaya', 'nahi aaye', 'ma 7ada ija', 'ma 7ada eja', 'ma ija', 'keu ashe nai', 'ashe nai', 'ashenai',
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
    'eich contractwr*', 'eich swyddog', 'eich staff', 'eich trydanwr', 'eich tîm', 'wedi addo', 'addo', 'dim ymateb', 'wasz pracownik', 'wasz wykonawca', 'wasza firma', 'obiecał*', 'obiecal*', 'obiecan*', 'brak odpowiedzi', 'angajatul dumneavoastră', 'firma dumneavoastră', 'ați promis', 'ati promis', 'mi s-a promis', 'موظفكم', 'المقاول', 'شركتكم', 'وعدتوني', 'وعدوني', 'ما حدا رد', 'آپ کے ملازم', 'آپ کا عملہ', 'ٹھیکیدار', 'وعدہ کیا', 'wada kiya', 'আপনাদের', 'কথা ছিল', 'বলেছিলেন', 'বলা হয়েছিল', 'করেননি', 'shaqaalahiin*', 'shaqaale idinka', 'kiinna', 'ballan qaaday', 'waxba lama',
  ]),
  // Chasing something already asked for: the usual shape of a quick fix.
  chasing: lexicon([
    'any update', 'just chasing', 'chasing', 'any news', 'still waiting for', 'call back', 'callback', 'rang back', 'ring back', 'ring me back', 'any chance',
    'update on', 'meant to be', 'was booked', 'supposed to', 'was due', 'rebook', 'come back', 'not turned up', 'didn\'t turn up', 'didnt turn up',
    'jyst yn holi', 'unrhyw newyddion', 'unrhyw siawns', 'galwad yn ôl', 'ffonio nôl', 'ffonio fi nôl', 'i fod i', 'dim galwad', 'jakieś wieści', 'jakies wiesci', 'miał oddzwonić', 'mial oddzwonic', 'oddzwoni*', 'miał przyjść', 'mial przyjsc', 'nadal czekam', 'vreo veste', 'vreo noutate', 'trebuia să', 'trebuia sa', 'urma să', 'urma sa', 'să mă sune', 'sa ma sune', 'أي جديد', 'اي جديد', 'في أخبار', 'كان المفروض', 'المفروض', 'يتصلوا', 'کوئی خبر', 'koi update', 'آنا تھا', 'aana tha', 'فون کرنا تھا', 'কোন খবর', 'আপডেট', 'ফোন করবেন', 'wax war ah', 'war ma', 'waxay ahayd inay',
    'pata karna', 'پتا کر', 'پتہ کر', 'kab tak', 'کب تک', 'کب آئیں', 'mieli być', 'mieli byc', 'miało być', 'mialo byc', 'miał być', 'mial byc', 'mieliście', 'mieliscie', 'الموعد كان', 'الميعاد كان', 'كان الموعد', 'بانتظار', 'la ar fi trebuit', 'ar fi trebuit', 'roedd o i fod', 'roedd y dyn i fod', 'oedd i fod',
    'koi khabar', 'kab aayega', 'kab aaenge', 'fi akhbar', 'shoo sar', 'kono khobor',
  ]),
  // A problem spoken of as over: what lets thanks that recount an old grievance stay thanks.
  resolved: lexicon([
    'at last', 'finally', 'sorted', 'all sorted', 'sorted out', 'fixed it', 'bone dry', 'dry now', 'gone now', 'made a difference', 'massive difference', 'huge difference',
    'real difference', 'big difference', 'used to', 'never thought i\'d', 'never thought id', 'credit where', 'turned it around', 'turned things around', 'back to normal',
    'resolved', 'since then', 'no more', 'all clear', 'put right', 'miracles', 'first time in', 'for the first time',
    "o'r diwedd", 'wedi datrys', 'wedi sortio', 'wedi trwsio', 'w końcu', 'w koncu', 'wreszcie', 'załatwione', 'zalatwione', 'naprawione', 'od kiedy',
    'în sfârșit', 'in sfarsit', 'rezolvat*', 'de când', 'de cand', 'أخيراً', 'اخيرا', 'تم حل', 'انحلت', 'آخرکار', 'aakhirkar', 'akhirkar', 'حل ہو گیا', 'theek ho gaya', 'ٹھیک ہو گیا',
    'অবশেষে', 'শেষ পর্যন্ত', 'ঠিক হয়ে গেছে', 'thik hoye geche', 'hagaajiyay', 'la hagaajiyay', 'ugu dambeyn', 'xalliyay',
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
    'biniau', 'heb eu casglu', 'paent', 'glanhau', 'glanhawyr', 'gwrych', 'gwair', 'garddwr', 'llythyr', 'śmieci', 'smieci', 'kosze', 'nie wywieziono', 'sprzątani*', 'sprzatani*', 'trawa', 'gunoi*', 'pubel*', 'curățeni*', 'curateni*', 'iarba', 'الزبالة', 'القمامة', 'الحاويات', 'التنظيف', 'العشب', 'کچرا', 'kachra', 'کوڑا', 'صفائی', 'safai', 'আবর্জনা', 'ময়লা', 'পরিষ্কার', 'পেইন্ট', 'বাল্কি', 'qashin*', 'nadiifin', 'caws',
    'kooda', 'ghaas', 'zbele', 'zbeleh', 'moyla',
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
