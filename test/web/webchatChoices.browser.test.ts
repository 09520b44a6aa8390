// The bot's choices on the chat page (Web Chat's suggested actions): every one reachable by Tab,
// laid out on a phone so that each is seen whole, and offered again when a question is re-asked.
import type { Page } from 'playwright-core';
import {
  axeViolations,
  describeInBrowser,
  focusIsVisible,
  nextBotText,
  openChat,
  saveScreenshot,
  sendMessage,
  suggestedActions,
  useAppInBrowser,
  waitForBotText,
} from '../support/browser';

const PHONE = { width: 390, height: 844 };

describeInBrowser('choices on the web chat page', () => {
  const chat = useAppInBrowser();

  /** A page where the bot has just asked a question with at least two choices. */
  async function pageWithChoices(viewport?: { width: number; height: number }): Promise<Page> {
    const page = await openChat(chat.browser, chat.app.baseUrl, viewport);
    await waitForBotText(page, /Tell us what has happened/);
    await sendMessage(page, 'There is a crack in my bathroom window');
    await suggestedActions(page).nth(1).waitFor();
    return page;
  }

  it('Tab reaches every choice, each with a visible focus', async () => {
    const page = await pageWithChoices();
    const choices = await suggestedActions(page).allInnerTexts();
    const reached: string[] = [];
    for (let i = 0; i < 40 && reached.length < choices.length; i += 1) {
      await page.keyboard.press('Tab');
      const focused = await page.evaluate(() => {
        const element = document.activeElement;
        return element?.matches('.webchat__suggested-actions[role="toolbar"] .webchat__suggested-action') ? (element as HTMLElement).innerText : null;
      });
      if (focused === null) continue;
      expect([focused, await focusIsVisible(page)]).toEqual([focused, true]);
      reached.push(focused);
    }
    expect(reached).toEqual(choices);
  });

  it('Enter on a choice reached by Tab answers with it', async () => {
    const page = await pageWithChoices();
    const last = suggestedActions(page).last();
    const title = await last.innerText();
    await last.focus();
    await nextBotText(page, () => page.keyboard.press('Enter'));
    await expect(page.locator('.webchat__bubble--from-user').last().innerText()).resolves.toBe(title);
  });

  it('wrap on a phone: every choice whole and on screen, nothing scrolled sideways', async () => {
    const page = await pageWithChoices(PHONE);
    const layout = await page.evaluate(() => {
      const toolbar = document.querySelector('.webchat__suggested-actions[role="toolbar"]') as HTMLElement;
      const buttons = Array.from(toolbar.querySelectorAll('.webchat__suggested-action')) as HTMLElement[];
      const boxes = buttons.map((button) => button.getBoundingClientRect());
      const scrollsSideways = (element: Element) => element.scrollWidth > element.clientWidth;
      return {
        pageScrollsSideways: document.documentElement.scrollWidth > window.innerWidth,
        toolbarScrollsSideways: [toolbar, ...Array.from(toolbar.querySelectorAll('*'))].some(
          (e) => scrollsSideways(e) && getComputedStyle(e).overflowX !== 'visible',
        ),
        offScreen: boxes.filter((box) => box.left < 0 || box.right > window.innerWidth).length,
        cutShort: buttons.filter((button) => Array.from(button.querySelectorAll('span')).some(scrollsSideways)).length,
        rows: new Set(boxes.map((box) => Math.round(box.top))).size,
        widthInOneRow: boxes.reduce((sum, box) => sum + box.width, 0),
        toolbarWidth: toolbar.clientWidth,
      };
    });
    expect(layout).toMatchObject({ pageScrollsSideways: false, toolbarScrollsSideways: false, offScreen: 0, cutShort: 0 });
    // Too wide for one line, so they take more than one.
    if (layout.widthInOneRow > layout.toolbarWidth) expect(layout.rows).toBeGreaterThan(1);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'webchat-choices-phone');
  });

  it('a question asked again after an answer it could not use still shows its choices', async () => {
    const page = await pageWithChoices();
    const choices = await suggestedActions(page).allInnerTexts();
    await nextBotText(page, () => sendMessage(page, 'banana'));
    await suggestedActions(page).first().waitFor();
    await expect(suggestedActions(page).allInnerTexts()).resolves.toEqual(choices);
  });
});
