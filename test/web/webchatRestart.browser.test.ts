// A restart or redeploy under an open chat page: the tenant carries on where they were. The page
// notices the server's new boot id and reconnects to the same Direct Line conversation, whose
// transcript and dialog state are in the database.
import type { Browser } from 'playwright-core';
import {
  clickSuggestedAction,
  describeInBrowser,
  launchBrowser,
  openChat,
  saveScreenshot,
  sendMessage,
  waitForBotText,
} from '../support/browser';
import { configuredStore, testStoreEnv } from '../support/testDatabase';
import { startTestApp, type TestApp } from '../support/testApp';

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

  // Several server starts on a shared, busy CI machine: more time than the suite's default.
  it('picks up the same conversation after the server restarts', async () => {
    app = await startTestApp({}, configuredStore, store);
    const port = new URL(app.baseUrl).port;
    const page = await openChat(browser, app.baseUrl);
    await waitForBotText(page, /Tell us what has happened/);
    await sendMessage(page, 'There is a crack in my bathroom window');
    await waitForBotText(page, /Is that right\?|Which of these is closest|Please tell us a little/);

    // Mark the Web Chat on the page now; the page renders a fresh one when it reconnects.
    await page.evaluate(() => Object.assign(document.getElementById('webchat') as HTMLElement, { beforeRestart: true }));
    await app.stop();
    app = await startTestApp({ PORT: port }, configuredStore, store);

    // The page notices the restart (it checks every few seconds), reconnects, and shows the same transcript.
    await page.waitForFunction(() => !(document.getElementById('webchat') as HTMLElement & { beforeRestart?: boolean }).beforeRestart, undefined, {
      timeout: 30000,
    });
    const asked = await waitForBotText(page, /Is that right\?|Which of these is closest|Please tell us a little/);
    if (/Is that right\?/.test(asked)) await clickSuggestedAction(page, 'No, something else');
    else if (/Please tell us a little/.test(asked)) await sendMessage(page, 'There is a crack in my bathroom window');
    if (!/Which of these is closest/.test(asked)) await waitForBotText(page, /Which of these is closest/);
    await sendMessage(page, 'Repair or request');
    await waitForBotText(page, /Where is the problem/);
    await saveScreenshot(page, 'webchat-after-restart');
  }, 180_000);
});
