// A restart or redeploy under an open chat page: the tenant carries on where they were. The page
// notices the server is back (a new boot id, or an answer after none), reconnects to the same
// Direct Line conversation, whose transcript and dialog state are in the database, and sends what
// the tenant typed meanwhile: once, and never with a notice that the chat has ended.
import type { Browser, Page } from 'playwright-core';
import {
  axeViolations,
  botMessages,
  describeInBrowser,
  launchBrowser,
  openChat,
  saveScreenshot,
  sendMessage,
  waitForBotText,
} from '../support/browser';
import { configuredStore, testStoreEnv } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

const PHONE = { width: 390, height: 844 };
const ANY_ENDING = /ended|could not pick this chat up|unable to connect|reload the page/i;

describeInBrowser('the web chat page across a server restart', () => {
  const store = testStoreEnv(configuredStore);
  let browser: Browser;
  let app: TestApp | undefined;

  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    await store.dispose();
  });

  /** Stops the server under the open page, runs `whileDown`, and starts it again on the same port and data. */
  async function restartServer(whileDown: () => Promise<void>): Promise<void> {
    const port = new URL(app!.baseUrl).port;
    await app!.stop();
    app = undefined;
    await whileDown();
    app = await startTestApp({ PORT: port }, configuredStore, store);
  }

  async function openStartedChat(): Promise<Page> {
    // One server on the data at a time: the embedded store is locked to the one that has it open.
    await app?.stop();
    app = await startTestApp({}, configuredStore, store);
    const page = await openChat(browser, app.baseUrl, PHONE);
    await waitForBotText(page, /Tell us what has happened/);
    await sendMessage(page, 'There is a crack in my bathroom window');
    await botMessages(page).nth(2).waitFor();
    return page;
  }

  // Several server starts on a shared, busy CI machine: more time than the suite's default.
  it('sends a message typed while the server was down once it is back, says "Reconnected", and never that the chat ended', async () => {
    const page = await openStartedChat();
    const taken = messagesTheServerTook(page);
    const before = await botMessages(page).count();

    await restartServer(async () => {
      await sendMessage(page, 'No, something else');
      await waitForStatus(page, /Your message will be sent as soon as it is back/);
    });

    // The bot answers the message typed during the outage, in the same conversation.
    await waitForStatus(page, /^Reconnected\./);
    await botMessages(page).nth(before).waitFor();
    expect(taken).toEqual(['No, something else']);
    expect(await userMessages(page)).toEqual(['There is a crack in my bathroom window', 'No, something else']);
    expect(await page.locator('body').innerText()).not.toMatch(ANY_ENDING);
    await expect(page.getByText('Send failed. Retry.').count()).resolves.toBe(0);

    // And the conversation goes on.
    const next = await botMessages(page).count();
    await sendMessage(page, 'Repair or request');
    await botMessages(page).nth(next).waitFor();
    expect(taken).toEqual(['No, something else', 'Repair or request']);
    // Still never an ending while it goes on.
    expect(await page.locator('body').innerText()).not.toMatch(ANY_ENDING);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'webchat-after-restart');
  }, 240_000);

  it('keeps a message through a long outage: "Send failed. Retry." shows, Retry does not send it twice, and it goes once the server is back', async () => {
    const page = await openStartedChat();
    const taken = messagesTheServerTook(page);
    const before = await botMessages(page).count();

    await restartServer(async () => {
      await sendMessage(page, 'No, something else');
      // Web Chat gives up waiting after its send timeout (20 s) and offers Retry.
      await page.getByText('Send failed. Retry.').waitFor({ timeout: 60000 });
      await page.getByRole('button', { name: 'Retry', exact: true }).click();
      await waitForStatus(page, /Your message will be sent as soon as it is back/);
    });

    await waitForStatus(page, /^Reconnected\./);
    await botMessages(page).nth(before).waitFor();
    expect(taken).toEqual(['No, something else']);
    expect(await userMessages(page)).toEqual(['There is a crack in my bathroom window', 'No, something else']);
    // The message is marked as sent, not failed, once the server has it.
    await page.getByText('Send failed. Retry.').waitFor({ state: 'detached' });
    expect(await page.locator('body').innerText()).not.toMatch(ANY_ENDING);
    expect(await axeViolations(page)).toEqual([]);
  }, 300_000);

  it('says plainly that the chat cannot be picked up when the server that comes back no longer has the conversation', async () => {
    const page = await openStartedChat();
    const port = new URL(app!.baseUrl).port;
    await app!.stop();
    // Back on the same address with none of the old data (its conversations and tokens are gone).
    const fresh = testStoreEnv(configuredStore);
    app = await startTestApp({ PORT: port }, configuredStore, fresh);
    try {
      await waitForStatus(page, /we could not pick this chat up again/);
      expect(await page.locator('body').innerText()).not.toMatch(/Reconnected/);
    } finally {
      await app.stop();
      app = undefined;
      await fresh.dispose();
    }
  }, 240_000);
});

/** Waits until the page's own status note (below the send box) says `pattern`. */
async function waitForStatus(page: Page, pattern: RegExp): Promise<void> {
  await page.locator('#chat-status').filter({ hasText: pattern }).waitFor({ timeout: 30000 });
}

function userMessages(page: Page): Promise<string[]> {
  return page.locator('.webchat__bubble--from-user .webchat__bubble__content').allInnerTexts();
}

/** The text of every message the server accepted from this page from now on (a failed attempt is not accepted). */
function messagesTheServerTook(page: Page): string[] {
  const taken: string[] = [];
  page.on('response', (response) => {
    const request = response.request();
    if (request.method() !== 'POST' || !/\/v3\/directline\/conversations\/[^/]+\/activities$/.test(request.url())) return;
    const activity = JSON.parse(request.postData() ?? '{}') as { type?: string; text?: string };
    if (response.ok() && activity.type === 'message') taken.push(activity.text ?? '');
  });
  return taken;
}
