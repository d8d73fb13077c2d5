// The project page's Finance tab in a real browser, framed by the sandbox's Jira project page under
// Forge's CSP: the service manager reads a budget's accounting (the figures the resolver computes, each
// with its formula), switches the forecast to the run rate, downloads the months as CSV, closes a
// settlement period after confirming (it then refuses an edit) and adds a rate; a person who only browses
// reads it all without the forms. English and Chinese, light and dark, axe clean. Screenshots go to
// .tmp/screenshots.
import { randomUUID } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Budget, BudgetSummary } from '../../src/contract/records/budget';
import { query } from '../support/project';
import { SHOTS, watchedPage } from './browser';
import { expectClean, LOOKS, openProjectPage, projectShell } from './project-shell';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
const shell = projectShell(T0);
const BUDGET_ID = randomUUID();

async function call<T>(fn: string, payload: unknown): Promise<T> {
  const sup = shell.sb.site.projects.get('SUP')!;
  const r = await shell.sb.host.resolve('projectResolver', 'itr-project', fn, payload, {
    accountId: 'u-manager',
    project: { id: sup.id, key: sup.key, type: sup.typeKey },
  });
  const a = r.result as { ok: boolean; data: T; error?: unknown };
  if (!a.ok) throw new Error(`${fn}: ${JSON.stringify(a.error)}`);
  return a.data;
}

beforeAll(async () => {
  const save = (kind: string, record: unknown) => call(`${kind}.save`, { record });
  await save('rate', {
    id: randomUUID(),
    role: 'engineer',
    rateCents: 20_000,
    currency: 'CNY',
    effectiveFrom: '2026-01-01',
  });
  await save('rate', {
    id: randomUUID(),
    role: 'senior',
    rateCents: 40_000,
    currency: 'CNY',
    effectiveFrom: '2026-01-01',
  });
  await save('role', { id: randomUUID(), accountId: 'u-agent-l1', role: 'engineer', effectiveFrom: '2026-01-01' });
  await save('role', { id: randomUUID(), accountId: 'u-agent-l2', role: 'senior', effectiveFrom: '2026-01-01' });
  await save('budget', {
    id: BUDGET_ID,
    title: 'Service desk 2026',
    contractId: null,
    currency: 'CNY',
    phases: [
      {
        name: 'Take-over',
        from: '2026-01-01',
        to: '2026-03-31',
        income: { contract: 3_000_000, extraWork: 0 },
        expense: { labour: 1_500_000, parts: 100_000, supplier: 0, travel: 0, valueAdded: 0 },
      },
      {
        name: 'Steady service',
        from: '2026-04-01',
        to: '2026-12-31',
        income: { contract: 9_000_000, extraWork: 300_000 },
        expense: { labour: 4_500_000, parts: 0, supplier: 900_000, travel: 50_000, valueAdded: 0 },
      },
    ],
  });
  await save('cost', {
    id: randomUUID(),
    budgetId: BUDGET_ID,
    spentOn: '2026-02-10',
    category: 'parts',
    amountCents: 50_000,
    note: 'Printer fusers',
    supplierId: null,
  });
  for (const [starts, ends, billed] of [
    ['2026-01-01', '2026-03-31', 3_100_000],
    ['2026-04-01', '2026-06-30', 2_950_000],
  ] as const)
    await save('settlement', {
      id: randomUUID(),
      budgetId: BUDGET_ID,
      starts,
      ends,
      billedCents: billed,
      receivedCents: billed - 100_000,
      status: 'open',
    });
  let id = 1;
  for (const [author, month, hours] of [
    ['u-agent-l1', '2026-01', 60],
    ['u-agent-l2', '2026-02', 20],
    ['u-agent-l1', '2026-04', 80],
    ['u-agent-l2', '2026-05', 30],
  ] as const)
    await query(
      shell.sb,
      'INSERT INTO itr_worklog (worklog_id, issue_id, project, author, started, month, seconds, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [id++, 10_000, 'SUP', author, Date.parse(`${month}-10T09:00:00+08:00`), month, hours * 3600, T0],
    );
}, 60_000);

const money = (cents: number) => (cents / 100).toLocaleString('en-US', { minimumFractionDigits: 2 });

test('the service manager reads the accounting, downloads its months, closes a period after confirming, adds a rate', async () => {
  const { summary: s } = await call<{ budget: Budget; summary: BudgetSummary }>('budget.summary', {
    budgetId: BUDGET_ID,
    method: 'remaining',
  });
  const { page, errors } = await watchedPage(shell.browser);
  const frame = await openProjectPage(page, shell.url, { user: 'manager' });
  await frame.getByRole('tab', { name: 'Finance' }).click();
  const totals = frame.locator('#fi-totals');
  await totals.waitFor();
  const row = (name: string) => totals.locator('tr', { has: frame.getByRole('rowheader', { name }) });
  expect(await row('Budget at completion').locator('td').first().textContent()).toBe(money(s.totals.budget));
  expect(await row('Actual to date').locator('td').first().textContent()).toBe(money(s.totals.actual));
  expect(await row('Variance').locator('td').first().textContent()).toBe(money(s.totals.variance));
  expect(await row('Forecast at completion (Remaining budget)').locator('td').nth(1).textContent()).toBe(
    'actual to date + budget of the months left',
  );
  const measures = frame.locator('#fi-measures');
  expect(await measures.locator('tr', { hasText: 'Return on investment' }).locator('td').nth(1).textContent()).toBe(
    '(income − cost) ÷ cost',
  );
  expect(await measures.locator('tr', { hasText: 'Net output' }).locator('td').first().textContent()).toBe(
    money(s.totals.measures.netOutput),
  );
  await page.screenshot({ path: join(SHOTS, 'project-finance-accounting.png'), fullPage: true });

  await frame.getByRole('radio', { name: 'Run rate' }).check();
  await frame.getByRole('rowheader', { name: 'Forecast at completion (Run rate)' }).waitFor();

  const [download] = await Promise.all([
    page.waitForEvent('download'),
    frame
      .locator('section', { has: frame.locator('#fi-months') })
      .getByRole('button', { name: 'Export CSV' })
      .first()
      .click(),
  ]);
  const lines = (await readFile(await download.path(), 'utf8')).replace(/^\uFEFF/, '').split('\r\n');
  expect(lines[0]).toBe(
    'Month,Budget,Actual,Labour,Recorded costs,Hours,Income,Forecast at completion,Input-output ratio,Return on investment,Net output,Per-capita output,People who logged work',
  );
  const jan = s.months[0]!;
  expect(lines[1]).toMatch(new RegExp(`^2026-01,${(jan.budget / 100).toFixed(2)},${(jan.actual / 100).toFixed(2)},`));

  // Closing asks first, then the period is closed for good: an edit of it is refused with the reason.
  const periods = frame.locator('#settlements');
  const q1 = periods.locator('tr', { has: frame.getByRole('cell', { name: '2026-03-31', exact: true }) });
  await q1.getByRole('button', { name: 'Close' }).click();
  await q1.getByText(/It and its costs can never change again/).waitFor();
  await q1.getByRole('button', { name: 'Close' }).click();
  await frame.getByRole('status').filter({ hasText: 'Closed.' }).waitFor();
  await q1.getByRole('cell', { name: 'closed', exact: true }).waitFor();
  await q1.getByRole('button', { name: 'Edit' }).click();
  await frame.getByLabel('Billed', { exact: true }).fill('1');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.getByRole('alert').filter({ hasText: 'is closed: it no longer changes' }).waitFor();
  await frame.getByRole('button', { name: 'Cancel' }).click();

  await frame.getByRole('button', { name: 'Add a rate' }).click();
  await frame.getByLabel('Role', { exact: true }).fill('engineer');
  await frame.getByLabel('Hourly rate', { exact: true }).fill('250');
  await frame.getByLabel('In effect from', { exact: true }).fill('2026-07-01');
  await frame.getByRole('button', { name: 'Save' }).click();
  await frame.locator('#rates').getByRole('cell', { name: '2026-07-01' }).waitFor();
  expect(await frame.locator('#roles').getByRole('cell', { name: 'u-agent-l1', exact: true }).count()).toBe(1);
  await expectClean(shell, page, errors);
}, 90_000);

test.each(LOOKS)(
  'a person who browses reads the finance tab (%s, %s): no forms, axe clean',
  async (locale, theme) => {
    const { page, errors } = await watchedPage(shell.browser);
    const frame = await openProjectPage(page, shell.url, { user: 'viewer', locale, theme });
    const zh = locale === 'zh-CN';
    await frame.getByRole('tab', { name: zh ? '财务' : 'Finance' }).click();
    await frame.locator('#fi-totals').waitFor();
    await frame.getByRole('rowheader', { name: zh ? '投资回报率' : 'Return on investment' }).waitFor();
    await frame.locator('#fi-phases').getByRole('rowheader', { name: 'Steady service' }).waitFor();
    expect(await frame.getByRole('button', { name: zh ? '新增预算' : 'Add a budget' }).count()).toBe(0);
    expect(await frame.getByRole('button', { name: zh ? '关闭' : 'Close' }).count()).toBe(0);
    await page.screenshot({ path: join(SHOTS, `project-finance-${locale}-${theme}.png`), fullPage: true });
    await expectClean(shell, page, errors);
  },
  60_000,
);
