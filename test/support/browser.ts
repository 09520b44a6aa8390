// Drives the chat page in Debian's Chromium with playwright-core. Reusable by every browser spec:
// launch, open the page, type, click a suggested action, wait for the bot, run axe-core.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { PROJECT_ROOT } from './serverProcess';
import { startTestApp, type TestApp } from './testApp';

export const CHROMIUM_PATH = '/usr/bin/chromium';
export const TEST_OUTPUT = join(PROJECT_ROOT, 'test-output');

/** WCAG 2.2 AA as axe-core tags it. */
export const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * `describe` when Chromium is installed; otherwise the specs are skipped with a console note —
 * unless REQUIRE_BROWSER=1 (CI), where a missing browser fails the run instead.
 */
export function describeInBrowser(name: string, specs: () => void): void {
  if (existsSync(CHROMIUM_PATH) || process.env.REQUIRE_BROWSER === '1') {
    describe(name, specs);
    return;
  }
  console.warn(`SKIPPED "${name}": ${CHROMIUM_PATH} is missing (apt-get install -y chromium; REQUIRE_BROWSER=1 makes this fail).`);
  describe.skip(name, specs);
}

/** The product and Chromium, started once for the enclosing describe and stopped after it. */
export function useAppInBrowser(env: Record<string, string> = {}): { readonly app: TestApp; readonly browser: Browser } {
  const fixture = {} as { app: TestApp; browser: Browser };
  beforeAll(async () => {
    fixture.app = await startTestApp(env);
    fixture.browser = await launchBrowser();
  });
  afterAll(async () => {
    await fixture.browser?.close();
    await fixture.app?.stop();
  });
  return fixture;
}

export function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(`REQUIRE_BROWSER=1 but ${CHROMIUM_PATH} is missing: apt-get install -y chromium`);
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    headless: true,
    // No sandbox as root in CI; the rest stop Chromium calling home, which offline means a storm of refusals.
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/** Opens the chat page (in a browser set to `locale`, if given) and waits until Web Chat's send box is ready. */
export async function openChat(browser: Browser, baseUrl: string, viewport = { width: 1024, height: 768 }, locale?: string): Promise<Page> {
  const page = await browser.newPage({ viewport, ...(locale ? { locale } : {}) });
  await page.goto(`${baseUrl}/`);
  await sendBox(page).waitFor({ state: 'visible' });
  return page;
}

export function sendBox(page: Page) {
  return page.locator('[data-id="webchat-sendbox-input"]');
}

/** The send button, by its label in the page's language. */
export function sendButton(page: Page, name = 'Send') {
  return page.getByRole('button', { name, exact: true });
}

/** Types into the send box and sends with Enter, as a tenant would. */
export async function sendMessage(page: Page, text: string): Promise<void> {
  await sendBox(page).fill(text);
  await sendBox(page).press('Enter');
}

/** The visible suggested actions (a hidden live-region copy of each also exists). */
export function suggestedActions(page: Page) {
  return page.locator('.webchat__suggested-actions[role="toolbar"] .webchat__suggested-action');
}

/** Clicks a suggested action; only the visible toolbar copy. */
export async function clickSuggestedAction(page: Page, title: string): Promise<void> {
  await page.getByRole('toolbar', { name: 'Suggested actions' }).getByRole('button', { name: title, exact: true }).click();
}

/** The bot's message bubbles in the transcript, oldest first. */
export function botMessages(page: Page) {
  return page.locator('.webchat__bubble:not(.webchat__bubble--from-user) .webchat__bubble__content');
}

/** Waits until a bot message in the transcript matches `pattern`; resolves with its text. */
export async function waitForBotText(page: Page, pattern: RegExp, timeoutMs = 60_000): Promise<string> {
  const bubble = botMessages(page).filter({ hasText: pattern }).last();
  await bubble.waitFor({ state: 'visible', timeout: timeoutMs });
  return bubble.innerText();
}

/** Does `action` (e.g. sending a message) and resolves with the text of the bot's next message. */
export async function nextBotText(page: Page, action: () => Promise<void>, timeoutMs = 60_000): Promise<string> {
  const before = await botMessages(page).count();
  await action();
  const reply = botMessages(page).nth(before);
  await reply.waitFor({ state: 'visible', timeout: timeoutMs });
  return reply.innerText();
}

/** True when the focused element (or its focus wrapper) draws an outline or a focus shadow. */
export function focusIsVisible(page: Page): Promise<boolean> {
  return page.evaluate(() => {
    for (let el: Element | null = document.activeElement; el && el !== document.body; el = el.parentElement) {
      const style = getComputedStyle(el);
      const outlined = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0;
      if (outlined || style.boxShadow !== 'none') return true;
      if (el.matches(':focus-within') && getComputedStyle(el, '::after').borderStyle !== 'none') return true;
    }
    return false;
  });
}

/** axe-core's violations on the page for the given rule tags (WCAG 2.2 AA by default). */
export async function axeViolations(page: Page, tags: string[] = WCAG_22_AA): Promise<Array<{ id: string; help: string; nodes: unknown[] }>> {
  // A page just navigated to may have its DOM before its stylesheet: sizes measured then are the
  // unstyled ones (target-size failed on the nav links under load), so wait for the page's load.
  await page.waitForLoadState('load');
  // Evaluated through DevTools rather than a <script> tag, which the page's CSP rightly refuses.
  await page.evaluate(readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8'));
  return page.evaluate(async (runOnly) => {
    const result = await (window as any).axe.run(document, { runOnly: { type: 'tag', values: runOnly } });
    return result.violations.map((v: any) => ({ id: v.id, help: v.help, nodes: v.nodes.map((n: any) => n.target) }));
  }, tags);
}

/** Saves a full-page screenshot under test-output/ (gitignored); returns its path. */
export async function saveScreenshot(page: Page, name: string): Promise<string> {
  mkdirSync(TEST_OUTPUT, { recursive: true });
  const path = join(TEST_OUTPUT, `${name}.png`);
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** Signs in on the console's development sign-in form as `name` with `role`, and waits for the page it leads to. */
export async function signInToConsole(page: Page, baseUrl: string, name: string, role: string): Promise<Page> {
  await page.goto(`${baseUrl}/console/sign-in`);
  await page.getByLabel('Your name').fill(name);
  await page.getByRole('radio', { name: role.replace('_', ' ') }).check();
  await page.getByRole('button', { name: 'Sign in', exact: true }).click();
  await page.getByRole('heading', { level: 1 }).waitFor();
  return page;
}
