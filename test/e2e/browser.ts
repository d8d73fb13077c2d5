// Debian's chromium driven by playwright-core, headless as the CI machine allows, and a page that fails
// the test on any console error, page error or CSP violation.
import { chromium, type Browser, type Page } from 'playwright-core';

export const launch = (): Promise<Browser> =>
  chromium.launch({
    executablePath: process.env['CHROMIUM'] ?? '/usr/bin/chromium',
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-dev-shm-usage',
      '--disable-background-networking',
      '--disable-component-update',
      '--no-first-run',
    ],
  });

export async function watchedPage(browser: Browser): Promise<{ page: Page; errors: string[] }> {
  // A context of its own: axe needs one, and pages share no state.
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 1300 } })).newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  return { page, errors };
}
