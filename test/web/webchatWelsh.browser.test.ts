// The chat page in Welsh: chosen by the tenant with the switch, else by the browser's languages,
// with the page's own words (banner, send box, Send button, notes) in that language, and the
// language sent to the bot on every activity so it can answer in it.
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  botMessages,
  describeInBrowser,
  nextBotText,
  saveScreenshot,
  sendBox,
  sendButton,
  sendMessage,
  useAppInBrowser,
  waitForBotText,
} from '../support/browser';

const PHONE = { width: 390, height: 844 };

interface Sent {
  path: string;
  locale?: string;
  channelData?: { locale?: string; localeChosenBy?: string };
  text?: string;
}

/** Opens the page in a browser whose languages are `languages`, recording what the page posts to Direct Line. */
async function openPage(browser: Browser, baseUrl: string, languages: string[]): Promise<{ page: Page; sent: Sent[] }> {
  const page = await browser.newPage({ viewport: PHONE, locale: languages[0] });
  await page.addInitScript((list) => Object.defineProperty(navigator, 'languages', { get: () => list }), languages);
  const sent: Sent[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (request.method() === 'POST' && path.startsWith('/v3/directline/conversations')) sent.push({ path, ...JSON.parse(request.postData() || '{}') });
  });
  await page.goto(`${baseUrl}/`);
  await sendBox(page).waitFor({ state: 'visible' });
  return { page, sent };
}

function languageSwitch(page: Page) {
  return page.locator('#language-switch');
}

async function pageWords(page: Page) {
  return {
    lang: await page.locator('html').getAttribute('lang'),
    title: await page.title(),
    heading: await page.getByRole('heading', { level: 1 }).innerText(),
    chatLabel: await page.getByRole('main').getAttribute('aria-label'),
    placeholder: await sendBox(page).getAttribute('placeholder'),
    languageSwitch: [await languageSwitch(page).innerText(), await languageSwitch(page).getAttribute('lang')],
  };
}

const WELSH = {
  lang: 'cy-GB',
  title: 'Dywedwch wrthym beth sydd wedi digwydd – Riverside Homes',
  heading: 'Dywedwch wrthym am broblem',
  chatLabel: 'Sgwrsio â ni',
  placeholder: 'Teipiwch eich neges',
  languageSwitch: ['English', 'en-GB'],
};

const ENGLISH = {
  lang: 'en-GB',
  title: 'Tell us what has happened – Riverside Homes',
  heading: 'Tell us about a problem',
  chatLabel: 'Chat with us',
  placeholder: 'Type your message',
  languageSwitch: ['Cymraeg', 'cy-GB'],
};

describeInBrowser('the web chat page in Welsh', () => {
  const chat = useAppInBrowser({ LANDLORD_NAME: 'Riverside Homes' });

  it('is in Welsh in a Welsh browser, with a switch to English, and axe finds nothing', async () => {
    const { page } = await openPage(chat.browser, chat.app.baseUrl, ['cy-GB', 'en-GB']);
    await expect(pageWords(page)).resolves.toEqual(WELSH);
    await expect(sendButton(page, 'Anfon').isVisible()).resolves.toBe(true);
    await expect(page.getByRole('banner').innerText()).resolves.toContain("teipiwch 'siarad â pherson'");
    await waitForBotText(page, /\S/);
    expect(await axeViolations(page)).toEqual([]);
    await nextBotText(page, () => sendMessage(page, 'Mae ffenestr yr ystafell ymolchi wedi torri'));
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'webchat-welsh-phone');
  });

  it('tells the bot: the conversation starts in cy-GB and every message says cy-GB, chosen by the browser', async () => {
    const { page, sent } = await openPage(chat.browser, chat.app.baseUrl, ['cy']);
    await waitForBotText(page, /\S/);
    await nextBotText(page, () => sendMessage(page, 'Helo'));
    const start = sent.find((s) => s.path === '/v3/directline/conversations');
    const message = sent.find((s) => s.text === 'Helo');
    expect(start?.locale).toBe('cy-GB');
    expect(message).toMatchObject({ locale: 'cy-GB', channelData: { locale: 'cy-GB', localeChosenBy: 'browser' } });
  });

  it.each([
    [['en-GB', 'cy-GB'], ENGLISH],
    [['fr-FR', 'cy'], WELSH],
    [['de-DE'], ENGLISH],
  ])('follows the first of the browser languages %j that it has', async (languages, words) => {
    const { page } = await openPage(chat.browser, chat.app.baseUrl, languages);
    await expect(pageWords(page)).resolves.toEqual(words);
  });

  it('switches language in the same conversation, tells the bot from the next message, and remembers the choice', async () => {
    const { page, sent } = await openPage(chat.browser, chat.app.baseUrl, ['en-GB']);
    await expect(pageWords(page)).resolves.toEqual(ENGLISH);
    await waitForBotText(page, /\S/);
    await nextBotText(page, () => sendMessage(page, 'My boiler is broken'));
    const transcript = await botMessages(page).allInnerTexts();

    await languageSwitch(page).click();
    await expect(pageWords(page)).resolves.toEqual(WELSH);
    await expect(sendButton(page, 'Anfon').isVisible()).resolves.toBe(true);
    // The same conversation: nothing said so far is lost.
    await expect(botMessages(page).allInnerTexts()).resolves.toEqual(transcript);
    await nextBotText(page, () => sendMessage(page, 'Ydy'));
    expect(sent.find((s) => s.text === 'My boiler is broken')).toMatchObject({ locale: 'en-GB', channelData: { locale: 'en-GB' } });
    expect(sent.find((s) => s.text === 'Ydy')).toMatchObject({ locale: 'cy-GB', channelData: { locale: 'cy-GB', localeChosenBy: 'tenant' } });
    expect(await axeViolations(page)).toEqual([]);

    await page.reload();
    await sendBox(page).waitFor({ state: 'visible' });
    await expect(pageWords(page)).resolves.toEqual(WELSH);
    await languageSwitch(page).click();
    await expect(pageWords(page)).resolves.toEqual(ENGLISH);
  });
});
