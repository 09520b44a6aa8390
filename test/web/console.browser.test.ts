// The staff console in Debian's Chromium: sign in, the queue, a case, an override with its reason
// in the audit trail, restricted cases per role, tenant text that cannot run, and axe on every page.
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot } from '../support/browser';
import { startStaff, type Staff } from '../staff/staffHarness';

const HOSTILE = 'Mould again. <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';

describeInBrowser('the staff console (/console) in Chromium', () => {
  let s: Staff;
  let browser: Browser;
  let review: string;
  let restricted: string;

  async function signIn(role: string, name: string): Promise<Page> {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    page.on('dialog', (dialog) => {
      throw new Error(`a dialog opened: ${dialog.message()}`);
    });
    await page.goto(`${s.t.baseUrl}/console`);
    expect(new URL(page.url()).pathname).toBe('/console/sign-in');
    await page.getByLabel('Your name').fill(name);
    await page.getByRole('radio', { name: role.replace('_', ' ') }).check();
    await page.getByRole('button', { name: 'Sign in', exact: true }).click();
    await page.getByRole('heading', { level: 1 }).waitFor();
    return page;
  }

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-01T10:00:00Z');
    review = await s.open('complaint-repair-delay', { summary: HOSTILE, signals: { unreasonableBehaviour: true } });
    await s.forward(review, 'facebook', `Forwarded: ${HOSTILE}`);
    restricted = await s.open('complaint-repair-delay', { signals: { staffConduct: true } });
    await s.open('complaint-repair-delay', { receivedAt: '2026-11-20T09:00:00Z' });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
  });

  it('signs a reviewer in and shows what needs them today, overdue first, without restricted cases', async () => {
    const page = await signIn('reviewer', 'Rita Reviewer');
    expect(new URL(page.url()).pathname).toBe('/console/queue');
    await expect(page.getByRole('heading', { level: 1 }).innerText()).resolves.toBe('What needs me today');
    const rows = page.locator('table.queue tbody tr');
    await expect(rows.first().innerText()).resolves.toMatch(/Overdue:.*working days? overdue/s);
    await expect(page.getByRole('link', { name: review })).toBeDefined();
    expect(await page.getByRole('link', { name: review }).count()).toBe(1);
    expect(await page.getByText(restricted).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-queue');
    await page.getByLabel('Channel').selectOption('email');
    await page.getByRole('button', { name: 'Filter' }).click();
    await page.getByText('0 cases, soonest deadline first').waitFor();
    expect(new URL(page.url()).searchParams.get('channel')).toBe('email');
    expect(await page.getByRole('link', { name: /^Overdue/ }).getAttribute('href')).toBe('/console/queue?view=overdue&channel=email');
  });

  it('shows a case with the tenant text escaped, the rules and clauses, deadlines in working days', async () => {
    const page = await signIn('reviewer', 'Rita Reviewer');
    await page.getByRole('link', { name: review }).click();
    await page.getByRole('heading', { name: `Case ${review}` }).waitFor();
    await expect(page.locator('blockquote.tenant-text').first().innerText()).resolves.toBe(HOSTILE);
    await expect(page.locator('blockquote.tenant-text').nth(2).innerText()).resolves.toBe(`Forwarded: ${HOSTILE}`);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await page.locator('section', { hasText: 'what understanding suggested' }).innerText()).toMatch(/Suggested\s+.+, \d+% confident/);
    const why = await page.locator('ol.reasons').innerText();
    expect(why).toMatch(/unreasonable behaviour: .*\(.*product default/);
    await expect(page.getByText('Acknowledge (Code 6.2 clock runs during review)').count()).resolves.toBe(1);
    expect(await page.locator('table').first().innerText()).toMatch(/Thursday 3 December 2026\s+in 2 working days/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-case');
  });

  it('overrides by keyboard alone with a reason, and the reason is in the audit trail', async () => {
    const page = await signIn('reviewer', 'Rita Reviewer');
    await page.goto(`${s.t.baseUrl}/console/cases/${review}`);
    // Tab first reaches the skip link, with a visible focus indicator.
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return { text: el.textContent, outline: getComputedStyle(el).outlineStyle };
    });
    expect(focused).toEqual({ text: 'Skip to main content', outline: 'solid' });
    await page.getByLabel('New outcome').focus();
    await page.keyboard.press('ArrowDown'); // from "Keep the outcome" to the first outcome, stage 1 opened
    expect(await page.getByLabel('New outcome').inputValue()).toBe('stage1_opened');
    await page.getByLabel('Why are you changing it?').focus();
    await page.keyboard.type('Behaviour concern not borne out by the call notes');
    await page.getByRole('button', { name: 'Override' }).focus();
    await page.keyboard.press('Enter');
    await page.getByRole('status').waitFor();
    await expect(page.getByRole('status').innerText()).resolves.toBe('Saved: override.');
    const audit = await page.locator('ol.audit').innerText();
    expect(audit).toMatch(/case\.overridden · Rita Reviewer/);
    expect(audit).toContain('reason: Behaviour concern not borne out by the call notes');
    await expect(page.locator('dl.facts').first().innerText()).resolves.toMatch(/Decision\s+stage 1 opened/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a stale form is refused with a message, not lost silently', async () => {
    const page = await signIn('reviewer', 'Rita Reviewer');
    await page.goto(`${s.t.baseUrl}/console/cases/${review}`);
    // Someone else records the acknowledgement meanwhile.
    const version = (await s.detail(review)).version;
    expect((await s.act(review, 'acknowledge', { version, on: '2026-12-01' }, 'complaints_manager')).status).toBe(200);
    await page.getByLabel('Why are you changing it?').fill('Actually a service request');
    await page.getByLabel('New category').selectOption('service_request');
    await page.getByRole('button', { name: 'Override' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/changed by someone else/);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('previews letters and shows the figures, each page passing axe', async () => {
    const page = await signIn('reviewer', 'Rita Reviewer');
    await page.goto(`${s.t.baseUrl}/console/cases/${review}`);
    await page.getByRole('link', { name: 'Preview: Acknowledgement of your complaint' }).click();
    await page.getByRole('heading', { name: 'Acknowledgement of your complaint' }).waitFor();
    expect(await page.locator('main').innerText()).toContain('<script>window.__xss = 1</script>');
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${s.t.baseUrl}/console/reports`);
    await page.getByRole('heading', { name: 'Complaint figures' }).waitFor();
    expect(await page.locator('figure.chart').first().innerText()).toMatch(/Contacts by category/);
    expect(await page.locator('svg[role="img"] text').allTextContents()).toContain('complaint');
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-reports');
    await page.getByRole('link', { name: 'The annual complaint performance report' }).click();
    await page.getByRole('heading', { name: /Annual complaint performance report/ }).waitFor();
    await page.getByRole('heading', { name: 'To add by hand before publishing' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.goto(`${s.t.baseUrl}/console/self-assessment`);
    await page.getByRole('heading', { name: 'Self-assessment against the Code' }).waitFor();
    expect(await page.getByRole('rowheader', { name: 'Code 6.2' }).count()).toBe(1);
    expect(await axeViolations(page)).toEqual([]);
  });

  it('a complaints manager sees the restricted case; a reviewer gets a not-found page for it', async () => {
    const reviewer = await signIn('reviewer', 'Rita Reviewer');
    const hidden = await reviewer.goto(`${s.t.baseUrl}/console/cases/${restricted}`);
    expect(hidden?.status()).toBe(404);
    const manager = await signIn('complaints_manager', 'Mo Manager');
    expect(await manager.getByRole('link', { name: restricted }).count()).toBe(1);
    await manager.getByRole('link', { name: restricted }).click();
    await expect(manager.locator('dl.facts').first().innerText()).resolves.toMatch(/Restricted: complaints managers only/);
    expect(await axeViolations(manager)).toEqual([]);
  });

  it('the sign-in page passes axe, and an admin is sent to the figures', async () => {
    const page = await browser.newPage();
    await page.goto(`${s.t.baseUrl}/console/sign-in`);
    expect(await axeViolations(page)).toEqual([]);
    const admin = await signIn('admin', 'Ada Admin');
    expect(new URL(admin.url()).pathname).toBe('/console/reports');
    const queue = await admin.goto(`${s.t.baseUrl}/console/queue`);
    expect(queue?.status()).toBe(403);
    expect(await axeViolations(admin)).toEqual([]);
  });
});
