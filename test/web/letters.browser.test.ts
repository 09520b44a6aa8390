// Letters on the console's case page in Debian's Chromium: each letter with its PDF, the button that
// emails it (through a real SMTP server on 127.0.0.1), the sending shown afterwards, and axe on the
// page with the button, after sending, and with the reason a letter cannot be emailed.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot } from '../support/browser';
import { startSmtp, type TestSmtp } from '../support/smtpServer';
import { startStaff, type Staff } from '../staff/staffHarness';

describeInBrowser('letters on the console case page in Chromium', () => {
  let s: Staff;
  let smtp: TestSmtp;
  let browser: Browser;

  async function signedIn(): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${s.t.baseUrl}/console/sign-in`);
    await page.getByLabel('Your name').fill('Priya Shah');
    await page.getByRole('radio', { name: 'reviewer' }).check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  beforeAll(async () => {
    smtp = await startSmtp();
    s = await startStaff({ SMTP_URL: smtp.url, LETTERS_FROM: 'complaints@landlord.example' });
    s.pinNow('2026-12-01T10:00:00Z');
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
    await smtp?.stop();
  });

  it('emails a letter from its button, then shows who sent it to where, and stays axe-clean', async () => {
    const reference = await s.open('complaint-repair-delay', { contact: { name: 'Aisha Begum', email: 'aisha.begum@example.org' }, vulnerability: { hasVulnerability: false } } as never);
    const page = await signedIn();
    await page.goto(`${s.t.baseUrl}/console/cases/${reference}`);
    expect(await page.getByRole('link', { name: /^PDF\s+of Acknowledgement of your complaint$/ }).getAttribute('href')).toBe(`/api/staff/cases/${reference}/letters/acknowledgement.pdf`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: /^Email to the resident\s+\(Acknowledgement of your complaint\)$/ }).click();
    await page.getByText('Saved: letter emailed.').waitFor();
    await expect(page.getByText(/Emailed on 1 Dec 2026, 10:00 by Priya Shah to aisha\.begum@example\.org/).count()).resolves.toBe(1);
    expect(smtp.received).toHaveLength(1);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-letter-emailed');
  });

  it('says why a letter cannot be emailed where the button would be', async () => {
    const reference = await s.open('complaint-repair-delay', { contact: { name: 'Joanne Pryce', phone: '07700 900456' }, vulnerability: { hasVulnerability: false } } as never);
    const page = await signedIn();
    await page.goto(`${s.t.baseUrl}/console/cases/${reference}`);
    await page.getByText(/Not by email: Case .* has no email address/).waitFor();
    expect(await page.getByRole('button', { name: /Email to the resident/ }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
