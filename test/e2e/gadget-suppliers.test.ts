// "Supplier scorecard" on the sandbox's Jira dashboard in a real browser under Forge's CSP: the service
// manager adds the gadget for SUP and reads the latest audit's radar, the tier's on-time trend and the UC
// flags, each with its table and CSV; a viewer reads it in English and Chinese, light and dark, axe clean.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DEFAULT_SUPPLIERS, SUPPLIERS, type SupplierScorecard } from '../../src/contract/gadgets/suppliers';
import { AUDIT_DIMENSIONS } from '../../src/domain/suppliers';
import { gadgetCall } from '../support/gadget';
import { projectData, query } from '../support/project';
import { PEOPLE, type Sandbox } from '../support/sandbox';
import { SHOTS, watchedPage } from './browser';
import { addGadget, dashboardShell, expectGadgetClean, openDashboard } from './dashboard-shell';
import { LOOKS } from './project-shell';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const MONTHS = ['2025-10', '2025-11', '2025-12', '2026-01', '2026-02', '2026-03'];
const hosting = randomUUID();

async function seed(sb: Sandbox): Promise<void> {
  await projectData(sb, 'project.access', {});
  const subcontracting = { allowed: false, maxSharePct: 0, approvedSubcontractors: [] };
  await projectData(sb, 'supplier.save', {
    record: { id: hosting, name: 'Acme Cloud 云', tier: 'supplier', contact: null, subcontracting },
  });
  const scores = (f: (i: number) => number) =>
    Object.fromEntries(AUDIT_DIMENSIONS.map((d, i) => [d, { score: f(i), note: '' }]));
  await projectData(sb, 'supplierAudit.save', {
    record: { id: randomUUID(), supplierId: hosting, period: '2025-Q4', scores: scores((i) => 2 + (i % 4)), note: '' },
  });
  await projectData(sb, 'underpinning.save', {
    record: {
      id: randomUUID(),
      supplierId: hosting,
      title: 'Hosting UC',
      starts: '2026-01-01',
      ends: '2026-12-31',
      targets: { P1: { responseMinutes: 600, resolutionMinutes: 6000 } },
      supports: ['p1'],
    },
  });
  for (let n = 0; n < 60; n++)
    await query(
      sb,
      `INSERT INTO itr_fact_ola (issue_id, tier, cycle_start, issue_key, project, month, service_type, supplier,
         cycle_stop, target_ms, elapsed_ms, met) VALUES (?, 'supplier', 0, ?, 'SUP', ?, 'incident', NULL, 1, 1, 1, ?)`,
      [600_000 + n, `SUP-${n}`, MONTHS[n % 6], (n * 7) % 10 < 4 + (n % 6) ? 1 : 0],
    );
}

const shell = dashboardShell(T0, seed);

test('the service manager adds the gadget and reads the audit, the on-time trend and the UC flags', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'manager' });
  const { id, frame } = await addGadget(page, 'Supplier scorecard');
  await frame.getByLabel('Service desk (SUP)').check();
  await frame.getByLabel('Months').selectOption({ label: 'Last 6 months' });
  await frame.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((u) => !u.searchParams.has('edit'));
  expect(shell.ui.dashboard.get(id)?.config).toEqual({ ...DEFAULT_SUPPLIERS, projects: ['SUP'], months: 6 });
  const r = await gadgetCall<SupplierScorecard>(
    shell.sb,
    SUPPLIERS.data,
    shell.ui.dashboard.get(id)!.config,
    PEOPLE.manager,
    'itr-gadget-suppliers',
  );
  if (!r.ok) throw new Error(r.error.message);

  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-radar-polygon').first().waitFor();
  await page.screenshot({ path: join(SHOTS, 'gadget-suppliers-audit.png'), fullPage: true });
  await view.getByRole('button', { name: 'Table' }).click();
  const audit = view.locator('tbody tr').first();
  expect(await audit.locator('td').nth(1).textContent()).toBe('Acme Cloud 云');
  expect(await audit.locator('td').nth(3).textContent()).toBe('2025-Q4');

  await view.getByRole('button', { name: 'On time' }).click();
  await view.locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
  await view.getByRole('button', { name: 'Table' }).click();
  expect(await view.locator('tbody tr').count()).toBe(r.data.onTime.rows.length);
  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(csv[0]).toBe('\uFEFFMonth,Supplier,Met,Late,On-time rate');
  expect(csv.slice(1, -1)).toEqual(
    r.data.onTime.rows.map((x) => [x['month'], 'Acme Cloud 云', x['met'], x['late'], x['onTimeRate'] ?? ''].join(',')),
  );

  await view.getByRole('button', { name: 'UC flags' }).click();
  await view.locator('.recharts-bar-rectangle').first().waitFor();
  await view.getByRole('button', { name: 'Table' }).click();
  expect(await view.locator('tbody tr').count()).toBe(r.data.flags.rows.length);
  expect(r.data.flags.rows.length).toBeGreaterThan(0);
  await expectGadgetClean(shell, page, id, errors);
});

test.each(LOOKS)('a viewer reads the scorecard (%s, %s), axe clean', async (locale, theme) => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'viewer', locale, theme });
  const id = shell.ui.dashboard.gadgets.find((g) => g.module === 'itr-gadget-suppliers')!.id;
  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-radar-polygon').first().waitFor();
  await page
    .locator(`[data-gadget="${id}"]`)
    .screenshot({ path: join(SHOTS, `gadget-suppliers-${locale}-${theme}.png`) });
  await view.getByRole('button', { name: locale === 'zh-CN' ? '按时完成' : 'On time' }).click();
  await view.locator('.recharts-line-curve').first().waitFor({ state: 'attached' });
  await expectGadgetClean(shell, page, id, errors);
});
