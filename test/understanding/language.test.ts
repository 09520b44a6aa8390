import { detectLanguage } from '../../understanding/embedded/language';

describe('language detection, as ISO 639-1', () => {
  it.each([
    ['my boiler is broken and nobody has come', 'en'],
    ['boiler broke', 'en'],
    ["Mae'r boeler wedi torri ac does dim dŵr poeth", 'cy'],
    ['Dw i ddim yn hapus o gwbl', 'cy'],
    ['Cieknie kran w kuchni, proszę o pomoc', 'pl'],
    ['Sąsiedzi robią imprezy co weekend', 'pl'],
    ['Nu funcționează încălzirea în dormitor', 'ro'],
    ['Vecinii de sus fac gălăgie în fiecare noapte', 'ro'],
    ['الجيران يشغلون موسيقى عالية كل ليلة', 'ar'],
    ['میرے گھر میں نمی ہے اور بچہ بیمار ہے', 'ur'],
    ['Bonjour, mon chauffage ne marche pas depuis trois jours', 'fr'],
    ['Hola, tengo una fuga de agua en la cocina', 'es'],
  ])('%j → %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('answers "und" with no confidence when there are no letters', () => {
    expect(detectLanguage('😡😡 ???')).toEqual({ code: 'und', confidence: 0 });
  });
});

describe('Welsh, Somali and Bengali are told by their own cues (tinyld has no Welsh and calls it and Somali Berber)', () => {
  it.each([
    ["Rwy'n byw yn y fflat ers dwy flynedd a does neb wedi trwsio'r to", 'cy'],
    ['Llwydni ym mhob ystafell ac mae fy mhlentyn yn sâl', 'cy'],
    ['Waxaan rabaa in qof yimaado oo hagaajiya tuubada biyaha', 'so'],
    ['আমার রান্নাঘরের কল থেকে পানি পড়ছে', 'bn'],
    ['Dzień dobry, od tygodnia nie działa ogrzewanie w mieszkaniu', 'pl'],
  ])('%j → %s', (text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });
});
