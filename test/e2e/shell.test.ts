// The sandbox as a Jira you can click: the issue list searched with the app's JQL alias, an issue opened
// from it, moved to a pausing status and commented on through the shell's forms as the agent (the panel
// shows the goal paused without a reload), a change by someone else arriving live, the header switching
// to the viewer (edits disabled, and refused by the emulator if sent anyway) and to zh-CN + dark; no
// console error, no CSP violation, axe on the shell's pages. Screenshots go to .tmp/screenshots.
import AxeBuilder from '@axe-core/playwright';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { adfFromText } from '../../src/app/adf';
import type { Issue } from '../../sandbox/jira/site';
import type { SandboxUi } from '../../sandbox/ui/server';
import { commentTexts, fieldId, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { closeShell, openShell, SHOTS, watchedPage } from './browser';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const BREACHED = 'itrSlaState = breached';
let sb: Sandbox;
let ui: SandboxUi;
let url: string;
let browser: Browser;
let late: Issue;

const incident = (summary: string, component: string) =>
  sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary,
      reporter: PEOPLE.reporter,
      components: [component],
      custom: { [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );

beforeAll(async () => {
  sb = await startSandbox(T0);
  incident('ERP 系统无法登录 / ERP login fails', 'ERP');
  incident('打印机卡纸 / printer jams', 'Printer');
  await sb.host.advance(45 * 60_000);
  late = incident('邮件发送延迟 / email delayed', 'ERP');
  await sb.host.advance(60_000);
  ({ ui, url, browser } = await openShell(sb.host));
}, 180_000);
afterAll(async () => {
  await closeShell({ ui, browser });
  await sb.stop();
});

/** The keys the emulator's own search answers for `jql`, as the agent. */
function expectedKeys(jql: string): string[] {
  const q = new URLSearchParams({ jql, fields: 'key', maxResults: '100' });
  const reply = sb.host.jira.asPerson(PEOPLE.agent, 'GET', `/rest/api/3/search/jql?${q.toString()}`);
  return (reply.body as { issues: Array<{ key: string }> }).issues.map((i) => i.key);
}

async function expectAccessible(page: Page): Promise<void> {
  const axe = await new AxeBuilder({ page }).exclude('iframe').analyze();
  const serious = axe.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The panel and the issue context have answered (their clocks are on screen). */
async function framesLoaded(page: Page): Promise<void> {
  await page.frameLocator('#itr-sla-panel').locator('[data-goal]').first().waitFor();
  await page.frameLocator('#itr-issue-context').locator('[data-left], .row').first().waitFor();
}

test('the list finds the breached issues by the app’s JQL alias; an issue opens from it; JQL errors read as Jira’s', async () => {
  const expected = expectedKeys(BREACHED);
  expect(expected.length).toBeGreaterThan(0);
  expect(expected).not.toContain(late.key); // raised a minute ago: on time
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/`);
  expect(await page.locator('#jql').inputValue()).toBe('project = SUP ORDER BY updated DESC');
  expect(await page.locator('tbody tr').count()).toBe(3);
  await page.goto(`${url}/issues?jql=${encodeURIComponent(BREACHED)}`);
  const rows = await page.locator('tbody tr').all();
  expect(await Promise.all(rows.map((r) => r.getAttribute('data-key')))).toEqual(expected);
  expect(await page.locator('tbody tr .sla').allTextContents()).toEqual(expected.map(() => 'breached'));
  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'shell-issues-breached.png') });

  await page.locator('#jql').fill('itrSlaState = ');
  await page.locator('#jql').press('Enter');
  await page.locator('#jql-error').waitFor();
  expect(await page.locator('#jql-error').textContent()).toContain('Error in the JQL Query');

  await page.goto(`${url}/issues?jql=${encodeURIComponent(BREACHED)}`);
  await page.getByRole('link', { name: expected[0]! }).click();
  await page.waitForURL(`**/browse/${expected[0]!}?**`);
  await framesLoaded(page);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 40_000);

test('as the agent: a pausing status shows the goal paused in the panel without a reload; assign and comment by keyboard', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${late.key}?user=agent`);
  await framesLoaded(page);
  const panel = page.frameLocator('#itr-sla-panel');
  expect(
    await panel
      .locator('[data-goal]')
      .filter({ hasText: /paused/i })
      .count(),
  ).toBe(0);
  await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));

  await page.locator('#transition-status').selectOption('Waiting for customer');
  await page.locator('#transition-submit').click();
  await page.locator('#issue-status', { hasText: 'Waiting for customer' }).waitFor();
  await panel
    .locator('[data-goal]')
    .filter({ hasText: /paused/i })
    .first()
    .waitFor();
  expect(late.status).toBe('Waiting for customer');

  await page.locator('#assign-to').selectOption(PEOPLE.expert);
  await page.locator('#assign-to').press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#issue-assignee', { hasText: 'Zhang Wei (L2)' }).waitFor();
  expect(late.assignee).toBe(PEOPLE.expert);

  await page.locator('#comment-body').fill('已联系用户,等待截图 / asked the user for a screenshot');
  await page.locator('#comment-body').press('Tab');
  await page.keyboard.press('Enter');
  await page.locator('#comments', { hasText: 'asked the user for a screenshot' }).waitFor();
  expect(commentTexts(late)).toContain('已联系用户,等待截图 / asked the user for a screenshot');
  expect(await page.locator('#history').textContent()).toContain('Waiting for customer');
  expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);

  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'shell-issue-en-light.png'), fullPage: true });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 40_000);

test('a change made by someone else shows on an open page, and the app’s frames hear of it', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${late.key}?user=agent`);
  await framesLoaded(page);
  await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
  sb.site.update(late, { status: 'In Progress' }, PEOPLE.reporter); // the customer replied
  await sb.host.settle();
  await page.locator('#issue-status', { hasText: 'In Progress' }).waitFor();
  await page
    .frameLocator('#itr-sla-panel')
    .locator('[data-goal]')
    .filter({ hasText: /paused/i })
    .first()
    .waitFor({ state: 'detached' });
  sb.site.comment(late, PEOPLE.expert, adfFromText('找到原因了 / found the cause'), null);
  await sb.host.settle();
  await page.locator('#comments', { hasText: 'found the cause' }).waitFor();
  expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
  expect(errors).toEqual([]);
  await page.close();
}, 40_000);

test('an open list follows its search: an issue entering it appears without a reload', async () => {
  const { page, errors } = await watchedPage(browser);
  const jql = 'status = Escalated';
  await page.goto(`${url}/issues?jql=${encodeURIComponent(jql)}`);
  expect(expectedKeys(jql)).toEqual([]);
  await page.getByText('No issues match this search.').waitFor();
  await page.evaluate(() => ((globalThis as unknown as { stayed: boolean }).stayed = true));
  sb.site.update(late, { status: 'Escalated' }, PEOPLE.expert);
  await sb.host.settle();
  await page.locator(`tbody tr[data-key="${late.key}"]`).waitFor();
  expect(await page.evaluate(() => (globalThis as unknown as { stayed?: boolean }).stayed)).toBe(true);
  sb.site.update(late, { status: 'In Progress' }, PEOPLE.expert);
  await sb.host.settle();
  expect(errors).toEqual([]);
  await page.close();
}, 40_000);

test('the header switches to the viewer (edits disabled, refused by Jira if sent anyway), then to zh-CN and dark', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/browse/${late.key}?user=agent`);
  await page.locator('#pick-user').selectOption('viewer');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/user=viewer/);
  await framesLoaded(page);
  for (const id of ['#transition-submit', '#assign-submit', '#comment-submit', '#comment-body'])
    expect(await page.locator(id).isDisabled()).toBe(true);
  expect(await page.locator('#no-edit').textContent()).toBe('You don’t have permission to edit this issue.');
  const sent = await page.request.post(`${url}/browse/${late.key}/transition?user=viewer`, {
    form: { status: 'Resolved' },
    maxRedirects: 0,
  });
  expect(sent.status()).toBe(403);
  expect(await sent.text()).toContain('You do not have permission to edit issues in this project.');
  expect(late.status).toBe('In Progress');

  await page.locator('#pick-locale').selectOption('zh-CN');
  await page.locator('#pick-theme').selectOption('dark');
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.waitForURL(/theme=dark/);
  expect(await page.locator('html').getAttribute('lang')).toBe('zh-CN');
  expect(await page.locator('html').getAttribute('data-theme')).toBe('dark');
  await page.getByRole('heading', { name: '详细信息' }).waitFor();
  await framesLoaded(page);
  const panel = page.frameLocator('#itr-sla-panel');
  expect(await panel.locator('html').getAttribute('data-color-mode')).toBe('dark');
  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'shell-issue-zh-dark-viewer.png'), fullPage: true });
  await page.getByRole('link', { name: '事项', exact: true }).click();
  await page.locator('#jql').waitFor();
  await expectAccessible(page);
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 40_000);

test('the agent raises an incident through Create and lands on it, the app’s clocks running; the viewer may not', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/issues?user=agent`);
  await page.getByRole('link', { name: 'Create', exact: true }).click();
  await page.locator('#summary').fill('VPN 无法连接 / VPN down');
  await page.locator('#components').fill('ERP');
  await page.locator(`#${fieldId(sb.site, 'Support tier')}`).fill('L1');
  await expectAccessible(page);
  await page.locator('#create-submit').click();
  await page.waitForURL(/\/browse\/SUP-\d+\?/);
  const key = /\/browse\/(SUP-\d+)/.exec(page.url())![1]!;
  const made = sb.site.issue(key)!;
  expect([made.summary, made.reporter, made.components]).toEqual(['VPN 无法连接 / VPN down', PEOPLE.agent, ['ERP']]);
  await framesLoaded(page);
  expect(
    await page
      .frameLocator('#itr-sla-panel')
      .locator('[data-goal]')
      .filter({ hasText: /running/i })
      .count(),
  ).toBeGreaterThan(0);

  const refused = await page.request.post(`${url}/create?user=viewer`, {
    form: { project: 'SUP', issuetype: 'Incident', summary: 'Not mine to raise', priority: 'Medium' },
    maxRedirects: 0,
  });
  expect(refused.status()).toBe(403);
  expect(await refused.text()).toContain('You do not have permission to create issues in this project.');
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 40_000);

test('the admin page under the same header, for the Jira admin', async () => {
  const { page, errors } = await watchedPage(browser);
  await page.goto(`${url}/jira/settings/apps/itr?user=admin`);
  await page.frameLocator('#itr-admin').locator('h1').waitFor();
  expect(await page.locator('#pick-user').inputValue()).toBe('admin');
  expect(await page.getByRole('link', { name: 'Issues' }).getAttribute('href')).toContain('user=admin');
  await expectAccessible(page);
  await page.screenshot({ path: join(SHOTS, 'shell-admin.png') });
  expect(errors).toEqual([]);
  expect(ui.cspViolations).toEqual([]);
  await page.close();
}, 40_000);
