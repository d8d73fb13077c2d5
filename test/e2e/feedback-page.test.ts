// Complaints & praise and the communication log in a real browser, framed by the sandbox's Jira pages
// under Forge's CSP: the service manager records a complaint on an issue (an issue key of nothing is
// refused at its field) and sees its handling clock; the log shows the demo year with overdue follow-ups
// marked and takes a new contact; an agent logs a phone complaint from the issue's SLA panel. English and
// Chinese, light and dark, axe clean, no console error or CSP violation. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { seedRelations } from '../../sandbox/demo/relations/seed';
import { toLocalInput } from '../../static/project/records/local-time';
import type { Issue } from '../../sandbox/jira/site';
import type { SandboxUi } from '../../sandbox/ui/server';
import { query } from '../support/project';
import { PEOPLE, printerIncident, startSandbox, type Sandbox } from '../support/sandbox';
import { openProjectPage } from './project-shell';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-09T15:00:00+08:00');
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let issue: Issue;

beforeAll(async () => {
  sb = await startSandbox(T0);
  issue = printerIncident(sb.site);
  sb.site.update(issue, { assignee: PEOPLE.agent }, PEOPLE.agent);
  await sb.host.settle();
  await seedRelations(sb.host, sb.site, T0);
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

const open = (page: Page, q: Record<string, string>) => openProjectPage(page, url, q);

async function axe(page: Page, include: string) {
  const r = await new AxeBuilder({ page }).include(include).analyze();
  return r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id);
}

test('the service manager records a complaint on an issue; a key of no issue is refused at its field', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Complaints & praise' }).click();
  await frame.getByRole('button', { name: 'Record a complaint or praise' }).click();
  await frame.locator('#fb-customer').selectOption({ label: 'Acme' });
  await frame.getByLabel('What was said').fill('客户来函:打印机故障影响开票 / printer fault stops invoicing');
  // The browser's clock is the machine's, the sandbox's is T0: say when it was received (the shell's zone).
  await frame.getByLabel('Received', { exact: true }).fill(toLocalInput(T0 - 2 * 3_600_000, 'Asia/Shanghai'));
  await frame.getByLabel('Issue', { exact: true }).fill('SUP-999');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#fb-issue-error').waitFor();
  expect(await frame.locator('#fb-issue-error').textContent()).toBe('There is no issue SUP-999 you can see.');
  await page.screenshot({ path: join(SHOTS, 'project-feedback-refused.png'), fullPage: true });
  await frame.getByLabel('Issue', { exact: true }).fill(issue.key);
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  await frame.getByRole('cell', { name: issue.key }).waitFor();
  expect(await frame.getByText('In time').count()).toBeGreaterThan(0);
  await page.screenshot({ path: join(SHOTS, 'project-feedback-saved.png'), fullPage: true });
  // The rules engine heard it: the issue carries the customer-complaint label.
  expect(issue.labels).toContain('complaint-customer');
  // Filtering to praise shows the demo's praise, credited by name.
  await frame.getByLabel('Kind', { exact: true }).selectOption('praise');
  await frame.getByRole('cell', { name: 'Li Lei (L1)' }).first().waitFor();
  expect(await frame.getByRole('cell', { name: issue.key }).count()).toBe(0);
  expect(await axe(page, '#itr-project')).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 60_000);

test('the communication log marks overdue follow-ups and takes a new contact with a follow-up', async () => {
  const { page, errors } = await watchedPage(browser);
  const frame = await open(page, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Communication' }).click();
  await frame.locator('li.overdue').first().waitFor();
  await frame.getByRole('button', { name: 'Log a contact' }).click();
  await frame.getByLabel('Party', { exact: true }).selectOption({ label: 'Globex' });
  await frame.getByLabel('People', { exact: true }).fill('Globex IT manager\nu-manager');
  await frame.getByLabel('Summary', { exact: true }).fill('Quarterly planning call: new office opens in May');
  await frame.getByRole('button', { name: 'Add a follow-up' }).click();
  await frame.getByLabel('What', { exact: true }).fill('Quote the network for the new office');
  await frame.getByLabel('Owner (Jira account id)').fill('nobody');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#ct-fu-0-owner-error').waitFor();
  expect(await frame.locator('#ct-fu-0-owner-error').textContent()).toBe('Jira has no user nobody.');
  await frame.getByLabel('Owner (Jira account id)').fill('u-manager');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('status').filter({ hasText: 'Saved.' }).waitFor();
  const rows = await query<{ n: unknown }>(
    sb,
    "SELECT COUNT(*) AS n FROM itr_contact WHERE summary LIKE 'Quarterly planning%'",
  );
  expect(Number(rows[0]!.n)).toBe(1);
  // Narrowed to one customer.
  await frame.getByLabel('With', { exact: true }).selectOption('customer');
  await frame.locator('#ct-filter-party').selectOption({ label: 'Globex' });
  await frame.getByRole('cell', { name: /Quarterly planning call/ }).waitFor();
  expect(await frame.getByRole('cell', { name: /Acme/ }).count()).toBe(0);
  await page.screenshot({ path: join(SHOTS, 'project-communication-saved.png'), fullPage: true });
  expect(await axe(page, '#itr-project')).toEqual([]);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
}, 60_000);

test.each([
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
  ['zh-CN', 'light'],
  ['en-US', 'dark'],
])(
  'both tabs read as a viewer (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const zh = locale === 'zh-CN';
    const { page, errors } = await watchedPage(browser);
    const frame = await open(page, { user: 'viewer', locale, theme });
    await frame.getByRole('tab', { name: zh ? '投诉与表扬' : 'Complaints & praise' }).click();
    await frame.locator('table#feedback').waitFor();
    expect(
      await frame.getByRole('button', { name: zh ? '登记投诉或表扬' : 'Record a complaint or praise' }).count(),
    ).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-feedback-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page, '#itr-project')).toEqual([]);
    await frame.getByRole('tab', { name: zh ? '沟通记录' : 'Communication' }).click();
    await frame.locator('li.overdue').first().waitFor();
    await page.screenshot({ path: join(SHOTS, `project-communication-${locale}-${theme}.png`), fullPage: true });
    expect(await axe(page, '#itr-project')).toEqual([]);
    expect(errors).toEqual([]);
  },
  60_000,
);

test.each([
  ['en-US', 'light'],
  ['zh-CN', 'dark'],
])(
  'an agent logs a phone complaint from the SLA panel (%s, %s)',
  async (locale, theme) => {
    const zh = locale === 'zh-CN';
    const { page, errors } = await watchedPage(browser);
    await page.goto(`${url}/browse/${issue.key}?user=agent&locale=${locale}&theme=${theme}`);
    const panel = page.frameLocator('#itr-sla-panel');
    await panel.locator('#fb-text').waitFor();
    await panel.locator('#fb-via').selectOption('user');
    await panel.locator('#fb-text').fill(zh ? '用户来电:等待太久' : 'A user called: waited too long');
    await panel.getByRole('button', { name: zh ? '登记' : 'Log it', exact: true }).click();
    await panel
      .locator('#feedback-log-outcome')
      .filter({ hasText: zh ? '已登记。' : 'Logged.' })
      .waitFor();
    await page.screenshot({ path: join(SHOTS, `panel-feedback-${locale}-${theme}.png`), fullPage: true });
    const r = await new AxeBuilder({ page }).include('#itr-sla-panel').analyze();
    expect(r.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id)).toEqual([]);
    const logged = await query<{ source: string }>(sb, 'SELECT source FROM itr_feedback WHERE text LIKE ?', [
      zh ? '用户来电%' : 'A user called%',
    ]);
    expect(logged).toEqual([{ source: 'panel' }]);
    expect(errors).toEqual([]);
    expect(ui.cspViolations).toEqual([]);
  },
  60_000,
);
