// The conversation on the console's case page in Chromium: a complaint made over HTTP with markup
// in an answer, then read by a reviewer: nothing runs, speakers in words, axe clean.
import type { Browser } from 'playwright-core';
import { SESSION_COOKIE } from '../../staff/access/guard';
import { startStaff, type Staff } from '../staff/staffHarness';
import { startCaptureConnector, type CaptureConnector } from '../support/captureConnector';
import { axeViolations, describeInBrowser, launchBrowser, saveScreenshot } from '../support/browser';
import { converseOverHttp } from '../support/httpConversation';
import { COMPLAINANT, type Persona } from '../support/tenantPersona';

const HOSTILE = 'No cooking <script>window.__xss = 1</script><img src=x onerror="window.__xss = 2">';
const PERSONA: Persona = {
  ...COMPLAINANT,
  answers: COMPLAINANT.answers.map(([q, a]): [RegExp, string] => (q.source.startsWith('How has this affected') ? [q, HOSTILE] : [q, a])),
};

describeInBrowser('the conversation on the console case page in Chromium', () => {
  let s: Staff;
  let connector: CaptureConnector;
  let browser: Browser;
  let reference: string;

  beforeAll(async () => {
    s = await startStaff();
    connector = await startCaptureConnector();
    const seen = await converseOverHttp({ baseUrl: s.t.baseUrl, connector, conversationId: 'browser-conversation-1', channelId: 'webchat', persona: PERSONA });
    reference = /Your reference is (CMP-\d{4}-\d{6})/.exec(seen.at(-1) ?? '')![1];
    await s.t.app.context.transcripts.drained();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await connector?.close();
    await s?.t.stop();
  });

  it('shows who said what, oldest first, with the markup as text and no violations', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addCookies([{ name: SESSION_COOKIE, value: await s.token('reviewer'), url: s.t.baseUrl }]);
    const page = await context.newPage();
    await page.goto(`${s.t.baseUrl}/console/cases/${reference}`);
    const section = page.getByRole('region', { name: 'The conversation with the chatbot' });
    await expect(section.locator('dt').first().innerText()).resolves.toMatch(/^Resident, /);
    await expect(section.locator('dd').first().innerText()).resolves.toBe(PERSONA.opening);
    expect(await section.getByText(HOSTILE, { exact: true }).count()).toBe(1);
    expect(await section.locator('dt', { hasText: 'Chatbot' }).count()).toBeGreaterThan(5);
    expect(await page.evaluate(() => (window as any).__xss)).toBeUndefined();
    expect(await page.locator('main img').count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-case-conversation');
    await context.close();
  });
});
