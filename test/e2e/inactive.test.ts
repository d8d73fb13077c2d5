// The app as installed (no configuration with a scope): the panel says ITR is not active, and nothing else.
import AxeBuilder from '@axe-core/playwright';
import type { Browser } from 'playwright-core';
import { SandboxUi } from '../../sandbox/ui/server';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, launch, watchedPage } from './browser';

let sb: Sandbox;
let ui: SandboxUi;
let browser: Browser;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-03T09:30:00+08:00'), { scope: null });
  sb.site.createIssue(
    { project: 'SUP', issuetype: 'Incident', summary: 'Printer jams', reporter: PEOPLE.reporter },
    null,
  );
  ui = new SandboxUi(sb.host);
  browser = await launch();
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

test('an issue on a site where ITR is not active shows so, in the reader’s language', async () => {
  const url = await ui.start();
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/ui/panel.html?module=itr-sla-panel&issue=SUP-1&user=agent&locale=zh-CN&theme=dark`);
  await page.getByText('ITR 未在此处启用').waitFor();
  const axe = await new AxeBuilder({ page }).analyze();
  expect(axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 30_000);
