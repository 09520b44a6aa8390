// The console's hazard page in Debian's Chromium: a reviewer finds the damp-and-mould clock a triaged
// repair report started, records the investigation, sees the step met and the audit event; axe clean.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot, signInToConsole } from '../support/browser';
import { startStaff, type Staff } from '../staff/staffHarness';

describeInBrowser("the console hazard page (Awaab's Law) in Chromium", () => {
  let s: Staff;
  let browser: Browser;
  let damp: string;
  let gas: string;

  const signInAsReviewer = async (): Promise<Page> =>
    signInToConsole(await browser.newPage({ viewport: { width: 1280, height: 900 } }), s.t.baseUrl, 'Rita Reviewer', 'reviewer');

  beforeAll(async () => {
    s = await startStaff();
    // Cases through the real triage API: a first report of mould (a service request that starts the clock) and a gas smell.
    damp = await s.open('damp-and-mould-repair');
    gas = await s.open('gas-smell-emergency');
    s.pinNow('2026-12-21T10:00:00Z');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
  });

  it('records "investigation concluded" for a damp-and-mould clock and shows the step met and the audit event', async () => {
    const page = await signInAsReviewer();
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Hazard clocks' }).click();
    await page.getByRole('heading', { name: "Hazard clocks (Awaab's Law)" }).waitFor();
    const headings = await page.getByRole('heading', { level: 2 }).allInnerTexts();
    expect(headings).toEqual([`Case ${gas}: gas Emergency`, `Case ${damp}: damp and mould Significant`]);
    expect(await axeViolations(page)).toEqual([]);

    const clock = page.locator('section', { has: page.getByRole('heading', { name: `Case ${damp}` }) });
    const investigate = clock.getByRole('row', { name: /^Investigate/ });
    await expect(investigate.innerText()).resolves.toMatch(/end of Wednesday 6 January 2027\s+in 9 working days\s+due/);
    await clock.getByLabel(`Record for case ${damp}`).selectOption({ label: 'Investigation concluded' });
    await clock.getByLabel('When it happened (UK time)').fill('2026-12-21T09:30');
    await clock.getByRole('button', { name: 'Record' }).click();

    await expect(page.getByRole('status').innerText()).resolves.toBe(`Saved: investigation concluded on case ${damp}.`);
    await expect(investigate.innerText()).resolves.toMatch(/done 21 Dec 2026, 09:30\s+met/);
    await expect(clock.getByRole('row', { name: /^Written summary/ }).innerText()).resolves.toMatch(/end of Thursday 24 December 2026\s+in 3 working days\s+due/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-hazards');

    await clock.getByRole('link', { name: damp }).click();
    await page.getByRole('heading', { name: `Case ${damp}` }).waitFor();
    await expect(page.locator('ol.audit').innerText()).resolves.toMatch(/hazard\.investigation concluded · Rita Reviewer\nat: 2026-12-21T09:30:00\.000Z/);
  });

  it('the emergency shows how long past its 24 hours it is, in words and not by colour alone', async () => {
    const page = await signInAsReviewer();
    await page.goto(`${s.t.baseUrl}/console/hazards`);
    const clock = page.locator('section', { has: page.getByRole('heading', { name: `Case ${gas}` }) });
    await expect(clock.getByRole('row', { name: /^Make safe/ }).innerText()).resolves.toMatch(/25 Oct 2026, 20:30\s+overdue by 56 days\s+overdue/);
  });
});
