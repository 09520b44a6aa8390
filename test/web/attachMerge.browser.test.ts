// Files and merging on the console case page in Debian's Chromium: a file chosen in the file input
// and uploaded by the form (multipart, as a browser sends it), listed with its download link and its
// removal form; a duplicate merged by its form; axe on each page as it then stands.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeInBrowser, launchBrowser, signInToConsole } from '../support/browser';
import { startStaff, type Staff } from '../staff/staffHarness';

describeInBrowser('files and merging on the case page, in Chromium', () => {
  let s: Staff;
  let browser: Browser;
  let page: Page;
  let kept: string;
  let dup: string;

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-10T10:00:00Z');
    kept = await s.open('complaint-repair-delay', { receivedAt: '2026-12-01T09:00:00Z' });
    dup = await s.open('complaint-repair-delay', { receivedAt: '2026-12-02T09:00:00Z' });
    browser = await launchBrowser();
    page = await signInToConsole(await browser.newPage({ viewport: { width: 1280, height: 900 } }), s.t.baseUrl, 'Priya Shah', 'reviewer');
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
  });

  it('uploads a file chosen in the form, lists it with its link and removal form, and passes axe', async () => {
    await page.goto(`${s.t.baseUrl}/console/cases/${dup}`);
    await page.getByLabel('File', { exact: true }).setInputFiles({ name: "Mrs O'Brien – damp ☔.pdf", mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%%EOF\n') });
    await page.getByRole('button', { name: 'Add the file' }).click();
    await page.getByRole('status').waitFor();
    expect(new URL(page.url()).search).toBe('?done=attachments');
    await expect(page.getByRole('link', { name: "Mrs O'Brien – damp ☔.pdf" }).getAttribute('href')).resolves.toMatch(new RegExp(`^/api/staff/cases/${dup}/attachments/\\d+$`));
    expect(await page.getByLabel("Filed by mistake? Why remove Mrs O'Brien – damp ☔.pdf").count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('merges the duplicate by its form; both pages say so and pass axe', async () => {
    await page.getByLabel('Reference of the case to keep').fill(kept);
    await page.getByLabel('Why they are the same complaint').fill('Same leak, by chat and by email.');
    await page.getByRole('button', { name: 'Merge into the case to keep' }).click();
    await page.getByRole('status').waitFor();
    await expect(page.locator('#merged-into').innerText()).resolves.toContain(`this case was merged into ${kept}`);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('link', { name: kept, exact: true }).first().click();
    await expect(page.locator('#merged-from').innerText()).resolves.toContain(dup);
    await expect(page.getByText(`from ${dup}`).count()).resolves.toBeGreaterThan(0);
    expect(await axeViolations(page)).toEqual([]);
  });
});
