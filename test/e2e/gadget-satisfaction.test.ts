// "Satisfaction and complaints" on the sandbox's Jira dashboard in a real browser under Forge's CSP: the
// service manager adds the gadget, configures it (SUP, split by engineer, refresh), sees the score
// distribution and CSAT the resolver computed, switches to complaints and praise and to the table, and
// downloads the CSV of the same rows; a viewer reads it in English and Chinese, light and dark, axe clean.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { backfillVoiceFacts } from '../../src/app/facts/voice';
import type { GadgetTable } from '../../src/contract/gadgets';
import { DEFAULT_SATISFACTION, SATISFACTION } from '../../src/contract/gadgets/satisfaction';
import { gadgetCall } from '../support/gadget';
import { query } from '../support/project';
import { PEOPLE, type Sandbox } from '../support/sandbox';
import { SHOTS, watchedPage } from './browser';
import { addGadget, dashboardShell, expectGadgetClean, openDashboard } from './dashboard-shell';
import { LOOKS } from './project-shell';

const T0 = Date.parse('2026-03-03T09:30:00+08:00');
const DAY = 86_400_000;

/** Three months of answered surveys, complaints and praise on SUP, made facts as the recalculation does. */
async function seed(sb: Sandbox): Promise<void> {
  const sup = sb.site.projects.get('SUP')!.id;
  const customer = randomUUID();
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme 华东', '{}', '[]', 'manual', 0, 'test')",
    [sup, customer],
  );
  for (let n = 0; n < 36; n++) {
    const at = T0 - (n * 1.5 + 1) * DAY; // all within the last three months
    await query(
      sb,
      `INSERT INTO itr_survey (project_id, id, kind, customer_id, engineer, source, sent_at, expires_at, answered_at, score)
       VALUES (?, ?, 'periodic', ?, ?, 'link', ?, ?, ?, ?)`,
      [
        sup,
        randomUUID(),
        customer,
        [PEOPLE.agent, PEOPLE.expert][n % 2],
        at - DAY,
        at + DAY,
        at,
        [5, 4, 5, 3, 2, 4, 1, 5][n % 8],
      ],
    );
    if (n % 3 === 0)
      await query(
        sb,
        `INSERT INTO itr_feedback (project_id, id, kind, via, customer_id, engineer, source, received_at, text, status, updated_at, updated_by)
         VALUES (?, ?, ?, ?, ?, ?, 'project', ?, 'seeded', 'open', ?, 'test')`,
        [
          sup,
          randomUUID(),
          n % 2 ? 'praise' : 'complaint',
          n % 4 ? 'user' : 'customer',
          customer,
          PEOPLE.agent,
          at,
          at,
        ],
      );
  }
  await backfillVoiceFacts([sup]);
}

const shell = dashboardShell(T0, seed);

test('the service manager adds and configures the gadget, reads its chart and table, and downloads the CSV', async () => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'manager' });
  const { id, frame } = await addGadget(page, 'Satisfaction and complaints');
  await frame.getByLabel('Service desk (SUP)').check();
  await frame.getByLabel('Split by').selectOption({ label: 'Engineer' });
  await frame.getByLabel('Months').selectOption({ label: 'Last 3 months' });
  await frame.getByLabel('Refresh').selectOption({ label: 'Every 30 minutes' });
  await page.screenshot({ path: join(SHOTS, 'gadget-satisfaction-edit.png'), fullPage: true });
  await frame.getByRole('button', { name: 'Save' }).click();
  await page.waitForURL((u) => !u.searchParams.has('edit'));
  expect(shell.ui.dashboard.get(id)?.config).toEqual({
    ...DEFAULT_SATISFACTION,
    projects: ['SUP'],
    split: 'engineer',
    months: 3,
    refresh: 30,
  });

  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-bar-rectangle').first().waitFor();
  const r = await gadgetCall<GadgetTable>(
    shell.sb,
    SATISFACTION.data,
    shell.ui.dashboard.get(id)!.config,
    PEOPLE.manager,
    'itr-gadget-satisfaction',
  );
  if (!r.ok) throw new Error(r.error.message);
  const all = r.data.rows.filter((x) => x['group'] === '*all');
  expect(all.reduce((a, x) => a + Number(x['answered']), 0)).toBe(36);
  await page.screenshot({ path: join(SHOTS, 'gadget-satisfaction-chart.png'), fullPage: true });
  await view.getByRole('button', { name: 'Complaints and praise' }).click();
  await view.locator('.recharts-bar-rectangle').first().waitFor();

  await view.getByRole('button', { name: 'Table' }).click();
  expect(await view.locator('tbody tr').count()).toBe(r.data.rows.length);
  const first = all[0]!;
  const row = view.locator('tbody tr').first();
  expect(await row.locator('td').nth(1).textContent()).toBe('All');
  expect(await row.locator('td').nth(2).textContent()).toBe(String(first['answered']));

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    view.getByRole('button', { name: 'Download CSV' }).click(),
  ]);
  const csv = (await readFile(await download.path(), 'utf8')).split('\r\n');
  expect(csv[0]).toBe(
    '\uFEFFMonth,Engineer,Surveys answered,CSAT,Average score,Scored 1,Scored 2,Scored 3,Scored 4,Scored 5,Complaints through the customer,Complaints from users,Praise,Issues created,Complaints per 100 issues',
  );
  expect(csv.slice(1, -1)).toHaveLength(r.data.rows.length);
  expect(csv[1]!.split(',').slice(2, 4)).toEqual([String(first['answered']), String(first['csat'] ?? '')]);
  await expectGadgetClean(shell, page, id, errors);
});

test.each(LOOKS)('a viewer reads the gadget (%s, %s), axe clean', async (locale, theme) => {
  const { page, errors } = await watchedPage(shell.browser);
  await openDashboard(page, shell.url, { user: 'viewer', locale, theme });
  const id = shell.ui.dashboard.gadgets.find((g) => g.module === 'itr-gadget-satisfaction')!.id;
  const view = page.frameLocator(`#gadget-${id}`);
  await view.locator('.recharts-bar-rectangle').first().waitFor();
  await view.getByRole('button', { name: locale === 'zh-CN' ? '表格' : 'Table' }).click();
  await view.locator('tbody tr').first().waitFor();
  await view.getByRole('button', { name: locale === 'zh-CN' ? '图表' : 'Chart' }).click();
  await page
    .locator(`[data-gadget="${id}"]`)
    .screenshot({ path: join(SHOTS, `gadget-satisfaction-${locale}-${theme}.png`) });
  await expectGadgetClean(shell, page, id, errors);
});
