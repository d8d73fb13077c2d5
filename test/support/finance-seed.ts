// A service desk budget the finance browser tests read: rates and roles for the two agents, SUP's budget
// in two phases of 2026, a recorded cost, two quarterly settlement periods (open) and a few months of
// worklogs (straight into itr_worklog, as the worklog sync writes them), all through the project page's
// resolver as the service manager.
import { randomUUID } from 'node:crypto';
import { query } from './project';
import type { Sandbox } from './sandbox';

export async function projectAs<T>(sb: Sandbox, fn: string, payload: unknown, accountId = 'u-manager'): Promise<T> {
  const sup = sb.site.projects.get('SUP')!;
  const r = await sb.host.resolve('projectResolver', 'itr-project', fn, payload, {
    accountId,
    project: { id: sup.id, key: sup.key, type: sup.typeKey },
  });
  const a = r.result as { ok: boolean; data: T; error?: unknown };
  if (!a.ok) throw new Error(`${fn}: ${JSON.stringify(a.error)}`);
  return a.data;
}

/** The desk's 2026 budget: a take-over quarter, then steady service. */
export const DESK_2026_PHASES = [
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
];

/** Seeds it all; the budget's id. */
export async function seedDeskBudget(sb: Sandbox, now: number): Promise<string> {
  const budgetId = randomUUID();
  const save = (kind: string, record: unknown) => projectAs(sb, `${kind}.save`, { record });
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
    id: budgetId,
    title: 'Service desk 2026',
    contractId: null,
    currency: 'CNY',
    phases: DESK_2026_PHASES,
  });
  await save('cost', {
    id: randomUUID(),
    budgetId,
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
      budgetId,
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
      sb,
      'INSERT INTO itr_worklog (worklog_id, issue_id, project, author, started, month, seconds, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [id++, 10_000, 'SUP', author, Date.parse(`${month}-10T09:00:00+08:00`), month, hours * 3600, now],
    );
  return budgetId;
}
