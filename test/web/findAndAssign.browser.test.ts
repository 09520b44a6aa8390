// Finding and owning cases in Debian's Chromium: a reviewer searches by a phone number, opens the
// case, makes it theirs and finds it under "My cases"; then ticks two decisions and approves both
// at once. axe clean on each page.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot, signInToConsole } from '../support/browser';
import { startStaff, type Staff } from '../staff/staffHarness';

const COMPLAINT = 'complaint-repair-delay';

describeInBrowser('finding, owning and approving cases in Chromium', () => {
  let s: Staff;
  let browser: Browser;
  let sam: string;
  let dee: string;

  const signIn = async (): Promise<Page> =>
    signInToConsole(await browser.newPage({ viewport: { width: 1280, height: 900 } }), s.t.baseUrl, 'Rita Reviewer', 'reviewer');

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    sam = await s.open(COMPLAINT, { contact: { name: 'Sam Jones', phone: '07700 900123' } });
    dee = await s.open(COMPLAINT, { contact: { name: 'Dee Evans' }, summary: 'Nobody answered my call about the boiler.' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
  });

  it('searches by phone number, assigns the case to me, and finds it under "My cases"', async () => {
    const page = await signIn();
    await page.getByLabel('Find a case, open or closed').fill('+44 7700 900123');
    await page.getByRole('button', { name: 'Search' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('1 case found for “+44 7700 900123”, the best match first.');
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: sam }).click();

    await page.getByLabel('Owner').selectOption({ label: 'Rita Reviewer (you)' });
    await page.getByRole('button', { name: 'Save owner' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Saved: assignment.');
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Queue' }).click();
    await page.getByRole('navigation', { name: 'Whose cases' }).getByRole('link', { name: 'My cases' }).click();
    const rows = page.locator('table.queue tbody tr');
    await expect(rows.count()).resolves.toBe(1);
    await expect(rows.first().innerText()).resolves.toMatch(/Sam Jones[\s\S]*Rita Reviewer/);
    await saveScreenshot(page, 'console-my-cases');
  });

  it('ticks two decisions on the queue and approves both at once', async () => {
    const page = await signIn();
    await page.getByRole('checkbox', { name: new RegExp(`Approve the decision on ${sam}`) }).check();
    await page.getByRole('checkbox', { name: new RegExp(`Approve the decision on ${dee}`) }).check();
    await page.getByRole('button', { name: 'Approve selected' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toBe(`Approved 2: ${sam}, ${dee}.`);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-bulk-approve');
  });
});
