// Recording a stage response with its remedy on the console's case page in Chromium: the respond
// form's apology, compensation, action rows and root-cause ticks; the case then shows what was put
// right, each action with a "mark done" form; axe clean before and after.
import type { Browser } from 'playwright-core';
import { SESSION_COOKIE } from '../../staff/access/guard';
import { startStaff, type Staff } from '../staff/staffHarness';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot } from '../support/browser';

describeInBrowser('remedies on the console case page in Chromium', () => {
  let s: Staff;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    s = await startStaff();
    s.pinNow('2026-12-10T10:00:00Z');
    reference = await s.open('complaint-repair-delay');
    expect((await s.act(reference, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await s?.t.stop();
  });

  it('records the response with its remedy, shows it, and marks an action done', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: await s.token('reviewer'), url: s.t.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${s.t.baseUrl}/console/cases/${reference}`);
    const form = page.getByRole('form', { name: 'Record the stage 1 response' });
    expect(await axeViolations(page)).toEqual([]);

    await form.getByLabel('Did we apologise?').selectOption('true');
    await form.getByLabel('Compensation in pounds').fill('£50.5x');
    await form.getByLabel('Action 1: what we will do').fill('Replace the bedroom window');
    await form.getByLabel('Action 1: who will do it').fill('Sam Lee');
    await form.getByLabel('Action 1: by when').fill('2027-01-15');
    await form.getByLabel('Root cause: Delays').check();
    await form.getByLabel('Root cause: Communication').check();
    await form.getByRole('button', { name: 'Record response' }).click();
    await expect(page.getByRole('alert').innerText()).resolves.toMatch(/compensation must be an amount in pounds/);
    expect(await axeViolations(page)).toEqual([]);

    const again = page.getByRole('form', { name: 'Record the stage 1 response' });
    await again.getByLabel('Did we apologise?').selectOption('true');
    await again.getByLabel('Compensation in pounds').fill('150');
    await again.getByLabel('Action 1: what we will do').fill('Replace the bedroom window');
    await again.getByLabel('Action 1: who will do it').fill('Sam Lee');
    await again.getByLabel('Action 1: by when').fill('2027-01-15');
    await again.getByLabel('Root cause: Delays').check();
    await again.getByRole('button', { name: 'Record response' }).click();

    const remedies = page.getByRole('region', { name: 'Putting things right' });
    await expect(remedies.innerText()).resolves.toMatch(/Compensation offered in all: £150\.00\. Actions still to do: 1\./);
    await expect(remedies.innerText()).resolves.toMatch(/Root causes\s+Delays/);
    await expect(remedies.innerText()).resolves.toMatch(/Response recorded by\s+Test reviewer/);
    await expect(remedies.getByRole('row', { name: /Replace the bedroom window/ }).innerText()).resolves.toMatch(/Sam Lee\s+Friday 15 January 2027\s+To do/);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-case-remedies');

    await remedies.getByLabel('Done on').fill('2026-12-10');
    await remedies.getByRole('button', { name: 'Mark action 1 done' }).click();
    await expect(page.getByRole('status').innerText()).resolves.toMatch(/Saved: complete remedy action/);
    await expect(page.getByRole('region', { name: 'Putting things right' }).getByRole('row', { name: /Replace the bedroom window/ }).innerText()).resolves.toMatch(/Done on Thursday 10 December 2026/);
    expect((await s.detail(reference)).lifecycle.stage1).toMatchObject({ apology: true, compensationPence: 15000, rootCauses: ['delays'], actions: [{ doneOn: '2026-12-10' }] });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });

  it('warns on the close form while "upheld" is chosen with no apology, and on the case once closed without a remedy (Code 7.1)', async () => {
    const closing = await s.open('complaint-repair-delay');
    expect((await s.act(closing, 'acknowledge', { version: 1, on: '2026-11-27' })).status).toBe(200);
    expect((await s.act(closing, 'respond', { version: 2, on: '2026-12-10', reasons: 'The repair was late.' })).status).toBe(200);
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: await s.token('reviewer'), url: s.t.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${s.t.baseUrl}/console/cases/${closing}`);
    const form = page.getByRole('form', { name: 'Close stage 1 with its outcome' });
    const warning = form.getByText(/upheld but no remedy is recorded/);
    await form.getByLabel('Outcome').selectOption('not_upheld');
    expect(await warning.isVisible()).toBe(false);
    await form.getByLabel('Outcome').selectOption('partly_upheld');
    expect(await warning.isVisible()).toBe(true);
    await form.getByLabel('Did we apologise?').selectOption('true');
    expect(await warning.isVisible()).toBe(false);
    await form.getByLabel('Did we apologise?').selectOption('');
    expect(await warning.isVisible()).toBe(true);
    expect(await axeViolations(page)).toEqual([]);
    // Saving is still possible; the case then says so until a remedy or a reason is recorded.
    await form.getByRole('button', { name: 'Close' }).click();
    await expect(page.locator('#remedy-warning-1').innerText()).resolves.toMatch(/Stage 1 is partly upheld but no remedy is recorded/);
    expect((await s.detail(closing)).lifecycle.stage1.outcome).toBe('partly_upheld');
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
