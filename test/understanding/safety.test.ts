import { understandOffline } from '../../understanding';

const NOW = new Date('2026-11-20T12:00:00Z');
const raises = (text: string): boolean => understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety;

// Safety first: a miss is a defect, a false alarm is tolerable.
describe('safeguarding_or_health_and_safety is raised for danger, in any of our languages', () => {
  it.each([
    ['gas', 'I can smell gas in the kitchen'],
    ['carbon monoxide', 'the CO alarm keeps going off'],
    ['fire', 'there was a small fire in the bin store'],
    ['fire door', 'the fire door on our landing is wedged open and broken'],
    ['burning smell', 'smell of burning from the fuse box'],
    ['exposed wires', 'there are exposed wires in the hallway'],
    ['water in electrics', 'water is dripping into the light fitting and the lights flicker'],
    ['ceiling collapse', 'the bathroom ceiling is sagging and I think it will come down'],
    ['structural crack', 'big crack in the wall getting wider every week'],
    ['falls', 'the stair rail came off and my dad nearly fell'],
    ['window at height with child', 'window handle broken, window swings wide open, 5th floor and I have a toddler'],
    ['damp and mould affecting health', 'mould in the bedroom and my son has asthma'],
    ['severe mould', 'black mould is spreading all over the walls'],
    ['no heating, baby', 'no heating and a newborn baby in the house'],
    ['elderly, no heating', 'my nan is 88 and her heating has not worked for a week'],
    ['lift and wheelchair', 'the lift is broken and I use a wheelchair, I cannot get out of the flat'],
    ['threat', 'my neighbour threatened to stab me'],
    ['domestic abuse', 'I can hear him hitting her next door, she is screaming'],
    ['child at risk', 'the kids upstairs are left alone all night, I am worried about them'],
    ['self-harm', "I can't cope any more, I don't want to be here"],
    ['suicide', 'I feel suicidal because of this flat'],
    ['vulnerable adult unseen', "my elderly neighbour hasn't been seen for days"],
    ['sewage', 'raw sewage is coming up in the garden'],
    ['asbestos', 'the contractor drilled into asbestos'],
    ['Welsh gas', 'Mae arogl nwy yn y gegin'],
    ['Polish gas', 'Czuję zapach gazu w mieszkaniu'],
    ['Polish mould and child', 'Pleśń w pokoju, dziecko ma astmę'],
    ['Romanian gas', 'Miroase a gaz în bucătărie'],
    ['Romanian threat', 'Vecinul m-a amenințat cu un cuțit'],
    ['Arabic gas', 'هناك رائحة غاز في المطبخ'],
    ['Arabic mould and child', 'يوجد عفن في غرفة ابني وهو مريض'],
    ['Urdu gas', 'کچن میں گیس کی بو آ رہی ہے'],
    ['Urdu threat', 'ہمسایہ مجھے دھمکی دیتا ہے'],
    ['smoking socket', 'kitchen socket is smoking'],
    ['electric shower', 'electric shower gives a tingle when you touch it'],
    ['water into a light', 'water coming through the ceiling rose'],
    ['gas appliance', 'the gas hob clicks but smells when on'],
    ['boiler fumes', 'I keep getting headaches and feel dizzy when the boiler is on'],
    ['broken glass and toddler', 'glass in the back door is smashed and there are shards everywhere, I have a toddler'],
    ['pests and baby', 'there are rats in the kitchen and my baby sleeps in there'],
    ['fungus', 'mushrooms growing out of the bathroom wall'],
    ['crumbling steps', 'the front steps are crumbling'],
    ['loose bannister', 'the bannister is loose and my kids use the stairs'],
    ['falling ceiling tiles', 'ceiling tiles in the hallway keep dropping down'],
    ['scalding', 'scalding water comes out of the cold tap'],
    ['sharp metal', 'the play area swings are broken with sharp metal sticking out'],
    ['legionella', 'I think there is legionella in the water tank'],
    ['no power, medical equipment', 'I have no electricity at all and my son needs his nebuliser'],
    ['no toilet, pregnant', 'I am 8 months pregnant and the only toilet has been broken for 3 days'],
    ['injury by lift doors', "the lift doors closed on my daughter's arm"],
    ['domestic abuse', 'please help, my partner hits me and I need to move'],
    ['low mood', 'I have been feeling really low and having dark thoughts because of the mould'],
    ['children and drugs', 'the man upstairs is selling drugs to kids'],
    ['Welsh water and electrics', "Mae'r nenfwd yn gollwng ac mae'r trydan yn fflachio"],
    ['Arabic short circuit', 'هناك تماس كهربائي في المطبخ'],
    ['Urdu fire', 'گھر میں آگ لگ گئی تھی'],
    ['Polish cold with a child', 'Nie mam ogrzewania, a mam małe dziecko'],
    ['Romanian mould and asthma', 'Copilul meu are astm și e mucegai peste tot'],
  ])('%s: %j', (_, text) => {
    expect(raises(text)).toBe(true);
  });

  it.each([
    ['a dripping tap', 'my kitchen tap is dripping, can someone fix it'],
    ['a compliment', 'thank you to the plumber, he was brilliant'],
    ['a rent question', 'can I pay my rent by standing order'],
  ])('is not raised for %s', (_, text) => {
    expect(raises(text)).toBe(false);
  });
});

describe('safety in every supported language: threats by the writer, police and ambulance, welfare checks, exposure, people alone', () => {
  it.each([
    ['writer threatens the office', "if nobody rings me back today I'll come down to your office and smash the place up"],
    ['writer threatens staff', 'tell that surveyor if he shows his face here again someone is going to get hurt'],
    ['police attended', 'the police were called to the flat below last night'],
    ['ambulance', 'an ambulance had to come for my neighbour after she collapsed on the landing'],
    ['welfare check', 'police did a welfare check on my brother and had to break the door in'],
    ['exposure, older person', 'my grandad is 86 and the wind comes straight in through the gap round his back door'],
    ['rain getting in', 'the rain comes in through the bedroom window frame every time it pours'],
    ['alone and at risk', 'my aunt lives alone, she has dementia and keeps leaving the gas on'],
    ['Welsh exposure, older father', "Mae fy nhad yn 90 oed ac mae'r gwynt yn dod i mewn drwy'r ffenest"],
    ['Welsh police', "Roedd yr heddlu yma neithiwr achos y cymydog"],
    ['Polish writer threat', 'Jak nikt nie przyjdzie, przyjdę do waszego biura i zobaczycie co się stanie'],
    ['Polish police', 'Policja była u sąsiada trzy razy w tym tygodniu'],
    ['Romanian ambulance', 'A venit ambulanța pentru vecina de la etajul doi'],
    ['Romanian alone', 'Mama mea are 84 de ani și locuiește singură, nu mai are căldură'],
    ['Arabic police', 'الشرطة جاءت إلى العمارة الليلة الماضية بسبب الجار'],
    ['Arabic writer threat', 'إذا لم يأت أحد غداً سآتي إلى مكتبكم'],
    ['Urdu police', 'کل رات پولیس ہمارے پڑوسی کے گھر آئی تھی'],
    ['Urdu elderly and cold', 'میری والدہ بزرگ ہیں اور گھر میں بہت سردی ہے'],
    ['Somali police', 'Booliska ayaa yimid gurigii deriskayga xalay'],
    ['Somali cold and child', 'Guriga waa qabow oo ilmahayga yar wuu buka'],
    ['Bengali police', 'গতকাল রাতে পুলিশ এসেছিল পাশের ফ্ল্যাটে'],
    ['Bengali gas', 'রান্নাঘরে গ্যাসের গন্ধ পাচ্ছি'],
  ])('%s: %j', (_, text) => {
    expect(raises(text)).toBe(true);
  });
});

describe('despair, threats to the writer, children left alone and someone not seen, in every supported language', () => {
  it.each([
    ['English despair, said quietly', "honestly some nights I don't want to wake up any more"],
    ['English, not sure they would still be here', "I wasn't sure I'd still be here by Monday"],
    ['Welsh despair', "Dw i'n methu cario mlaen efo'r holl beth yma"],
    ['Polish despair', 'Już nie daję rady, nie widzę sensu'],
    ['Romanian despair', 'Nu mai rezist, nu mai are rost nimic'],
    ['Arabic despair', 'والله تعبت من الحياة وما عاد فيني'],
    ['Roman Urdu despair', 'zindagi se tang aa gaya hun, koi nahi sunta'],
    ['Bengali despair', 'আর পারছি না, বাঁচতে চাই না'],
    ['Somali despair', 'Nolosha ka daalay, ma garanayo waxaan sameeyo'],
    ['Arabic threat to the writer', 'جاري قال لي رح اقتلك إذا اشتكيت مرة ثانية'],
    ['Polish threat to the writer', 'Sąsiad powiedział, że mnie pobije, jak jeszcze raz zadzwonię'],
    ['Polish children left alone', 'Dzieci z góry są same w domu do północy prawie codziennie'],
    ['Romanian neighbour not seen', 'N-am mai văzut-o pe vecina bătrână de o săptămână, are luminile aprinse'],
    ['Somali neighbour not seen', 'Odaygii deriska ahaa shan maalmood ayaan arkin, albaabkana ma furo'],
    ['Welsh dog on a child', "Mae ci drws nesa wedi neidio ar fy mab bach ddwywaith"],
    ['Roman Urdu mice and a baby', 'ghar mein chuhe hain aur chhota bacha hai, jaldi kisi ko bhejein'],
  ])('%s: %j', (_, text) => {
    expect(raises(text)).toBe(true);
  });
});

describe('despair with no despair words, things about to fall, trips on the stairs and a small child named by age', () => {
  it.each([
    ['what is the point of me', "what's the point of me even being around, nobody answers"],
    ['cannot see the point', "i just don't see the point anymore"],
    ['cannot keep doing this', "I'm sorry, I can't keep doing this"],
    ['better off not waking up', 'my dad says he would be better off not waking up'],
    ['glad to still be here', "didn't think I'd still be here this morning, thank your night team"],
    ['Roman Urdu, nothing left', 'mujh se ab aur nahi hota yaar'],
    ['writer threatens a tradesman', 'if that joiner shows his face again he is going down the stairs head first'],
    ['a bang and crying next door', 'heard a loud bang from upstairs then a woman crying for ages'],
    ['someone should go round', 'the old man at 4 has had his curtains shut for days, someone needs to go round'],
    ['a branch about to come down', 'a branch on the big sycamore has split and is hanging over the footpath'],
    ['slates loose over a door', 'two slates over our front door are loose since the storm'],
    ['a chimney leaning', 'the chimney stack at number 8 is leaning out over the pavement'],
    ['a ceiling bowed by water', 'the kitchen ceiling has bowed where the water came through'],
    ['a lead across the stairs', 'there is a cable running across the top of the stairs to the flat opposite'],
    ['a foot gone from under', 'I stepped in dog mess on the path and my feet went from under me'],
    ['a scooter blocked in', "cars parked over the dropped kerb again so I can't get my wheelchair out"],
    ['rats by the food', 'there are rat droppings in the cupboard where I keep the food'],
    ['a two-year-old with no heating', "no heating for a fortnight and I've got a 2 year old"],
    ['tired of it all', "honestly I'm so tired of it all, I don't think I can keep going"],
    ['Arabizi stones thrown at a girl', 'el shabab 7adafo 7ijara 3ala binti lamma rej3et mn el madrase'],
    ['a door that will not catch', "the back door lock doesn't catch so I wedge a chair under the handle at night"],
    ['Welsh needles where children play', "Ffeindies i nodwydd ar y gwair ger y siglenni"],
    ['Arabic ceiling swollen and soft', 'سقف الغرفة صار منفوخ وطري من الماء'],
    ['cooking on a camping stove', 'no cooker for a month so we are cooking on a camping stove in the kitchen'],
  ])('%s: %j', (_, text) => {
    expect(raises(text)).toBe(true);
  });

  it.each([
    ['a boiler by its age', 'my 15 year old boiler is noisy but works, can it be serviced'],
    ['no point chasing', "I don't see the point in chasing again, just send someone to fix the gate"],
  ])('a child cue or despair is not read into %s', (_, text) => {
    expect(understandOffline(text, { now: NOW }).signals.safeguarding_or_health_and_safety).toBe(false);
  });
});
