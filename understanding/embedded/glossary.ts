import { lexicon } from './text';

// English glosses for the words that decide a category, a signal or a hazard, in the languages our
// tenants write in: Welsh, Polish, Romanian, Arabic (standard, Levantine and Egyptian, and in Latin
// letters), Urdu (in its script and in Latin letters), Bengali (likewise) and Somali. The gloss is
// appended to the text, so the rules and the model, which know English best, read a Polish
// "nie ma ciepłej wody, mam małe dziecko" as also saying "no hot water … child". A gloss adds
// meaning; it never replaces the tenant's words.
const GLOSSES: ReadonlyArray<readonly [string, readonly string[]]> = [
  // damp, mould, leaks, water
  ['mould', ['pleśń', 'pleśni', 'grzyb*', 'stęchli*', 'mucegai*', 'igrasie', 'pete negre', 'عفن', 'العفن', '3afan', 'پھپھوندی', 'phaphoondi', 'phaphundi', 'کالے دھبے', 'kale dhabbe', 'jiir*', 'ছত্রাক', 'ছাতা পড়', 'কালো দাগ', 'caaryaan*', 'faangas', 'llwydni', 'black spots']],
  ['damp walls', ['wilgo*', 'mokre ściany', 'ściany są mokre', 'umezeal*', 'umed', 'peretele e umed', 'رطوبة', 'الرطوبة', 'rotooba', 'نمی', 'سیلن', 'seelan', 'دیوار گیلی', 'گیلی', 'স্যাঁতসেঁতে', 'ভেজা', 'qoyaan*', 'lleithder', 'tamp']],
  ['water leak', ['przeciek*', 'cieknie', 'kapie', 'kapać', 'kapac', 'zalewa', 'zalało', 'zalalo', 'przecieka', 'curge', 'scurger*', 'infiltrați*', 'infiltrati*', 'تسريب', 'تسرب', 'عم تنزل', 'بينزل', 'نازلة', 'ٹپک*', 'لیک', 'tapak', 'পানি পড়', 'ফুটো', 'লিক', 'দেয়াল বেয়ে পানি', 'dhibcay*', 'daadan*', 'biyo ayaa ka', 'gollwng']],
  ['water', ['woda', 'wody', 'wodę', 'apă', 'apa', 'مياه', 'ماء', 'پانی', 'pani', 'পানি', 'জল', 'biyo', 'biyaha', 'dŵr', 'dwr']],
  ['ceiling', ['sufit*', 'tavan*', 'السقف', 'سقف', 'چھت', 'সিলিং', 'ছাদ', 'saqaf*', 'nenfwd']],
  // heating and cold
  ['no heating', ['nie ma ogrzewania', 'bez ogrzewania', 'nie działa ogrzewanie', 'nu avem încălzire', 'nu avem incalzire', 'fără încălzire', 'fara incalzire', 'بدون تدفئة', 'ما في تدفئة', 'heating nai', 'heating nahi', 'ہیٹنگ نہیں', 'হিটিং নেই', 'kuleyliye ma', 'dim gwres']],
  ['heating boiler', ['gwresogydd*', 'ogrzewani*', 'piec', 'pieca', 'kaloryfer*', 'grzejnik*', 'încălzir*', 'incalzir*', 'centrala', 'centralei', 'calorifer*', 'تدفئة', 'التدفئة', 'الشوفاج', 'سخان', 'بوائلر', 'ہیٹنگ', 'হিটিং', 'বয়লার', 'kuleyl*', 'hiitar*', 'gwres', 'boeler']],
  ['no hot water', ['bez ciepłej wody', 'nie ma ciepłej wody', 'ani ciepłej wody', 'fără apă caldă', 'fara apa calda', 'بدون مي سخنة', 'بدون ماء ساخن', 'garam pani dono nahi', 'garam pani nahi', 'گرم پانی نہیں', 'গরম পানি নেই', 'biyo kulul la', 'dim dŵr poeth']],
  ['hot water', ['ciepłej wody', 'ciepła woda', 'apă caldă', 'apa calda', 'مي سخنة', 'ماء ساخن', 'گرم پانی', 'garam pani', 'গরম পানি', 'gorom pani', 'biyo kulul', 'dŵr poeth']],
  ['freezing cold', ['rhy oer', 'rhewgell', 'oer iawn', 'zimno', 'zimna', 'stopni w mieszkaniu', 'e frig', 'frig în casă', 'frig in casa', 'بردانين', 'برد', 'بارد', 'ٹھنڈ*', 'thanda', 'thand', 'سردی', 'ঠান্ডা', 'thanday', 'qabow', 'oer', 'oerfel']],
  ['wind and rain coming in', ['el hawa', 'wiatr', 'deszcz', 'przeciąg*', 'vânt', 'ploaie', 'الريح', 'الهوا', 'المطر', 'بارش', 'ہوا اندر', 'বাতাস', 'বৃষ্টি', 'dabayl', 'roob', 'gwynt', 'glaw']],
  // electrics, gas, fire
  ['no power', ['fără curent', 'fara curent', 'nie ma prądu', 'bez prądu', 'بدون كهرباء', 'ما في كهربا', 'بجلی نہیں', 'বিদ্যুৎ নেই', 'koronto la', 'dim trydan']],
  ['electric wires hanging', ['gwifrau*', 'wifrau*', 'hongian', 'noeth']],
  ['electric', ['gniazd*', 'prąd', 'prad', 'bezpiecznik*', 'priz*', 'siguranț*', 'كهربا*', 'الكهربا*', 'الفيوز', 'فيوز', 'ساکٹ', 'بجلی', 'বিদ্যুৎ', 'ইলেকট্রিক', 'koronto*', 'trydan', 'koront*']],
  ['sparks', ['iskrz*', 'iskry', 'scânte*', 'scante*', 'شرار*', 'چنگاری*', 'chingari*', 'স্পার্ক', 'dhimbiil', 'gwreichion']],
  ['smell of gas', ['zapach gazu', 'czuć gaz', 'czuc gaz', 'miros de gaz', 'miroase a gaz', 'ريحة غاز', 'رائحة غاز', 'ريحة الغاز', 'گیس کی بو', 'gas ki boo', 'gas ki bu', 'গ্যাসের গন্ধ', 'gas er gondho', 'gaas ur', 'urta gaaska', 'arogl nwy']],
  ['fire door', ['فائر', 'drws tân', 'drzwi przeciwpożarowe', 'usa antifoc']],
  ['fire smoke', ['dân', 'pożar*', 'pozar*', 'dym', 'ogień', 'incendiu', 'fum', 'حريق', 'دخان', 'آگ', 'دھواں', 'আগুন', 'ধোঁয়া', 'qiiq', 'mwg']],
  // structure, sewage, pests, glass, falls
  ['ceiling coming down crack', ['ছাদ ভেঙে', 'feddal', 'meddal', 'dod drwodd', 'wybrzusza', 'pęka', 'peka', 'pęknięc*', 'spada', 'odpada', 'fisur*', 'crăpă*', 'crapa*', 'cade', 'تشقق', 'انهار', 'دراڑ', 'پلستر گر', 'plaster gir', 'ফাটল', 'ভেঙে পড়', 'dillaac*', 'soo dhacay*', 'soo dhacaya', 'crac*']],
  ['raw sewage', ['ścieki', 'scieki', 'szambo', 'fekali*', 'kanalizac*', 'canalizar*', 'apă murdară', 'apa murdara', 'مجاري', 'صرف صحي', 'گٹر', 'گندا پانی', 'ganda pani', 'سیوریج', 'নর্দমা', 'ময়লা পানি', 'bullaacad*', 'carthffos*']],
  ['pests rats cockroaches', ['karaluch*', 'szczur*', 'mysz*', 'gândac*', 'gandac*', 'șobolan*', 'sobolan*', 'șoareci', 'soareci', 'صراصير', 'فئران', 'جرذان', 'کاکروچ', 'چوہے', 'তেলাপোকা', 'ইঁদুর', 'baranbaro', 'jiir', 'llygod']],
  ['broken glass shards', ['شیشے', 'ٹکڑے', 'szkło', 'szklo', 'szyba', 'ostre kawałki', 'cioburi', 'geam spart', 'geamul spart', 'زجاج', 'قطع حادة', 'شیشہ', 'کانچ', 'কাচ', 'dhalo', 'muraayad*', 'gwydr']],
  ['window restrictor', ['ogranicznik*', 'limitator*', 'قفل الشباك', 'کھڑکی کا لاک']],
  ['fell fall', ['upadł*', 'upadl*', 'przewróci*', 'a căzut', 'a cazut', 'وقعت على الأرض', 'وقع على الأرض', 'گر گئ*', 'گر گیا', 'پڑ گئے', 'পড়ে গেছ', 'পড়ে গিয়ে', 'পড়ে যাচ্ছিল', 'প্রায় পড়ে', 'dhacay', 'wedi cwympo', 'syrthio']],
  // people in the household
  ['child', ['dziec*', 'dzieci', 'syn', 'synek', 'synka', 'córk*', 'cork*', 'niemowl*', 'maluch*', 'copil*', 'copii', 'fetiț*', 'fetit*', 'băieț*', 'baiet*', 'bebeluș*', 'fiul', 'fiica', 'طفل', 'أطفال', 'اطفال', 'ولادي', 'ولاد', 'الولاد', 'بنتي', 'ابني', 'البيبي', 'رضيع', 'benti', 'ebni', 'wladi', 'بچہ', 'بچے', 'بچوں', 'بیٹا', 'بیٹی', 'bachay', 'bacha', 'bachon', 'beti', 'বাচ্চা', 'শিশু', 'baccha*', 'bachcha*', 'ilmo', 'ilmah*', 'carruur*', 'caruur*', 'cunug*', 'wiil', 'gabar', 'plentyn', 'babi']],
  ['elderly', ['starsz*', 'emeryt*', 'bătrân*', 'batran*', 'vârstnic*', 'varstnic*', 'مسن', 'كبير بالسن', 'ختيار', 'بزرگ', 'بوڑھ*', 'ammi', 'abbu', 'বয়স্ক', 'বৃদ্ধ', 'শাশুড়ি', 'শ্বশুর', 'দাদি', 'দাদা', 'নানি', 'নানা', 'waayeel*', 'oedrannus', 'henoed']],
  ['ill health condition', ['hasthma*', 'asthma*', 'bpoc', 'pochp', 'copd', 'chory', 'chora', 'choruje', 'chorob*', 'astm*', 'kaszel', 'kaszl*', 'katar', 'alergi*', 'cukrzyc*', 'bolnav*', 'tuse*', 'tușe*', 'diabet*', 'paraliz*', 'مريض*', 'مرضانين', 'مرضى', 'سكري', 'ربو', 'كحة', 'ko7a', 'قلب', 'بیمار', 'کھانسی', 'دمہ', 'شوگر', 'bimaar', 'khansi', 'অসুস্থ', 'স্ট্রোক', 'হার্টের', 'কাশি', 'হাঁপানি', 'ডায়াবেটিস', 'buka', 'jiran', 'sonkorow', 'dhiig kar', 'qufac*', 'neef*', 'sâl', 'salwch', 'iechyd gwael']],
  ['disabled wheelchair', ['niepełnospraw*', 'wózek inwalidzki', 'wozek', 'handicap*', 'dizabilit*', 'scaun cu rotile', 'كرسي متحرك', 'معاق', 'معذور', 'ویل چیئر', 'প্রতিবন্ধী', 'হুইলচেয়ার', 'naafo', 'curyaan', 'anabl*', 'cadair olwyn']],
  ['pregnant', ['w ciąży', 'ciąż*', 'însărcinat*', 'insarcinat*', 'حامل', 'حاملہ', 'গর্ভবতী', 'uur leh', 'beichiog']],
  // danger to people
  ['threatened violence knife', ['wyzywa*', 'rzucił* w', 'rzucil* w', 'grozi*', 'groźb*', 'bije', 'pobił*', 'pobil*', 'nóż', 'noz', 'przemoc*', 'amenin*', 'bătut', 'batut', 'cuțit', 'cutit', 'violenț*', 'هدد*', 'يهدد', 'تهديد', 'ضرب*', 'سكين', 'دھمکی', 'dhamki', 'چاقو', 'মারধর', 'হুমকি', 'ছুরি', 'hanjabaad*', 'handad*', 'garaac*', 'mindi', 'bygwth*', 'cyllell']],
  ['scared afraid', ['boję się', 'boje sie', 'boją się', 'boja sie', 'się boją', 'sie boja', 'mi-e frică', 'mi-e frica', 'frică', 'خايف*', 'بخاف', 'خائف', 'ڈر لگ', 'ڈرتی', 'ڈرتے', 'dar lagta', 'ভয়', 'bhoy', 'baqdin', 'cabsi', 'ofn']],
  ['drugs needles syringes', ['narkoty*', 'diler*', 'strzykaw*', 'igły', 'igly', 'droguri', 'seringi', 'مخدرات', 'إبر', 'ابر', 'نشہ', 'منشیات', 'سرنج*', 'মাদক', 'ইনজেকশন', 'daroogo', 'mukhaadaraad', 'cirbad*', 'cyffuriau', 'nodwyddau']],
  ['suicidal', ['odebrać sobie życie', 'odebrac sobie zycie', 'skończyć ze sobą', 'nie chcę żyć', 'nie chce zyc', 'să-mi iau viața', 'sa-mi iau viata', 'nu mai vreau să trăiesc', 'أنهي حياتي', 'انهي حياتي', 'انتحار', 'اقتل نفسي', 'خودکشی', 'جان دے دوں', 'আত্মহত্যা', 'মরে যেতে চাই', 'is dilo', 'naftayda iska', 'lladd fy hun']],
  ['i will come to your office and smash it', ['przyjdę do waszego biura', 'przyjde do waszego biura', 'zobaczycie co się stanie', 'rozróbę', 'rozrobe', 'vin la birou', 'nu o să fie frumos', 'nu o sa fie frumos', 'عالمكتب', 'للمكتب وأكسر', 'أكسّر', 'أكسر كل', 'اكسر كل', 'آفس آ کر', 'دفتر آ کر', 'office aa kar', 'office aaunga', 'office e ashbo', 'অফিসে আসব', 'tar jonno apnara dayi', 'xafiiskiinna ayaan imanayaa', 'سآتي إلى مكتبكم', 'مكتبكم', 'لن يعجبكم', 'ما سيحدث', 'اچھا نہیں ہوگا', 'xafiiska ayaan imanayaa', 'wax aydaan jeclaysan', 'dof i\'ch swyddfa']],
  ['ambulance a&e', ['urgențe', 'urgente', 'pogotowi*', 'karetk*', 'ambulanț*', 'ambulanta', 'إسعاف', 'الاسعاف', 'الطوارئ', 'ایمبولینس', 'অ্যাম্বুলেন্স', 'ambalaas*']],
  ['stairs', ['grisiau', 'schody', 'scări', 'scari', 'الدرج', 'سیڑھی*', 'সিঁড়ি', 'jaranjar*']],
  ['dark', ['tywyll', 'dywyll', 'ciemno', 'întuneric', 'intuneric', 'عتمة', 'اندھیرا', 'অন্ধকার', 'mugdi']],
  ['welfare check not answering', ['gwiriad lles', 'ddim yn ateb', 'nie odbiera', 'nu răspunde', 'nu raspunde', 'ما بيرد', 'لا يرد', 'فون نہیں اٹھا', 'ফোন ধরছে না', 'ma jawaabayso']],
  ['screaming worried about her', ['sgrechian', 'poeni amdani', 'krzyczy', 'țipă', 'tipa', 'تصرخ', 'چیخ', 'চিৎকার', 'qaylin*']],
  ['dangerous', ['beryglus', 'peryglus', 'niebezpieczn*', 'periculos', 'خطير', 'خطرناک', 'বিপজ্জনক', 'khatar']],
  ['oil tank leaking', ['tanc olew', 'olew']],
  ['carbon monoxide dizzy headache', ['monocsid', 'czad', 'monoxid']],
  ['police', ['policj*', 'poliția', 'politia', 'poliției', 'politiei', 'polițist*', 'politist*', 'الشرطة', 'شرطة', 'پولیس', 'পুলিশ', 'booliis*', 'heddlu']],
  // how the landlord has done
  ['reported again', ['zgłaszam już', 'zglaszam juz', 'zgłaszane', 'zgłaszałam', 'zgłaszałem', 'kolejny raz', 'po raz kolejny', 'ile razy', 'znowu', 'znów', 'znow', 'wciąż', 'ciągle', 'din nou', 'iar a', 'a patra oară', 'a treia oară', 'de atunci', 'am sunat de', 'مرة تانية', 'كل مرة', 'مرات', 'اتصلنا', 'اتصلت', 'بلغت', 'بلّغت', 'رجع', 'marrat', 'tani', 'بار بار', 'دفعہ', 'دوسری دفعہ', 'تیسری', 'dafa', 'phir se', 'bar bar', 'বার ফোন', 'আবার', 'bar phone', 'abar', 'jeer', 'mar kale', 'markale', 'soo sheegay', 'soo wacay', 'eto', 'wedi ffonio', 'sawl gwaith']],
  ['i want to make a complaint', ['skarg*', 'reklamac*', 'plângere', 'plangere', 'reclamați*', 'reclamati*', 'شكوى', 'اشتكي', 'اشتكيت', 'شکایت', 'shikayat', 'অভিযোগ', 'obhijog', 'cabasho', 'ashtako', 'cwyn']],
  ['compensation', ['rekompensat*', 'odszkodowan*', 'despăgub*', 'despagub*', 'compensați*', 'تعويض', 'معاوضہ', 'ہرجانہ', 'ক্ষতিপূরণ', 'magdhow', 'iawndal']],
  ['fed up not acceptable', ['mam dość', 'mam dosc', 'skandal*', 'żenad*', 'ignorowan*', 'm-am săturat', 'm-am saturat', 'bătaie de joc', 'inacceptabil*', 'ajunge', 'تعبت', 'زهقت', 'مش مقبول', 'غير مقبول', 'تنگ آ', 'ٹھیک نہیں', 'বিরক্ত', 'ka daalay', 'dhega adeygo', 'llond bol', 'annerbyniol']],
  ['nobody came', ['nikt nie przyszedł', 'nikt nie przyszedl', 'nie przyszedł', 'nie przyszedl', 'nikt się nie pojawił', 'nikt sie nie pojawil', 'nu a venit', 'nu a apărut', 'nu a aparut', 'ما حدا إجا', 'ما حدا اجا', 'لم يحضر', 'ما اجا', 'ولا حدا', 'کوئی نہیں آیا', 'nahi aaya', 'কেউ আসেনি', 'keu ashe ni', 'qofna ma iman', 'ma iman', 'neb wedi dod']],
  ['nothing has been done', ['nikt nic nie robi', 'nic nie zrobi*', 'nimeni nu face nimic', 'nu s-a rezolvat', 'ما حدا عم يعمل', 'ما عملوا شي', 'کچھ نہیں ہوا', 'কিছুই হয়নি', 'waxba lama', 'dim byd wedi']],
  ['thank you', ['dziękuj*', 'dziekuj*', 'dzięki', 'dzieki', 'wdzięczn*', 'mulțum*', 'multum*', 'recunoscăt*', 'شكرا', 'شكراً', 'يعطيكم العافية', 'مشكورين', 'شکریہ', 'shukriya', 'ধন্যবাদ', 'dhonnobad', 'mahadsan*', 'diolch']],
  ['neighbour noise', ['sąsiad*', 'sasiad*', 'hałas*', 'halas*', 'głośn*', 'glosn*', 'vecin*', 'gălăgie', 'galagie', 'zgomot*', 'الجار', 'جيران', 'الجيران', 'صوت عالي', 'ازعاج', 'إزعاج', 'ہمسائ*', 'پڑوسی', 'شور کرتے', 'شور شرابہ', 'بہت شور', 'شور مچا', 'প্রতিবেশী', 'deris*', 'buuq', 'cod dheer', 'cymydog*', 'sŵn']],
  ['broken please fix', ['nie działa', 'nie dziala', 'zepsut*', 'napraw*', 'nu funcționează', 'nu functioneaza', 'stricat*', 'repara*', 'خربان', 'عطلان', 'مكسور', 'تصليح', 'خراب', 'ٹوٹ*', 'kharab', 'maksoor', 'maksour', 'kharban', 'نষ্ট', 'ভাঙা', 'কাজ করছে না', 'noshto', 'jaban', 'ma shaqeyn*', 'xumaaday', 'dayactir*', 'wedi torri', 'trwsio']],
  ['staff was rude', ['niegrzeczn*', 'nieuprzejm*', 'krzyczał*', 'bezczeln*', 'nepoliticos*', 'nesimțit*', 'a țipat', 'قليل أدب', 'وقح', 'صرخ علي', 'بدتمیز*', 'badtameez*', 'খারাপ ব্যবহার', 'অভদ্র', 'edeb darro', 'anshax xumo', 'anghwrtais']],
  ['on behalf of', ['w imieniu', 'în numele', 'in numele', 'نيابة عن', 'بالنيابة', 'کی طرف سے', 'পক্ষ থেকে', 'ayaan u qorayaa', 'ar ran']],
];

const COMPILED = GLOSSES.map(([gloss, words]) => ({ gloss, pattern: lexicon(words) }));

/** The normalised text with the English glosses of what it says appended, in the order they occur. */
export function withGlosses(normalised: string): string {
  const found: Array<{ at: number; gloss: string }> = [];
  for (const { gloss, pattern } of COMPILED) {
    const m = pattern.exec(normalised);
    if (m && !normalised.includes(gloss)) found.push({ at: m.index, gloss });
  }
  if (found.length === 0) return normalised;
  // Joined by commas, not full stops, so rules about things near each other (water near the electrics) can read across glosses.
  return `${normalised}\n${found.sort((a, b) => a.at - b.at).map((f) => f.gloss).join(', ')}.`;
}
