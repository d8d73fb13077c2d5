// "SLA closure and OLA on-time" on the sandbox's Jira dashboard in a real browser under Forge's CSP: the
// service manager adds the gadget, configures it (SUP, six months, split by service type, a saved filter),
// sees one line per split value with the rates the resolver computed (whose figures the integration test
// checks against the issues), reads the table, downloads the CSV of the same rows and follows a row's
// drill-down (read from sla.breached when followed, by keyboard) to its breached issues; a viewer reads it by tier. English and Chinese, light and dark, axe clean.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addFilter } from '../../sandbox/jira/routes/filters';
import { DEFAULT_SLA, SLA, type SlaBreached, type SlaData } from '../../src/contract/gadgets/sla';
import { gadgetCall } from '../support/gadget';
import { PEOPLE } from '../support/sandbox';
import { seedPastIssues, touchAll } from '../support/sla-facts';
import { SHOTS, watchedPage } from './browser';
import { addGadget, dashboardShell, expectGadgetClean, openDashboard } from './dashboard-shell';
import { LOOKS } from './project-shell';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
let filterId = '';
const shell = dashboardShell(T0, async (sb) => {
  const issues = seedPastIssues(sb.site, T0);
  sb.host.forgetPendingEvents();
  await touchAll(sb.host, sb.site, issues, 'kpi');
  addFilter(sb.site, {
    name: 'Admin only',
    jql: 'project = SUP AND issuetype = Incident',
    owner: PEOPLE.admin,
    shares: [],
  });
  filterId = addFilter(sb.site, {
    name: 'Desk requests',
    jql: 'project = SUP AND issuetype = "Service request"',
    owner: PEOPLE.manager,
    shares: [{ type: 'project', project: 'SUP' }],
  }).id;
});

const MODULE = 'itr-gadget-sla';
const pct = (rate: unknown) => `${(Number(rate) * 100).toFixed(1)}%`;

test('the service manager adds and configures the gadget, reads its lines and table, downloads the CSV and drills down', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'manager' });
  const { id, frame } = await addGadget(page, 'SLA closure and OLA on-time');
  await frame.getByLabel('IT service desk (SUP)').check();
  await frame.getByLabel('Months').selectOption({ label: 'Last 6 months' });
  await frame.getByLabel('Split by').selectOption({ label: 'Service type' });
  // The filters the manager may see: their own shared one, not the admin's private one.
  const filter = frame.getByLabel('Saved filter');
  await filter.locator(`option[value="${filterId}"]`).waitFor({ state: 'attached' });
  expect(await filter.locator('option').allTextContents()).toEqual([
    'No filter: every issue of the projects',
    'Desk requests',
  ]);
  await filter.selectOption({ label: 'Desk requests' });
  await page.screenshot({ path: join(SHOTS, 'gadget-sla-edit.png'), fullPage: true });
  await frame.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((u) => !u.searchParams.has('edit'));
  const config = shell.ui.dashboard.get(id)?.config;
  expect(config).toEqual({ ...DEFAULT_SLA, projects: ['SUP'], months: 6, filterId });

  const r = await gadgetCall<SlaData>(shell.sb, SLA.data, config, PEOPLE.manager, MODULE);
  if (!r.ok) throw new Error(r.error.message);
  const rows = r.data.rows;
  expect(rows.length).toBeGreaterThan(2);
  const splits = [...new Set(rows.map((x) => String(x['split'])))];
  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-line').first().waitFor();
  expect(await view.locator('path.recharts-line-curve').count()).toBe(splits.length);
  expect(await view.locator('.recharts-legend-item-text').allTextContents()).toEqual(
    splits.map((s) => r.data.names?.[s]?.en ?? s),
  );
  await view.getByText(`Filter “Desk requests”: ${r.data.filter!.issues} issues.`).waitFor();
  await page.screenshot({ path: join(SHOTS, 'gadget-sla-chart.png'), fullPage: true });

  await view.getByRole('button', { name: 'Table' }).click();
  const cells = (n: number) => view.locator(`tbody tr td:nth-child(${n})`).allTextContents();
  expect(await cells(3)).toEqual(rows.map((x) => String(x['met'])));
  expect(await cells(4)).toEqual(rows.map((x) => String(x['breached'])));
  expect(await cells(5)).toEqual(rows.map((x) => (x['rate'] === null ? '—' : pct(x['rate']))));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFMonth,Service type,Met,Breached,Rate');
  expect(csv.slice(1, -1).map((l) => l.split(',').slice(2, 4).map(Number))).toEqual(
    rows.map((x) => [Number(x['met']), Number(x['breached'])]),
  );
  await expectGadgetClean(shell, page, id, errors);

  // The row's breached count is a button (keyboard: Enter follows it) that reads the cell's issues, then opens
  // Jira's search of them.
  const breached = rows.find((x) => Number(x['breached']) > 0)!;
  const drill = await gadgetCall<SlaBreached>(
    shell.sb,
    SLA.breached,
    { ...config, month: breached['month'], value: breached['split'] },
    PEOPLE.manager,
    MODULE,
  );
  if (!drill.ok || drill.data.jql === null) throw new Error(JSON.stringify(drill));
  const keys = /\(([^)]*)\)/.exec(drill.data.jql)![1]!.split(', ');
  const row = rows.indexOf(breached);
  const button = view.locator(`tbody tr:nth-child(${row + 1}) td:nth-child(4) button`);
  expect(await button.textContent()).toBe(String(breached['breached']));
  await button.focus();
  await page.keyboard.press('Enter');
  await page.waitForURL(/\/issues\?jql=/);
  expect(decodeURIComponent(new URL(page.url()).search)).toContain(keys[0]!);
  for (const key of keys) await page.getByText(key, { exact: true }).first().waitFor();
});

test.each(LOOKS)('a viewer reads the OLA rates by tier (%s, %s), axe clean', async (locale, theme) => {
  const { page, errors } = await watchedPage(shell.browser);
  const g = shell.ui.dashboard.gadgets.find((x) => x.module === MODULE)!;
  g.config = { ...DEFAULT_SLA, projects: ['SUP'], months: 6, measure: 'ola', split: 'tier' };
  await openDashboard(page, shell.url, { user: 'viewer', locale, theme });
  const view = page.frameLocator(`#gadget-${g.id}`);
  await view.locator('.recharts-line').first().waitFor();
  const legend = await view.locator('.recharts-legend-item-text').allTextContents();
  expect(legend).toEqual(
    locale === 'zh-CN' ? ['一线服务台', '二线技术支持'] : ['L1 service desk', 'L2 technical support'],
  );
  await page.locator(`[data-gadget="${g.id}"]`).screenshot({ path: join(SHOTS, `gadget-sla-${locale}-${theme}.png`) });
  await expectGadgetClean(shell, page, g.id, errors);
});
