// Debian's chromium driven by playwright-core, headless as the CI machine allows, and a page that fails
// the test on any console error, page error or CSP violation.
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import type { ForgeHost } from '../../sandbox/forge/host';
import { REPO_ROOT } from '../../sandbox/repo-root';
import { SandboxUi } from '../../sandbox/ui/server';
import type { Sandbox } from '../support/sandbox';

/** Where the browser tests leave their screenshots. */
export const SHOTS = join(REPO_ROOT, '.tmp/screenshots');

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

export interface Shell {
  readonly ui: SandboxUi;
  readonly url: string;
  readonly browser: Browser;
}

/** The sandbox's Jira shell serving `host`, and a browser to look at it. */
export async function openShell(host: ForgeHost): Promise<Shell> {
  const ui = new SandboxUi(host);
  const url = await ui.start();
  mkdirSync(SHOTS, { recursive: true });
  return { ui, url, browser: await launch() };
}

export async function closeShell({ ui, browser }: Pick<Shell, 'ui' | 'browser'>): Promise<void> {
  await browser.close();
  await ui.stop();
}

export type SuiteShell = Shell & { readonly sb: Sandbox };

/** A suite's sandbox (from `start`) and the shell with a browser, ready in beforeAll and stopped in
 * afterAll; read its fields inside the tests. */
export function suiteShell(start: () => Promise<Sandbox>): SuiteShell {
  const s = {} as { -readonly [K in keyof SuiteShell]: SuiteShell[K] };
  beforeAll(async () => {
    s.sb = await start();
    Object.assign(s, await openShell(s.sb.host));
  }, 180_000);
  afterAll(async () => {
    await closeShell(s);
    await s.sb.stop();
  });
  return s;
}
