// The admin's policy profiles page in Chromium: reached from the navigation, and axe-clean
// against the WCAG 2.2 AA rules.
import { axeViolations, describeInBrowser, saveScreenshot, useAppInBrowser, signInToConsole } from '../support/browser';

describeInBrowser('the policy profiles page (/console/profiles) in Chromium', () => {
  const t = useAppInBrowser();

  it('an admin follows "Policy profiles" from the navigation and the page has no axe violations', async () => {
    const page = await signInToConsole(await t.browser.newPage({ viewport: { width: 1280, height: 900 } }), t.app.baseUrl, 'Ada Admin', 'admin');
    await page.getByRole('navigation', { name: 'Console' }).getByRole('link', { name: 'Policy profiles' }).click();
    await page.getByRole('heading', { level: 1, name: 'Policy profiles' }).waitFor();
    expect(await page.getByRole('heading', { level: 2 }).count()).toBeGreaterThanOrEqual(6);
    expect(await page.getByRole('link', { name: /Download .* as JSON/ }).count()).toBeGreaterThanOrEqual(6);
    expect(await axeViolations(page)).toEqual([]);
    await saveScreenshot(page, 'console-profiles');
  });
});
