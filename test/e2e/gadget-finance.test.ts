// "Service budget, actual and ROI" on the sandbox's Jira dashboard in a real browser under Forge's CSP: the
// service manager adds the gadget, configures it (SUP, six months, the run-rate forecast), sees a bar per
// month for the budget and the actual, switches to the benefit measures, reads the table with the figures
// the resolver computed and downloads the CSV; a viewer reads it in both languages and themes, axe clean.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { GadgetTable } from '../../src/contract/gadgets';
import { DEFAULT_FINANCE, FINANCE_GADGET } from '../../src/contract/gadgets/finance';
import { seedDeskBudget } from '../support/finance-seed';
import { gadgetCall } from '../support/gadget';
import { SHOTS, watchedPage } from './browser';
import { addGadget, dashboardShell, expectGadgetClean, openDashboard } from './dashboard-shell';
import { LOOKS } from './project-shell';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
const shell = dashboardShell(T0, async (sb) => {
  await seedDeskBudget(sb, T0);
});
const MODULE = 'itr-gadget-finance';

test('the service manager adds and configures the gadget, reads budget vs actual and the measures, and downloads the CSV', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'manager' });
  const { id, frame } = await addGadget(page, 'Service budget, actual and ROI');
  await frame.getByLabel('Service desk (SUP)').check();
  await frame.getByLabel('Months').selectOption({ label: 'Last 6 months' });
  await frame.getByLabel('Forecast at completion').selectOption({ value: 'runRate' });
  await page.screenshot({ path: join(SHOTS, 'gadget-finance-edit.png'), fullPage: true });
  await frame.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((u) => !u.searchParams.has('edit'));
  const config = shell.ui.dashboard.get(id)!.config;
  expect(config).toEqual({ ...DEFAULT_FINANCE, projects: ['SUP'], months: 6, forecast: 'runRate' });

  const r = await gadgetCall<GadgetTable>(shell.sb, FINANCE_GADGET.data, config, 'u-manager', MODULE);
  if (!r.ok) throw new Error(r.error.message);
  expect(r.data.rows.map((x) => x['month'])).toEqual([
    '2026-01',
    '2026-02',
    '2026-03',
    '2026-04',
    '2026-05',
    '2026-06',
  ]);
  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-bar-rectangle').first().waitFor();
  // Budget and actual, one bar each per month (an actual of 0 draws no bar).
  const bars =
    r.data.rows.filter((x) => Number(x['budget']) > 0).length +
    r.data.rows.filter((x) => Number(x['actual']) > 0).length;
  expect(await view.locator('.recharts-bar-rectangle').count()).toBe(bars);
  await page.locator(`[data-gadget="${id}"]`).screenshot({ path: join(SHOTS, 'gadget-finance-chart.png') });

  await view.getByLabel('Chart').selectOption({ label: 'Benefit measures' });
  await view.locator('.recharts-line').first().waitFor();
  await page.locator(`[data-gadget="${id}"]`).screenshot({ path: join(SHOTS, 'gadget-finance-measures.png') });

  await view.getByRole('button', { name: 'Table' }).click();
  const cells = await view.locator('tbody tr:first-child td').allTextContents();
  const jan = r.data.rows[0]!;
  const money = (cents: unknown) => (Number(cents) / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });
  expect(cells.slice(0, 5)).toEqual(['Jan 2026', 'SUP', 'CNY', money(jan['budget']), money(jan['actual'])]);

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(csv[0]).toBe(
    '\uFEFFMonth,Project,Currency,Budget,Actual,Budget to date,Actual to date,Budget at completion,Forecast at completion,Income,Input-output ratio,Return on investment,Net output,Per-capita output,People who logged work',
  );
  expect(csv[1]!.split(',').slice(3, 5)).toEqual([
    String(Number(jan['budget']) / 100),
    String(Number(jan['actual']) / 100),
  ]);
  expect(csv).toHaveLength(r.data.rows.length + 2);
  await expectGadgetClean(shell, page, id, errors);
}, 90_000);

test.each(LOOKS)(
  'a viewer reads the finance gadget (%s, %s), axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(shell.browser);
    await openDashboard(page, shell.url, { user: 'viewer', locale, theme });
    const id = shell.ui.dashboard.gadgets.find((g) => g.module === MODULE)!.id;
    const view = page.frameLocator(`#gadget-${id}`);
    await view.locator('.recharts-bar-rectangle').first().waitFor();
    await view
      .getByText(locale === 'zh-CN' ? '投资回报率' : 'Input-output ratio', { exact: false })
      .first()
      .waitFor();
    await page
      .locator(`[data-gadget="${id}"]`)
      .screenshot({ path: join(SHOTS, `gadget-finance-${locale}-${theme}.png`) });
    await expectGadgetClean(shell, page, id, errors);
  },
  60_000,
);
