// The service reports tab in a real browser, framed by the sandbox's Jira project page under Forge's CSP:
// the service manager turns reports on (an issue type the project lacks is refused at its field), makes
// September's report for Acme now (a second try finds it), opens the list and exports it; a person who
// only browses reads the settings and the list without the forms. English and Chinese, light and dark,
// axe clean. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import type { SandboxUi } from '../../sandbox/ui/server';
import { query } from '../support/project';
import { startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-10-09T09:30:00+08:00');
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
    { accountId: 'u-manager', project: { id: sup.id, key: sup.key, type: sup.typeKey } },
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

test('the service manager turns reports on and makes September’s report for Acme now', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Service reports' }).click();
  await frame.getByText('Not saved yet: these are the defaults.').waitFor();
  expect(await frame.getByLabel('Issue type', { exact: true }).inputValue()).toBe('Task');
  await frame.getByLabel('Create the monthly reports').check();
  await frame.getByLabel('Issue type', { exact: true }).fill('Epic');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#rep-type-error').waitFor();
  expect(await frame.locator('#rep-type-error').textContent()).toMatch(/no issue type 'Epic'/);
  await page.screenshot({ path: join(SHOTS, 'project-reports-refused.png'), fullPage: true });
  await frame.getByLabel('Issue type', { exact: true }).fill('Task');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();

  await frame.getByLabel('Customer', { exact: true }).selectOption({ label: 'Acme' });
  await frame.getByLabel('Month', { exact: true }).fill('2026-09');
  await frame.getByRole('button', { name: 'Generate for 2026-09' }).click();
  await frame.getByRole('status').filter({ hasText: 'Report SUP-1 created.' }).waitFor();
  await frame.getByRole('link', { name: 'SUP-1' }).waitFor();
  expect(await frame.getByRole('cell', { name: '2026-10-13' }).count()).toBe(1);
  await frame.getByRole('button', { name: 'Generate for 2026-09' }).click();
  await frame.getByRole('status').filter({ hasText: 'The report was already there: SUP-1.' }).waitFor();
  expect(sb.site.issue('SUP-1')).toMatchObject({ issuetype: 'Task', duedate: '2026-10-13' });
  expect(sb.site.issue('SUP-2')).toBeUndefined();
  await page.screenshot({ path: join(SHOTS, 'project-reports-generated.png'), fullPage: true });

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame.getByRole('button', { name: 'Export CSV' }).click(),
  ]);
  const csv = await readFile(await download.path(), 'utf8');
  expect(csv.split('\r\n')[1]).toBe('Acme,2026-09,SUP-1,2026-10-13,2026-10-20,,0,,0');
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
  'a person who browses reads the settings and the reports (%s, %s): no forms to change them, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(browser);
    const frame = await open(page, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: locale === 'zh-CN' ? '服务报告' : 'Service reports' }).click();
    await frame.getByRole('link', { name: 'SUP-1' }).waitFor();
    await frame.getByText(locale === 'zh-CN' ? '已开启月度报告。' : 'Reports are on.').waitFor();
    expect(await frame.getByRole('button', { name: locale === 'zh-CN' ? '保存' : 'Save' }).count()).toBe(0);
    expect(
      await frame.getByRole('form', { name: locale === 'zh-CN' ? '立即生成报告' : 'Generate a report now' }).count(),
    ).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-reports-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page)).toEqual([]);
    expect(errors).toEqual([]);
  },
  60_000,
);
