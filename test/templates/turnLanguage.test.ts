// The turn's language, decided in one place: the page's or channel's locale, Welsh from a first
// message in Welsh whatever the page says, kept for the conversation until the tenant switches the
// page during it.
import { languageOfTurn, languageOfWords, type ConversationLanguage } from '../../templates/language';

describe('the language of a first message', () => {
  it.each([
    ["Mae'r boeler wedi torri ers wythnos a does neb wedi dod", 'cy'],
    ['isio cwyno', 'cy'],
    ['Shwmae', 'cy'],
    ["Bore da, my boiler's been broken since Friday and no one has rung me back. Diolch", 'en'],
    ['Noswaith dda, the neighbours are loud again', 'en'],
    ['My kitchen tap is dripping', 'en'],
    ['Helo', undefined],
    ['👍', undefined],
  ])('"%s" → %s', (text, language) => {
    expect(languageOfWords(text)).toBe(language);
  });
});

describe('the language of each turn', () => {
  /** Plays turns of [locale, text] and returns each turn's language. */
  function play(turns: Array<[string | undefined, string | undefined]>): string[] {
    let remembered: ConversationLanguage = {};
    return turns.map(([locale, text]) => {
      const { language, remember } = languageOfTurn(remembered, locale, text);
      remembered = remember;
      return language;
    });
  }

  it.each<[string, Array<[string | undefined, string | undefined]>, string[]]>([
    ['a Welsh page is Welsh, whatever is written', [['cy-GB', 'my boiler is broken'], ['cy-GB', 'yes']], ['cy', 'cy']],
    ['an English page with a Welsh first message is Welsh from the first reply, and stays so', [['en-GB', "Mae'r to yn gollwng ers mis Medi"], ['en-GB', 'ok'], ['en-GB', 'Yes']], ['cy', 'cy', 'cy']],
    ['an English first message is English, and a later Welsh one does not switch', [['en-GB', 'My roof leaks'], ['en-GB', 'Heol y Parc, Caerdydd, mae hi wedi bod yn gollwng']], ['en', 'en']],
    ['a greeting says too little: the next message decides', [['en-GB', 'Helo'], ['en-GB', "Mae'r to yn gollwng ers mis Medi"], ['en-GB', 'ok']], ['en', 'cy', 'cy']],
    ['switching the page during the conversation is followed', [['en-GB', "Mae'r to yn gollwng ers mis Medi"], ['cy-GB', 'Ie'], ['en-GB', 'help']], ['cy', 'cy', 'en']],
    ['the welcome before any message follows the page', [['en-GB', undefined], ['en-GB', "Mae'r to yn gollwng"]], ['en', 'cy']],
    ['no locale at all (a test channel) is English', [[undefined, 'My roof leaks']], ['en']],
  ])('%s', (_what, turns, languages) => {
    expect(play(turns)).toEqual(languages);
  });
});
