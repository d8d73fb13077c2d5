// The project page's Finance tab in a real browser, framed by the sandbox's Jira project page under
// Forge's CSP: the service manager reads a budget's accounting (the figures the resolver computes, each
// with its formula), switches the forecast to the run rate, downloads the months as CSV, closes a
// settlement period after confirming (it then refuses an edit) and adds a rate; a person who only browses
// reads it all without the forms. English and Chinese, light and dark, axe clean. Screenshots go to
// .tmp/screenshots.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Budget, BudgetSummary } from '../../src/contract/records/budget';
import { projectAs, seedDeskBudget } from '../support/finance-seed';
import { SHOTS, watchedPage } from './browser';
import { expectClean, LOOKS, openProjectPage, projectShell } from './project-shell';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
const shell = projectShell(T0);
let BUDGET_ID = '';

const call = <T>(fn: string, payload: unknown) => projectAs<T>(shell.sb, fn, payload);

beforeAll(async () => {
  BUDGET_ID = await seedDeskBudget(shell.sb, T0);
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
