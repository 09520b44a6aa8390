import { detectAll } from 'tinyld';

// Language of a message, as ISO 639-1. tinyld alone mislabels short English ("boiler broke" →
// Turkmen) and has no Welsh, so the languages our tenants write in (English, Welsh,
// Polish, Urdu, Romanian, Arabic, Somali, Bengali) are told apart first by script, letters and
// common words, and tinyld answers only for anything else.

export interface DetectedLanguage {
  code: string;
  confidence: number;
}

const COMMON_WORDS: Record<string, ReadonlySet<string>> = {
  en: new Set('the and is to my i it a of in for on have has not no can you me we this that with was been are please hi hello there be at from what when how who dont its im ive just been they he she her his our your'.split(' ')),
  cy: new Set(("mae yn y yr fy ac a wedi ddim does dim gyda chi os gwelwch dda diolch rydw dw roedd ei eich ond hefyd bob nos heddiw neb ydy oes allwch shwmae bore o ar i'r mae'r dydy doedd sydd ni nhw hi fe ein am " +
    "rwy rwy'n ydw ydych ffonio gwaith ers mis sy'n gegin dod eisiau gwneud cwyn ffurfiol o'm bod aros hoffwn gael ateb llawn nhad mam iawn gan bydd fydd anfon rhywun drws ffenest tŷ " +
    "fflat cyngor tai ystafell isio isie moyn cwyno nwy mhob ym yng drwy dros wrth rhaid gallu gall dal byth erioed eto nawr wythnos wythnosau misoedd blynedd llwydni lleithder trwsio gollwng to wal").split(' ')),
  pl: new Set('nie jest się czy na w z do że to mnie moje mój od już ktoś proszę bardzo dzień dobry oraz jak ale mam jestem był nic nikt mi i o za po co tak tylko mieszkaniu'.split(' ')),
  so: new Set(('waxaan waxay waxa ayaa ayaan iyo oo ku ka la ma waa aan guriga fadlan mahadsanid qof hadda habeen kasta carruurta carruurtaydu karaan sare dabaqa iga soo jeer biyo uu ay aad tan baan ' +
    'kuma wuxuu waxayna sidoo kale maalin toddobaad bil gurigayga qolka xafiiska ilaa laga weli wali dhib cabasho hooyo aabe deriskayga xaafadda').split(' ')),
  ro: new Set('și nu în de la cu este sunt am pe mi a vă rog bună ziua pentru că din care foarte mulțumesc nimeni meu mea au fost o un una ca mai si in'.split(' ')),
};
// Letters only one of these languages uses.
const DISTINCT_LETTERS: Record<string, RegExp> = {
  pl: /[ąćęłńśźż]/g,
  ro: /[ăâîșțşţ]/g,
  cy: /[ŵŷ]/g,
};
// Urdu's own letters; Arabic text uses none of them.
const URDU_LETTERS = /[ٹڈڑںےھۓیکگپچژ]/g;
const ARABIC_SCRIPT = /[\u0600-\u06FF]/g;
const BENGALI_SCRIPT = /[\u0980-\u09FF]/g;

export function detectLanguage(text: string): DetectedLanguage {
  const letters = text.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return { code: 'und', confidence: 0 };

  const bengali = text.match(BENGALI_SCRIPT)?.length ?? 0;
  if (bengali / letters > 0.5) return { code: 'bn', confidence: 0.95 };

  const arabic = text.match(ARABIC_SCRIPT)?.length ?? 0;
  if (arabic / letters > 0.5) {
    const urdu = text.match(URDU_LETTERS)?.length ?? 0;
    return urdu > 0 ? { code: 'ur', confidence: Math.min(1, 0.6 + urdu / arabic) } : { code: 'ar', confidence: 0.9 };
  }

  const tokens = text.toLowerCase().match(/[\p{L}']+/gu) ?? [];
  const scores = Object.entries(COMMON_WORDS).map(([code, words]) => {
    const hits = tokens.filter((t) => words.has(t)).length;
    const letterHits = DISTINCT_LETTERS[code] ? (text.toLowerCase().match(DISTINCT_LETTERS[code])?.length ?? 0) : 0;
    return { code, score: hits + 1.5 * letterHits, letterHits };
  }).sort((a, b) => b.score - a.score);
  const [best, second] = scores;
  const tinyld = () => (tokens.length >= 3 ? detectAll(text)[0] : undefined);
  const clear = best.score > 0 && best.score > second.score;
  // Romanian and Polish share short words with Spanish, Italian, Portuguese…; without their own
  // letters, a confident tinyld answer for another language wins.
  // Our own cues are trusted when they are clear: tinyld has no Welsh and takes Welsh and Somali for Berber.
  const ownCuesClear = clear && (best.code === 'en' || best.letterHits > 0 || ((best.code === 'cy' || best.code === 'so') && best.score >= 3 && best.score >= 2 * second.score));
  const guess = ownCuesClear ? undefined : tinyld();
  const otherLanguage = guess !== undefined && guess.accuracy >= 0.6 && !(guess.lang in COMMON_WORDS);
  if (clear && !otherLanguage) {
    return { code: best.code, confidence: Math.min(0.99, 0.5 + (best.score - second.score) / (2 * Math.max(tokens.length, 1)) + best.score / 20) };
  }

  if (guess && guess.accuracy >= 0.5) return { code: guess.lang, confidence: guess.accuracy };
  // A short Latin-script message with no telling words: on a UK landlord's channel, English is the best bet.
  return { code: 'en', confidence: 0.4 };
}
