// A tenant makes a formal complaint in the real chat page (Debian's Chromium, the official Web
// Chat bundle, our Direct Line), by typing and by clicking suggested actions, and sees the
// reference and the date of the response.
import {
  axeViolations,
  botMessages,
  clickSuggestedAction,
  describeInBrowser,
  openChat,
  saveScreenshot,
  sendMessage,
  useAppInBrowser,
  waitForBotText,
} from '../support/browser';
import { answerFor, COMPLAINANT } from '../support/tenantPersona';

/** Answers that are buttons in the chat; everything else is typed. */
const BUTTONS = new Set(['Yes', 'No', 'No, something else', 'Make a complaint', 'No, that is everything', 'For myself', 'Email', 'Yes, send it']);

describeInBrowser('a formal complaint in the web chat page', () => {
  const fixture = useAppInBrowser({ LANDLORD_NAME: 'Riverside Homes' });

  it('is made by typing and clicking, and ends with the reference and the response date', async () => {
    const page = await openChat(fixture.browser, fixture.app.baseUrl);
    await waitForBotText(page, /Tell us what has happened/);
    let seen = await botMessages(page).count();
    await sendMessage(page, COMPLAINANT.opening);
    for (let turn = 0; turn < 30; turn += 1) {
      // Wait for the bot to finish answering: a new message, then a quiet moment.
      await botMessages(page).nth(seen).waitFor({ state: 'visible', timeout: 20000 });
      await page.waitForTimeout(300);
      const all = await botMessages(page).allInnerTexts();
      const latest = all.slice(seen).join('\n');
      seen = all.length;
      if (COMPLAINANT.done.test(latest)) break;
      const answer = answerFor(COMPLAINANT, latest);
      if (!answer) throw new Error(`no answer for:\n${latest}`);
      if (BUTTONS.has(answer)) await clickSuggestedAction(page, answer);
      else await sendMessage(page, answer);
    }
    const outcome = await waitForBotText(page, /Your reference is CMP-\d{4}-\d{6}/);
    expect(outcome).toMatch(/full response by \w+day \d+ \w+ \d{4}/);
    await saveScreenshot(page, 'webchat-complaint-made');
    expect(await axeViolations(page)).toEqual([]);
  });
});
