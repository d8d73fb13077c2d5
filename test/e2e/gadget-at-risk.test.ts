// "At risk now" on the sandbox's Jira dashboard in a real browser under Forge's CSP: the service manager
// adds the gadget, configures it (projects, breached too, refresh), sees the issues breaching next in the
// order and with the time the resolver computed, switches to the table, follows an issue and downloads
// the CSV; a viewer sees the gadget without its menu. English and Chinese, light and dark, axe clean.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GadgetTable } from '../../src/contract/gadgets';
import { AT_RISK, DEFAULT_AT_RISK } from '../../src/contract/gadgets/at-risk';
import { gadgetCall } from '../support/gadget';
import { passwordRequest, printerIncident } from '../support/sandbox';
import { SHOTS, watchedPage } from './browser';
import { addGadget, dashboardShell, expectGadgetClean, openDashboard } from './dashboard-shell';
import { LOOKS } from './project-shell';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const shell = dashboardShell(T0, async (sb) => {
  printerIncident(sb.site);
  await sb.host.advance(20 * 60_000);
  passwordRequest(sb.site, 1);
  passwordRequest(sb.site, 2);
  await sb.host.advance(3 * 3_600_000);
  passwordRequest(sb.site, 3); // not breached yet
  await sb.host.advance(60_000);
});

test('the service manager adds and configures the gadget, reads it as a chart and a table, follows an issue and downloads the CSV', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'manager' });
  expect(await page.locator('[data-gadget]').count()).toBe(shell.ui.dashboard.gadgets.length);
  const { id, frame } = await addGadget(page, 'SLA at risk now');
  await frame.getByLabel('Service desk (SUP)').check();
  await frame.getByLabel('Refresh').selectOption({ label: 'Every 15 minutes' });
  await frame.getByLabel('Also list issues already breached').check();
  await page.screenshot({ path: join(SHOTS, 'gadget-at-risk-edit.png'), fullPage: true });
  await frame.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((u) => !u.searchParams.has('edit'));
  expect(shell.ui.dashboard.get(id)?.config).toEqual({
    ...DEFAULT_AT_RISK,
    projects: ['SUP'],
    breached: true,
    refresh: 15,
  });
  expect(await page.locator(`[data-gadget="${id}"]`).getAttribute('data-refresh')).toBe('15');

  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-bar-rectangle').first().waitFor();
  const r = await gadgetCall<GadgetTable>(shell.sb, AT_RISK.data, shell.ui.dashboard.get(id)!.config);
  if (!r.ok) throw new Error(r.error.message);
  const keys = r.data.rows.map((x) => String(x['issue']));
  expect(keys.length).toBeGreaterThan(1);
  expect(await view.locator('.recharts-bar-rectangle').count()).toBe(keys.length);
  await page.screenshot({ path: join(SHOTS, 'gadget-at-risk-chart.png'), fullPage: true });

  await view.getByRole('button', { name: 'Table' }).click();
  expect(await view.locator('tbody tr td:first-child').allTextContents()).toEqual(keys);
  await page.locator(`[data-refresh-gadget="${id}"]`).click(); // Jira's refresh: the figures are read again
  await view.locator('tbody tr').first().waitFor();
  // Not reloaded (the manifest says refreshable: false): the gadget read its figures again, the table stays.
  expect(await view.getByRole('button', { name: 'Table' }).getAttribute('aria-pressed')).toBe('true');

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFIssue,Project,SLA goal,Grade,Tier,State,Breaches,Business time left');
  expect(csv.slice(1, -1).map((l) => l.split(',')[0])).toEqual(keys);
  await expectGadgetClean(shell, page, id, errors);

  await view.getByRole('button', { name: 'Table' }).click();
  await view.getByRole('link', { name: keys[0]! }).click();
  await page.waitForURL(new RegExp(`/browse/${keys[0]!}\\?`));
  expect(new URL(page.url()).searchParams.get('user')).toBe('manager');
});

test.each(LOOKS)(
  'a viewer reads the dashboard (%s, %s): the gadgets without their menus, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(shell.browser);
    await openDashboard(page, shell.url, { user: 'viewer', locale, theme });
    const id = shell.ui.dashboard.gadgets.find((g) => g.module === 'itr-gadget-at-risk')!.id;
    const view = page.frameLocator(`#gadget-${id}`);
    await view.locator('.recharts-bar-rectangle').first().waitFor();
    expect(await page.locator(`[data-gadget="${id}"] a`).count()).toBe(0); // no Edit
    expect(await page.getByRole('button', { name: locale === 'zh-CN' ? '移除' : 'Remove' }).count()).toBe(0);
    await page
      .locator(`[data-gadget="${id}"]`)
      .screenshot({ path: join(SHOTS, `gadget-at-risk-${locale}-${theme}.png`) });
    await expectGadgetClean(shell, page, id, errors);
  },
);
