// The project page in a real browser, framed by the sandbox's Jira project page under Forge's CSP: the
// service manager records a value-added service (a principle that does not hold is refused at its
// checkbox), finds it by search and exports the list; a person who only browses reads it without the
// forms. English and Chinese, light and dark, axe clean. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { SandboxUi } from '../../sandbox/ui/server';
import { query } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-02T09:30:00+08:00');
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
  const sup = sb.site.projects.get('SUP')!;
  await sb.host.resolve(
    'projectResolver',
    'itr-project',
    'project.access',
    {},
    {
      accountId: 'u-manager',
      project: { id: sup.id, key: sup.key, type: sup.typeKey },
    },
  );
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a01', 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [sup.id],
  );
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const PAGE = '/jira/software/projects/SUP/apps/itr';

async function open(page: Page, q: Record<string, string>) {
  await page.goto(`${url}${PAGE}?${new URLSearchParams(q).toString()}`);
  const frame = page.frameLocator('#itr-project');
  await frame.locator('h1').waitFor();
  return frame;
}

async function axe(page: Page) {
  const r = await new AxeBuilder({ page }).include('#itr-project').analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('the service manager records a value-added service; a principle that fails is refused at its checkbox', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Value-added services' }).click();
  await frame.getByRole('button', { name: 'Record a value-added service' }).click();
  await frame.getByLabel('Service', { exact: true }).fill('Quarterly PC health check');
  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Acme' });
  await frame.getByLabel('Cost', { exact: true }).fill('1200.50');
  for (const k of ['agreedServiceUnaffected', 'costAcceptable', 'canExtend']) await frame.locator(`#va-${k}`).check();
  for (const k of ['agreedServiceUnaffected', 'fitsNeed', 'costAcceptable', 'canExtend'])
    await frame.locator(`#va-${k}-note`).fill('Agreed at the March review');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#va-fitsNeed-error').waitFor();
  expect(await frame.locator('#va-fitsNeed-error').textContent()).toMatch(/fit a need/);
  await page.screenshot({ path: join(SHOTS, 'project-value-added-refused.png'), fullPage: true });
  await frame.locator('#va-fitsNeed').check();
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await frame.getByRole('cell', { name: 'Quarterly PC health check' }).waitFor();
  expect(await frame.getByRole('cell', { name: '1,200.50' }).count()).toBe(1);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile((await download.path()), 'utf8');
  expect(csv.split('\r\n')[1]).toMatch(/^Quarterly PC health check,Acme,\d{4}-\d{2}-\d{2},1200\.50,/);
  expect(await axe(page)).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 60_000);

test.each([
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['zh-CN', 'light'],
  ['en-US', 'dark'],
])(
  'a person who browses reads the list (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(browser);
    const frame = await open(page, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: locale === 'zh-CN' ? '增值服务' : 'Value-added services' }).click();
    await frame.getByRole('cell', { name: 'Quarterly PC health check' }).waitFor();
    expect(
      await frame
        .getByRole('button', { name: locale === 'zh-CN' ? '登记增值服务' : 'Record a value-added service' })
        .count(),
    ).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-value-added-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  },
  60_000,
);
