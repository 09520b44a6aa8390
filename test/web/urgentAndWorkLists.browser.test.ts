// The console in Debian's Chromium: the urgent case is the first row of "What needs me today", and
// the work lists show a request to talk to a person with the time we promised; axe clean.
import type { Browser, Page } from 'playwright-core';
import { longDate } from '../../templates/longDate';
import { messageActivity, startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot, signInToConsole } from '../support/browser';
import { startStaff, type Staff } from '../staff/staffHarness';

describeInBrowser('urgent cases first and the work lists, in Chromium', () => {
  let s: Staff;
  let browser: Browser;
  let connector: CaptureConnector;
  let gas: string;
  let ordinary: string;

  const chat = async (text: string) =>
    fetch(`${s.t.baseUrl}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(messageActivity(connector.serviceUrl, 'browser-handoff', text, { channelId: 'webchat' })),
    });

  const signInAsReviewer = async (): Promise<Page> =>
    signInToConsole(await browser.newPage({ viewport: { width: 1280, height: 900 } }), s.t.baseUrl, 'Rita Reviewer', 'reviewer');

  beforeAll(async () => {
    s = await startStaff();
    connector = await startCaptureConnector();
    const hoursAgo = (h: number) => new Date(Date.now() - h * 3600_000).toISOString();
    // An ordinary complaint whose acknowledgement is long overdue, and a gas smell reported two hours ago.
    ordinary = await s.open('complaint-repair-delay', { receivedAt: hoursAgo(30 * 24) });
    gas = await s.open('gas-smell-emergency', { receivedAt: hoursAgo(2) });
    for (const said of ['talk to a person', 'Sam Jones', 'Phone', '07911 123456']) expect((await chat(said)).status).toBe(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await connector?.close();
    await s?.t.stop();
  });

  it('the urgent case is the first row of "What needs me today", its 24-hour clock in words', async () => {
    const page = await signInAsReviewer();
    await page.getByRole('heading', { name: 'What needs me today' }).waitFor();
    const rows = page.locator('table.queue tbody tr');
    await expect(rows.first().innerText()).resolves.toMatch(new RegExp(`^\\s*${gas}\\s+Urgent: emergency hazard, someone may be in danger[\\s\\S]*in 2[12] hours`));
    await expect(rows.nth(1).innerText()).resolves.toContain(ordinary);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-urgent-first');
  });

  it('the work lists show the request to talk to a person with its promised time, and mark it done', async () => {
    const [handoff] = (await (await s.get('/api/staff/work-lists?kind=handoff')).json()).items;
    const page = await signInAsReviewer();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Work lists' }).click();
    await page.getByRole('heading', { name: /^Work lists/ }).waitFor();
    const list = page.locator('section', { has: page.getByRole('heading', { name: /Asked to talk to a person/ }) });
    const row = list.locator('tbody tr').first();
    await expect(row.innerText()).resolves.toMatch(new RegExp(`end of ${longDate(handoff.respondBy)}[\\s\\S]*Sam Jones\\s+07911 123456`));
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-work-lists');

    await row.getByLabel('What was done').fill('Phoned Sam; repair booked for Thursday.');
    await row.getByRole('button', { name: 'Mark done' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Saved: an item of "Asked to talk to a person" marked done.');
    await expect(list.innerText()).resolves.toContain('Nothing waiting.');
    expect(await axeViolations(page)).toEqual([]);
  });
});
