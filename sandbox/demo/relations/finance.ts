// The demo's service finance (seed 003: budget, accounting, settlement), sized for the demo's year of
// worklogs (about 1,500 hours, so the desk stays under budget while Acme's contract goes over): roles and hourly rates for the
// people who log work (Li Lei an engineer, Zhang Wei an engineer then a senior engineer, the service
// manager), the engineer rate raised three months ago; a budget for the service desk SUP over thirteen
// months in two phases, with quarterly settlement periods (the first one closed); and a budget for Acme's
// contract whose supplier fees ran over it. Fixed ids: seeding twice writes once.

import { DEMO_CUSTOMERS } from './demo-customers';
import type { SeedContext } from './seed';
import { PEOPLE } from '../site-seed';

const ID = (n: number) => `5b3e9c1d-2f4a-4b8e-9c1d-3e5f7a9b${String(n).padStart(4, '0')}`;
const SUP_BUDGET = ID(100);
const ACME_BUDGET = ID(200);
/** Acme's contract and the cloud supplier as their seeds save them. */
const ACME_CONTRACT = `${DEMO_CUSTOMERS[0].id.slice(0, -4)}2000`;
const CLOUD = '7a2d3b8f-1c2e-4d66-8b72-2d1b0e4f6b01';

/** The first day of the month `n` months from the one holding `t` (UTC), and that month's last day. */
function month(t: number, n: number): { first: string; last: string } {
  const d = new Date(t);
  const first = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n, 1));
  const last = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + n + 1, 0));
  return { first: first.toISOString().slice(0, 10), last: last.toISOString().slice(0, 10) };
}

const items = (contract: number, extraWork: number) => ({ contract, extraWork });

export async function seedFinance(c: SeedContext): Promise<void> {
  const at = (n: number) => month(c.now, n);
  const rates: ReadonlyArray<readonly [string, number, number]> = [
    ['engineer', 18_000, -11],
    ['engineer', 20_000, -2],
    ['senior engineer', 35_000, -11],
    ['service manager', 50_000, -11],
  ];
  for (const [i, [role, rateCents, from]] of rates.entries())
    await c.call('rate.save', {
      record: { id: ID(i + 1), role, rateCents, currency: 'CNY', effectiveFrom: at(from).first },
    });
  const roles: ReadonlyArray<readonly [string, string, number]> = [
    [PEOPLE.agent, 'engineer', -11],
    [PEOPLE.expert, 'engineer', -11],
    [PEOPLE.expert, 'senior engineer', -5],
    [PEOPLE.manager, 'service manager', -11],
  ];
  for (const [i, [accountId, role, from]] of roles.entries())
    await c.call('role.save', { record: { id: ID(i + 11), accountId, role, effectiveFrom: at(from).first } });

  await c.call('budget.save', {
    record: {
      id: SUP_BUDGET,
      title: 'IT service desk FY / 服务台年度预算',
      contractId: null,
      currency: 'CNY',
      phases: [
        {
          name: 'Take-over / 接管',
          from: at(-11).first,
          to: at(-9).last,
          income: items(12_000_000, 0),
          expense: { labour: 8_000_000, parts: 200_000, supplier: 300_000, travel: 80_000, valueAdded: 100_000 },
        },
        {
          name: 'Steady service / 稳定运行',
          from: at(-8).first,
          to: at(1).last,
          income: items(40_000_000, 1_500_000),
          expense: { labour: 30_000_000, parts: 600_000, supplier: 1_200_000, travel: 200_000, valueAdded: 500_000 },
        },
      ],
    },
  });
  await c.call('budget.save', {
    record: {
      id: ACME_BUDGET,
      title: 'Acme managed IT services / Acme 托管运维',
      contractId: ACME_CONTRACT,
      currency: 'CNY',
      phases: [
        {
          name: 'Contract year / 合同年度',
          from: at(-11).first,
          to: at(1).last,
          income: items(4_800_000, 0),
          expense: { labour: 2_000_000, parts: 150_000, supplier: 600_000, travel: 50_000, valueAdded: 100_000 },
        },
      ],
    },
  });

  const periods = [
    { id: ID(301), starts: at(-11).first, ends: at(-9).last, billed: 12_400_000, received: 12_400_000 },
    { id: ID(302), starts: at(-8).first, ends: at(-6).last, billed: 13_000_000, received: 13_000_000 },
    { id: ID(303), starts: at(-5).first, ends: at(-3).last, billed: 12_800_000, received: 8_000_000 },
  ];
  const costs = [
    { budgetId: SUP_BUDGET, n: -10, category: 'parts', amount: 86_000, note: 'Printer fusers / 打印机定影组件' },
    { budgetId: SUP_BUDGET, n: -9, category: 'travel', amount: 24_500, note: 'On-site visit, Suzhou / 苏州现场支持' },
    { budgetId: SUP_BUDGET, n: -6, category: 'parts', amount: 132_000, note: 'Laptop batteries / 笔记本电池' },
    { budgetId: SUP_BUDGET, n: -4, category: 'valueAdded', amount: 240_000, note: 'VIP health check / VIP 体检' },
    { budgetId: SUP_BUDGET, n: -1, category: 'supplier', amount: 180_000, note: 'Cloud backup / 云备份', cloud: true },
    {
      budgetId: ACME_BUDGET,
      n: -9,
      category: 'supplier',
      amount: 1_200_000,
      note: 'ERP hosting / ERP 托管',
      cloud: true,
    },
    {
      budgetId: ACME_BUDGET,
      n: -5,
      category: 'supplier',
      amount: 1_350_000,
      note: 'ERP hosting / ERP 托管',
      cloud: true,
    },
    {
      budgetId: ACME_BUDGET,
      n: -2,
      category: 'supplier',
      amount: 1_400_000,
      note: 'ERP upgrade / ERP 升级',
      cloud: true,
    },
    { budgetId: ACME_BUDGET, n: -1, category: 'parts', amount: 420_000, note: 'Replacement servers / 替换服务器' },
  ];
  const listed = await c.call<{ items: Array<{ id: string; status: string }> }>('settlement.list', { pageSize: 100 });
  const closed = listed.items.some((p) => p.id === periods[0]!.id && p.status === 'closed');
  for (const [i, k] of costs.entries()) {
    const spentOn = `${at(k.n).first.slice(0, 8)}15`;
    const first = periods[0]!;
    if (closed && k.budgetId === SUP_BUDGET && spentOn >= first.starts && spentOn <= first.ends) continue;
    await c.call('cost.save', {
      record: {
        id: ID(400 + i),
        budgetId: k.budgetId,
        spentOn,
        category: k.category,
        amountCents: k.amount,
        note: k.note,
        supplierId: 'cloud' in k ? CLOUD : null,
      },
    });
  }
  for (const [i, p] of periods.entries())
    if (!(closed && i === 0))
      await c.call('settlement.save', {
        record: {
          id: p.id,
          budgetId: SUP_BUDGET,
          starts: p.starts,
          ends: p.ends,
          billedCents: p.billed,
          receivedCents: p.received,
          status: i === 0 ? 'closed' : 'open',
        },
      });
}
