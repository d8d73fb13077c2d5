// The demo's finance seed, as `npm start` writes it through the project page's resolver: roles and rates
// for the people who log work, the service desk's budget in two phases with quarterly settlement periods
// (the first closed), and Acme's contract budget over budget; seeding twice writes the same rows.

import { seedCustomers } from '../../sandbox/demo/relations/customers';
import { seedFinance } from '../../sandbox/demo/relations/finance';
import type { SeedContext } from '../../sandbox/demo/relations/seed';
import { seedSuppliers } from '../../sandbox/demo/relations/suppliers';
import type { Budget, BudgetSummary } from '../../src/contract/records/budget';
import type { ListPage } from '../../src/contract/project';
import type { Settlement } from '../../src/contract/records/settlement';
import { projectData } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const NOW = Date.parse('2026-03-09T00:00:00Z'); // a Monday, as the sandbox starts its week
let sb: Sandbox;
let ctx: SeedContext;

beforeAll(async () => {
  sb = await startSandbox(NOW, { scope: null });
  ctx = { host: sb.host, site: sb.site, now: NOW, call: (fn, payload) => projectData(sb, fn, payload) };
  await seedCustomers(ctx);
  await seedSuppliers(ctx);
  await seedFinance(ctx);
}, 180_000);
afterAll(async () => sb.stop());

test('two budgets, one of them over; quarterly periods with the first closed; seeding again writes no second row', async () => {
  const budgets = await projectData<ListPage<Budget>>(sb, 'budget.list', {});
  expect(budgets.items.map((b) => b.contractId === null).sort()).toEqual([false, true]);
  const burn = async (b: Budget) =>
    (await projectData<{ summary: BudgetSummary }>(sb, 'budget.summary', { budgetId: b.id, method: 'remaining' }))
      .summary.totals;
  const [acme, desk] = [budgets.items.find((b) => b.contractId)!, budgets.items.find((b) => !b.contractId)!];
  const over = await burn(acme);
  expect(over.actual).toBeGreaterThan(over.budget);
  expect(over.burn).toBeGreaterThan(1);
  expect(over.forecast).toBeGreaterThan(over.budget);
  const under = await burn(desk);
  expect(under.actual).toBeLessThan(under.budget);
  const periods = await projectData<ListPage<Settlement>>(sb, 'settlement.list', {
    sort: { by: 'starts', dir: 'asc' },
  });
  expect(periods.items.map((p) => p.status)).toEqual(['closed', 'open', 'open']);
  expect((await projectData<ListPage<unknown>>(sb, 'role.list', { filter: { accountId: PEOPLE.expert } })).total).toBe(
    2,
  );

  await seedFinance(ctx);
  for (const table of ['itr_fin_budget', 'itr_fin_cost', 'itr_fin_rate', 'itr_fin_role', 'itr_fin_settlement'])
    expect(
      (await projectData<ListPage<unknown>>(sb, `${table.replace('itr_fin_', '')}.list`, { pageSize: 100 })).total,
    ).toBe({ itr_fin_budget: 2, itr_fin_cost: 9, itr_fin_rate: 4, itr_fin_role: 4, itr_fin_settlement: 3 }[table]);
});
