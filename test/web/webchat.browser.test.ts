// The tenant's chat page in a real browser (Debian's Chromium): the official Web Chat bundle
// talking to our self-hosted Direct Line, checked with axe-core and by keyboard alone. Whatever
// bot is wired in answers; the journey's own wording is specified with the dialogs.
import type { Page } from 'playwright-core';
import {
  axeViolations,
  describeInBrowser,
  focusIsVisible,
  nextBotText,
  openChat,
  saveScreenshot,
  sendBox,
  sendButton,
  sendMessage,
  useAppInBrowser,
  waitForBotText,
} from '../support/browser';

describeInBrowser('the web chat page (GET /) in Chromium', () => {
  const chat = useAppInBrowser({ LANDLORD_NAME: 'Riverside Homes' });

  it('names the landlord, says a person is always available, and greets the tenant', async () => {
    const page = await openChat(chat.browser, chat.app.baseUrl);
    expect(await page.title()).toMatch(/Riverside Homes/);
    await expect(page.locator('html').getAttribute('lang')).resolves.toBe('en-GB');
    const banner = await page.getByRole('banner').innerText();
    expect(banner).toContain('Riverside Homes');
    expect(banner).toContain("A person is always available — type 'talk to a person'.");
    await waitForBotText(page, /\S/);
  });

  it("round-trips a typed message: the tenant's message shows as sent and the bot answers", async () => {
    const page = await openChat(chat.browser, chat.app.baseUrl);
    await waitForBotText(page, /\S/);
    const reply = await nextBotText(page, () => sendMessage(page, 'The damp in my bedroom is back'));
    expect(reply.trim()).not.toBe('');
    // No "Send failed" on the tenant's own bubble: the echo carried its clientActivityID.
    await expect(page.getByText(/Send failed/i).count()).resolves.toBe(0);
    await saveScreenshot(page, 'webchat-desktop');
  });

  it('has no axe-core violations on the WCAG 2.2 AA rules, before and after a conversation', async () => {
    const page = await openChat(chat.browser, chat.app.baseUrl);
    await waitForBotText(page, /\S/);
    expect(await axeViolations(page)).toEqual([]);
    await nextBotText(page, () => sendMessage(page, 'hello'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('works by keyboard alone: Tab reaches the send box and the Send button, each with a visible focus', async () => {
    const page = await openChat(chat.browser, chat.app.baseUrl);
    await waitForBotText(page, /\S/);
    await tabUntil(page, () => isFocused(page, '[data-id="webchat-sendbox-input"]'));
    expect(await focusIsVisible(page)).toBe(true);
    await page.keyboard.type('sent by keyboard');
    await page.keyboard.press('Tab');
    expect(await sendButton(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await focusIsVisible(page)).toBe(true);
    await nextBotText(page, () => page.keyboard.press('Enter'));
    await page.locator('.webchat__bubble--from-user').filter({ hasText: 'sent by keyboard' }).waitFor();
  });

  it('fits a phone screen: no sideways scrolling, the send box in view', async () => {
    const page = await openChat(chat.browser, chat.app.baseUrl, { width: 360, height: 740 });
    await waitForBotText(page, /\S/);
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await expect(sendBox(page).isVisible()).resolves.toBe(true);
    const box = await sendBox(page).boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(740);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'webchat-phone');
  });

  it('serves the page and the Web Chat bundle with their content types and caching, from this server', async () => {
    const page = await fetch(`${chat.app.baseUrl}/`);
    expect(page.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(page.headers.get('cache-control')).toBe('no-cache');
    expect(page.headers.get('content-security-policy')).toMatch(/script-src 'self'/);
    const bundle = await fetch(`${chat.app.baseUrl}/webchat/webchat.js`);
    expect(bundle.status).toBe(200);
    expect(bundle.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(bundle.headers.get('cache-control')).toBe('public, max-age=86400');
    expect((await bundle.text()).length).toBeGreaterThan(1_000_000);
    const css = await fetch(`${chat.app.baseUrl}/chat.css`);
    expect(css.headers.get('content-type')).toBe('text/css; charset=utf-8');
  });
});

function isFocused(page: Page, selector: string): Promise<boolean> {
  return page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);
}

/** Presses Tab from the top of the page until `reached` holds (at most 30 presses). */
async function tabUntil(page: Page, reached: () => Promise<boolean>): Promise<void> {
  for (let i = 0; i < 30; i += 1) {
    await page.keyboard.press('Tab');
    if (await reached()) return;
  }
  throw new Error('Tab never reached the element');
}
