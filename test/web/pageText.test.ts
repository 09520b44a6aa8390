// The chat page's own words in every language it offers: nothing English left without a Welsh
// version, the same placeholders in both, and Web Chat strings that Web Chat really has.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { jsonForScriptBlock, loadPageText, pageTextData, pageTitle, PAGE_LANGUAGES, type PageText } from '../../web/pageText';

const english = loadPageText('en');

/** Every string of a language's page text by its path ("page.title", "webChat.TEXT_INPUT_PLACEHOLDER"). */
function strings(text: PageText): Map<string, string> {
  return new Map([
    ...Object.entries(text.page).map(([key, value]) => [`page.${key}`, value] as const),
    ...Object.entries(text.webChat).map(([key, value]) => [`webChat.${key}`, value] as const),
  ]);
}

/** What must survive translation: Web Chat's $1, our {landlord}, and Markdown link ids like [RETRY]. */
function placeholders(value: string): string[] {
  return (value.match(/\$\d|\{[a-z]+\}|\[[A-Z]+\]/g) ?? []).sort();
}

describe('the chat page text', () => {
  it.each(PAGE_LANGUAGES.filter((l) => l !== 'en'))('every English string has a %s one, with the same placeholders', (language) => {
    const translated = strings(loadPageText(language));
    for (const [path, value] of strings(english)) {
      expect([path, translated.has(path)]).toEqual([path, true]);
      expect([path, placeholders(translated.get(path)!)]).toEqual([path, placeholders(value)]);
    }
    expect([...translated.keys()].filter((path) => !strings(english).has(path))).toEqual([]);
  });

  it('the Welsh is not English copied across (every string differs)', () => {
    const welsh = strings(loadPageText('cy'));
    const untranslated = [...strings(english)].filter(([path, value]) => welsh.get(path) === value).map(([path]) => path);
    expect(untranslated).toEqual([]);
  });

  it('names only strings Web Chat has (a renamed id would silently show English)', () => {
    const webChatApi = dirname(require.resolve('botframework-webchat-api'));
    const webChatStrings = JSON.parse(readFileSync(join(webChatApi, 'localization', 'en-US.json'), 'utf8')) as Record<string, string>;
    const unknown = PAGE_LANGUAGES.flatMap((l) => Object.keys(loadPageText(l).webChat)).filter((id) => !(id in webChatStrings));
    expect(unknown).toEqual([]);
  });

  it('has a locale per language, which is what the page sends to the bot', () => {
    expect(PAGE_LANGUAGES.map((l) => loadPageText(l).locale)).toEqual(['en-GB', 'cy-GB']);
  });

  it('puts the landlord in the title', () => {
    expect(pageTitle(loadPageText('cy'), 'Cartrefi Conwy')).toBe('Dywedwch wrthym beth sydd wedi digwydd – Cartrefi Conwy');
  });

  it('cannot end the page’s data block early, whatever the landlord is called', () => {
    const block = jsonForScriptBlock(pageTextData('</script><script>alert(1)</script><!--'));
    expect(block).not.toMatch(/<\/script|<!--/i);
    expect(JSON.parse(block).landlord).toBe('</script><script>alert(1)</script><!--');
  });
});
