// Service-project finance through the project page's and the gadgets' resolvers on MariaDB: rates and
// roles with effective dates price the worklogs as the test prices them itself (worklog by worklog, the
// rate in effect on the day it starts in Shanghai); budget, burn, variance, forecast and the four benefit
// measures equal the test's own computation, per month; closed settlement periods refuse every change to
// themselves and to the costs dated inside them, writing nothing.

import { randomUUID } from 'node:crypto';
import type { GadgetTable } from '../../src/contract/gadgets';
import type { Budget, BudgetSummary } from '../../src/contract/records/budget';
import type { RecordedCost } from '../../src/contract/records/cost';
import type { RoleAssignment, RoleRate } from '../../src/contract/records/rate';
import type { Settlement } from '../../src/contract/records/settlement';
import type { ListPage } from '../../src/contract/project';
import { DESK_2026_PHASES } from '../support/finance-seed';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
const ZONE_MS = 8 * 3_600_000; // Asia/Shanghai, no daylight saving
let sb: Sandbox;

const rates: RoleRate[] = [
  { id: randomUUID(), role: 'engineer', rateCents: 20_000, currency: 'CNY', effectiveFrom: '2026-01-01' },
  { id: randomUUID(), role: 'engineer', rateCents: 25_000, currency: 'CNY', effectiveFrom: '2026-04-01' },
  { id: randomUUID(), role: 'senior', rateCents: 40_000, currency: 'CNY', effectiveFrom: '2026-01-01' },
];
const roles: RoleAssignment[] = [
  { id: randomUUID(), accountId: PEOPLE.agent, role: 'engineer', effectiveFrom: '2026-01-01' },
  { id: randomUUID(), accountId: PEOPLE.expert, role: 'engineer', effectiveFrom: '2026-01-01' },
  { id: randomUUID(), accountId: PEOPLE.expert, role: 'senior', effectiveFrom: '2026-03-15' },
];
const budget: Budget = {
  id: randomUUID(),
  title: 'IT service desk 2026',
  contractId: null,
  currency: 'CNY',
  phases: DESK_2026_PHASES,
};
const costs: RecordedCost[] = [
  {
    id: randomUUID(),
    budgetId: budget.id,
    spentOn: '2026-02-10',
    category: 'parts',
    amountCents: 50_000,
    note: 'Printer fusers',
    supplierId: null,
  },
  {
    id: randomUUID(),
    budgetId: budget.id,
    spentOn: '2026-05-20',
    category: 'travel',
    amountCents: 12_345,
    note: 'On-site visit',
    supplierId: null,
  },
];
const q1: Settlement = {
  id: randomUUID(),
  budgetId: budget.id,
  starts: '2026-01-01',
  ends: '2026-03-31',
  billedCents: 3_100_000,
  receivedCents: 3_000_000,
  status: 'open',
};
const q2: Settlement = { ...q1, id: randomUUID(), starts: '2026-04-01', ends: '2026-06-30', billedCents: 0 };

interface Worklog {
  author: string;
  started: number;
  seconds: number;
  project: string;
}
const at = (wall: string) => Date.parse(`${wall}+08:00`);
const worklogs: Worklog[] = [
  { author: PEOPLE.agent, started: at('2026-01-05T09:00:00'), seconds: 7200, project: 'SUP' },
  { author: PEOPLE.expert, started: at('2026-01-20T14:00:00'), seconds: 5400, project: 'SUP' },
  { author: PEOPLE.agent, started: at('2026-02-02T09:00:00'), seconds: 3600 * 8, project: 'SUP' },
  // The day before and the first minutes of the day the expert becomes senior.
  { author: PEOPLE.expert, started: at('2026-03-14T23:30:00'), seconds: 3600, project: 'SUP' },
  { author: PEOPLE.expert, started: at('2026-03-15T00:10:00'), seconds: 1800, project: 'SUP' },
  // The last evening of the old engineer rate, and the first morning of the new one.
  { author: PEOPLE.agent, started: at('2026-03-31T23:59:00'), seconds: 1234, project: 'SUP' },
  { author: PEOPLE.agent, started: at('2026-04-01T00:00:00'), seconds: 999, project: 'SUP' },
  { author: PEOPLE.agent, started: at('2026-05-11T10:00:00'), seconds: 3600 * 6, project: 'SUP' },
  { author: PEOPLE.expert, started: at('2026-05-12T10:00:00'), seconds: 3600 * 3, project: 'SUP' },
  { author: PEOPLE.agent, started: at('2026-06-01T08:00:00'), seconds: 4000, project: 'SUP' },
  // Nobody gave the viewer a role: hours with no price, yet a person who logged work.
  { author: PEOPLE.viewer, started: at('2026-06-02T08:00:00'), seconds: 3600, project: 'SUP' },
  // Another project's worklog counts nowhere here.
  { author: PEOPLE.agent, started: at('2026-05-11T10:00:00'), seconds: 36_000, project: 'PRB' },
];

const dayOf = (t: number) => new Date(t + ZONE_MS).toISOString().slice(0, 10);
const monthOf = (t: number) => dayOf(t).slice(0, 7);
const latest = <T extends { effectiveFrom: string }>(xs: T[], day: string) =>
  xs.filter((x) => x.effectiveFrom <= day).sort((a, b) => b.effectiveFrom.localeCompare(a.effectiveFrom))[0];

/** The test's own labour cost per month: each worklog priced on its own start day. */
function expectedLabour(): Map<string, { cents: number; people: Set<string> }> {
  const exact = new Map<string, { cents: number; people: Set<string> }>();
  for (const w of worklogs.filter((x) => x.project === 'SUP')) {
    const day = dayOf(w.started);
    const role = latest(
      roles.filter((r) => r.accountId === w.author),
      day,
    );
    const rate =
      role &&
      latest(
        rates.filter((r) => r.role === role.role),
        day,
      );
    const m = exact.get(monthOf(w.started)) ?? { cents: 0, people: new Set<string>() };
    m.cents += rate ? (w.seconds * rate.rateCents) / 3600 : 0;
    m.people.add(w.author);
    exact.set(monthOf(w.started), m);
  }
  return exact;
}

const daysIn = (from: string, to: string) => (Date.parse(to) - Date.parse(from)) / 86_400_000 + 1;
const MONTHS = [
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
  '2026-07',
  '2026-08',
  '2026-09',
  '2026-10',
  '2026-11',
  '2026-12',
];
const monthSpan = (m: string) => {
  const [y, mo] = m.split('-').map(Number) as [number, number];
  return [`${m}-01`, new Date(Date.UTC(y, mo, 0)).toISOString().slice(0, 10)] as const;
};
const overlap = (a: readonly [string, string], b: readonly [string, string]) => {
  const from = a[0] > b[0] ? a[0] : b[0];
  const to = a[1] < b[1] ? a[1] : b[1];
  return from <= to ? daysIn(from, to) : 0;
};
const sum = (o: Record<string, number>) => Object.values(o).reduce((a, b) => a + b, 0);

/** The test's own budget of a month: each phase's expense items pro rata by days. */
const expectedBudget = (m: string) =>
  budget.phases.reduce(
    (t, p) => t + (sum(p.expense) * overlap([p.from, p.to], monthSpan(m))) / daysIn(p.from, p.to),
    0,
  );

/** The test's own income of a month: the closed Q1's billing by day, then the contract value by day to today. */
const expectedIncome = (m: string, q1Closed: boolean) => {
  const today = dayOf(T0);
  let total = 0;
  for (const p of budget.phases) {
    const [from, to] = monthSpan(m);
    const first = from > p.from ? from : p.from;
    const last = [to, p.to, today].sort()[0]!;
    if (first > last) continue;
    const days = daysIn(first, last);
    if (q1Closed && p.name === 'Take-over') total += (q1.billedCents * days) / daysIn(q1.starts, q1.ends);
    else total += (p.income.contract * days) / daysIn(p.from, p.to);
  }
  return total;
};

beforeAll(async () => {
  sb = await startSandbox(T0);
  await projectData(sb, 'project.access', {});
  for (const [i, w] of worklogs.entries())
    await query(
      sb,
      'INSERT INTO itr_worklog (worklog_id, issue_id, project, author, started, month, seconds, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
      [i + 1, 10_000 + i, w.project, w.author, w.started, monthOf(w.started), w.seconds, T0],
    );
  for (const r of rates) await projectData(sb, 'rate.save', { record: r });
  for (const r of roles) await projectData(sb, 'role.save', { record: r });
  await projectData(sb, 'budget.save', { record: budget });
  await projectData(sb, 'budget.save', { record: budget }); // a retried save writes the same row
  for (const c of costs) await projectData(sb, 'cost.save', { record: c });
  await projectData(sb, 'settlement.save', { record: q1 });
  await projectData(sb, 'settlement.save', { record: q2 });
}, 180_000);
afterAll(async () => sb.stop());

const summary = (method: 'remaining' | 'runRate') =>
  projectData<{ budget: Budget; summary: BudgetSummary }>(sb, 'budget.summary', { budgetId: budget.id, method });

test('the records are listed as saved, once each', async () => {
  expect((await projectData<ListPage<RoleRate>>(sb, 'rate.list', {})).total).toBe(3);
  expect(
    (await projectData<ListPage<RoleAssignment>>(sb, 'role.list', { filter: { accountId: PEOPLE.expert } })).total,
  ).toBe(2);
  const budgets = await projectData<ListPage<Budget>>(sb, 'budget.list', {});
  expect(budgets.items).toEqual([expect.objectContaining({ ...budget, updatedBy: PEOPLE.manager }) as unknown]);
  expect((await projectData<ListPage<RecordedCost>>(sb, 'cost.list', { filter: { budgetId: budget.id } })).total).toBe(
    2,
  );
  expect((await projectData<ListPage<Settlement>>(sb, 'settlement.list', {})).total).toBe(2);
  expect(await projectData(sb, 'budget.people', {})).toEqual({
    [PEOPLE.agent]: expect.any(String) as unknown,
    [PEOPLE.expert]: expect.any(String) as unknown,
  });
});

test('labour, actual, budget, income, burn, variance, forecast and the four measures equal the test\u2019s own, per month', async () => {
  const labour = expectedLabour();
  const { summary: s } = await summary('remaining');
  expect(s.months.map((m) => m.month)).toEqual(MONTHS);
  const costOf = (m: string) => costs.filter((c) => c.spentOn.startsWith(m)).reduce((t, c) => t + c.amountCents, 0);
  let actualToDate = 0;
  for (const m of s.months) {
    const l = labour.get(m.month);
    expect(m.labour).toBe(Math.round(l?.cents ?? 0));
    expect(m.costs).toBe(costOf(m.month));
    expect(m.actual).toBe(m.labour + m.costs);
    expect(Math.abs(m.budget - expectedBudget(m.month))).toBeLessThanOrEqual(1);
    expect(Math.abs(m.income - expectedIncome(m.month, false))).toBeLessThanOrEqual(1);
    actualToDate += m.actual;
    expect(m.actualToDate).toBe(actualToDate);
    const people = l?.people.size ?? 0;
    expect(m.measures.people).toBe(people);
    expect(m.measures.netOutput).toBe(m.income - m.actual);
    if (m.actual > 0) {
      expect(m.measures.ioRatio).toBeCloseTo(m.income / m.actual, 10);
      expect(m.measures.roi).toBeCloseTo((m.income - m.actual) / m.actual, 10);
    } else expect(m.measures.roi).toBeNull();
    expect(m.measures.perCapita).toBe(people ? (m.income - m.actual) / people : null);
  }
  // Concrete figures, so that a shared mistake cannot hide: January is 2 h + 1.5 h at 200/h.
  expect(s.months[0]!.labour).toBe(70_000);
  // March: 1 h engineer (14th) + 0.5 h senior (15th) by the expert, 1234 s of the agent at 200/h.
  expect(s.months[2]!.labour).toBe(20_000 + 20_000 + Math.round((1234 * 20_000) / 3600));
  expect(s.months[5]!.unpricedHours).toBe(1);
  expect(s.months[5]!.measures.people).toBe(2);

  const totalBudget = sum(budget.phases[0]!.expense) + sum(budget.phases[1]!.expense);
  const budgetToDate = s.months.slice(0, 6).reduce((t, m) => t + m.budget, 0);
  expect(s.totals.budget).toBe(totalBudget);
  expect(s.totals.budgetToDate).toBe(budgetToDate);
  expect(s.totals.actual).toBe(actualToDate);
  expect(s.totals.burn).toBeCloseTo(actualToDate / totalBudget, 12);
  expect(s.totals.variance).toBe(budgetToDate - actualToDate);
  // Remaining: the actual to date and the budget of July to December.
  expect(s.totals.forecast).toBe(actualToDate + s.months.slice(6).reduce((t, m) => t + m.budget, 0));
  expect(s.months[6]!.forecast).toBeNull();
  expect(s.months[2]!.forecast).toBe(s.months[2]!.actualToDate + s.months.slice(3).reduce((t, m) => t + m.budget, 0));
  expect(s.totals.measures.people).toBe(3);
  expect(s.totals.measures.roi).toBeCloseTo((s.totals.income - actualToDate) / actualToDate, 10);

  const run = (await summary('runRate')).summary;
  expect(run.method).toBe('runRate');
  expect(run.totals.forecast).toBe(Math.round(actualToDate + (actualToDate / 6) * 6));
  expect(run.months[1]!.forecast).toBe(
    Math.round(run.months[1]!.actualToDate + (run.months[1]!.actualToDate / 2) * 10),
  );
});

test('the gadget answers the same figures per project and month (money in cents)', async () => {
  const r = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-finance',
    'finance.data',
    { projects: ['SUP'], months: 6, refresh: 0, budgets: 'project', forecast: 'remaining' },
    { accountId: PEOPLE.manager },
  );
  expect(r.outcome).toBe('ok');
  const table = (r.result as { ok: true; data: GadgetTable }).data;
  const { summary: s } = await summary('remaining');
  expect(table.rows.map((x) => x['month'])).toEqual(MONTHS.slice(0, 6));
  for (const [i, row] of table.rows.entries()) {
    const m = s.months[i]!;
    expect(row).toEqual({
      month: m.month,
      project: 'SUP',
      currency: 'CNY',
      budget: m.budget,
      actual: m.actual,
      budgetToDate: m.budgetToDate,
      actualToDate: m.actualToDate,
      budgetAtCompletion: s.totals.budget,
      forecast: m.forecast,
      income: m.income,
      ioRatio: m.measures.ioRatio,
      roi: m.measures.roi,
      netOutput: m.measures.netOutput,
      perCapita: m.measures.perCapita === null ? null : Math.round(m.measures.perCapita),
      people: m.measures.people,
    });
  }
  const contracts = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-finance',
    'finance.data',
    { projects: ['SUP'], months: 6, refresh: 0, budgets: 'contracts', forecast: 'remaining' },
    { accountId: PEOPLE.manager },
  );
  expect((contracts.result as { ok: true; data: GadgetTable }).data.rows).toEqual([]);
});

test('closing a settlement period is final: it, and the costs dated inside it, refuse every change; nothing is written', async () => {
  await projectData(sb, 'settlement.save', { record: { ...q1, status: 'closed' } });
  const closed = (await summary('remaining')).summary;
  for (const m of closed.months.slice(0, 6))
    expect(Math.abs(m.income - expectedIncome(m.month, true))).toBeLessThanOrEqual(1);

  const before = await tableChecksums(sb);
  const refusals = [
    await projectCall(sb, 'settlement.save', { record: { ...q1, status: 'closed', billedCents: 1 } }),
    await projectCall(sb, 'settlement.save', { record: { ...q1, status: 'open' } }),
    await projectCall(sb, 'cost.save', { record: { ...costs[0]!, amountCents: 1 } }),
    await projectCall(sb, 'cost.save', { record: { ...costs[0]!, spentOn: '2026-04-02' } }),
    await projectCall(sb, 'cost.save', { record: { ...costs[1]!, spentOn: '2026-03-31' } }),
    await projectCall(sb, 'cost.save', { record: { ...costs[1]!, id: randomUUID(), spentOn: '2026-01-01' } }),
  ];
  for (const r of refusals)
    expect(r).toMatchObject({
      ok: false,
      error: { code: 'invalid', message: expect.stringMatching(/is closed/) as unknown },
    });
  expect(await projectCall(sb, 'settlement.remove', { id: q1.id })).toMatchObject({
    ok: false,
    error: {
      code: 'conflict',
      message: 'The settlement period 2026-01-01 to 2026-03-31 is closed: it no longer changes.',
    },
  });
  expect(await projectCall(sb, 'cost.remove', { id: costs[0]!.id })).toMatchObject({
    ok: false,
    error: {
      code: 'conflict',
      message: 'The settlement period 2026-01-01 to 2026-03-31 is closed: its costs no longer change.',
    },
  });
  expect(await tableChecksums(sb)).toEqual(before);
  // A cost in the open period still changes.
  await projectData(sb, 'cost.save', { record: { ...costs[1]!, amountCents: 12_000 } });
  await projectData(sb, 'cost.save', { record: costs[1]! });
});

test('what the records cannot mean is refused at its path, nothing written', async () => {
  const before = await tableChecksums(sb);
  const cases: Array<[string, unknown, string, RegExp]> = [
    [
      'rate.save',
      { record: { ...rates[0]!, id: randomUUID() } },
      'record.effectiveFrom',
      /already has a rate from 2026-01-01/,
    ],
    [
      'rate.save',
      { record: { ...rates[0]!, id: randomUUID(), effectiveFrom: '2026-07-01', currency: 'USD' } },
      'record.currency',
      /rates are in CNY/,
    ],
    [
      'role.save',
      { record: { ...roles[2]!, id: randomUUID(), role: 'lead' } },
      'record.effectiveFrom',
      /already has a role/,
    ],
    ['budget.save', { record: { ...budget, id: randomUUID() } }, 'record.phases', /already budgets these months/],
    [
      'budget.save',
      { record: { ...budget, phases: [{ ...budget.phases[1]!, from: '2026-04-01' }] } },
      'record.phases',
      /must cover/,
    ],
    [
      'budget.save',
      { record: { ...budget, phases: [budget.phases[1], budget.phases[0]] } },
      'record.phases.1.from',
      /starts after the one before/,
    ],
    [
      'budget.save',
      { record: { ...budget, id: randomUUID(), contractId: randomUUID() } },
      'record.contractId',
      /no such contract/,
    ],
    [
      'cost.save',
      { record: { ...costs[1]!, id: randomUUID(), budgetId: randomUUID() } },
      'record.budgetId',
      /no such budget/,
    ],
    [
      'cost.save',
      { record: { ...costs[1]!, id: randomUUID(), spentOn: '2027-01-01' } },
      'record.spentOn',
      /within its phases/,
    ],
    [
      'cost.save',
      { record: { ...costs[1]!, id: randomUUID(), supplierId: randomUUID() } },
      'record.supplierId',
      /no such supplier/,
    ],
    [
      'settlement.save',
      { record: { ...q2, id: randomUUID(), starts: '2026-06-01', ends: '2026-07-31' } },
      'record.starts',
      /overlaps the period 2026-04-01 to 2026-06-30/,
    ],
    ['settlement.save', { record: { ...q2, ends: '2026-03-01' } }, 'record.ends', /ends on or after/],
  ];
  for (const [fn, payload, path, message] of cases)
    expect(await projectCall(sb, fn, payload)).toMatchObject({
      ok: false,
      error: { code: 'invalid', path, message: expect.stringMatching(message) as unknown },
    });
  expect(await projectCall(sb, 'budget.remove', { id: budget.id })).toMatchObject({
    ok: false,
    error: { code: 'conflict', message: expect.stringMatching(/remove them first/) as unknown },
  });
  expect(
    await projectCall(sb, 'rate.save', { record: { ...rates[0]!, id: randomUUID() } }, PEOPLE.agent),
  ).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('a contract budget counts the worklogs on its customer\u2019s issues only; the gadget adds contract budgets up', async () => {
  const sup = sb.site.projects.get('SUP')!;
  const customer = randomUUID();
  const contract = randomUUID();
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [sup.id, customer],
  );
  await query(
    sb,
    "INSERT INTO itr_contract (project_id, id, customer_id, title, policy, starts, ends, remind_days, updated_at, updated_by) VALUES (?, ?, ?, 'Acme 2026', 'p2', '2026-01-01', '2026-12-31', 30, 0, 'test')",
    [sup.id, contract, customer],
  );
  // Every third worklog's issue is Acme's; the others belong to nobody or to another customer.
  for (const [i, w] of worklogs.entries())
    await query(
      sb,
      "INSERT INTO itr_fact_issue (issue_id, issue_key, project, month, customer, service_type, grade) VALUES (?, ?, ?, ?, ?, 'incident', 'P3')",
      [
        10_000 + i,
        `${w.project}-${i}`,
        w.project,
        monthOf(w.started),
        i % 3 === 0 ? customer : i % 3 === 1 ? null : randomUUID(),
      ],
    );
  const acmeBudget: Budget = { ...budget, id: randomUUID(), title: 'Acme 2026', contractId: contract };
  await projectData(sb, 'budget.save', { record: acmeBudget });
  const { summary: s } = await projectData<{ summary: BudgetSummary }>(sb, 'budget.summary', {
    budgetId: acmeBudget.id,
    method: 'runRate',
  });
  const acmeLogs = worklogs.filter((w, i) => i % 3 === 0 && w.project === 'SUP');
  for (const m of s.months) {
    const cents = acmeLogs
      .filter((w) => monthOf(w.started) === m.month)
      .reduce((t, w) => {
        const d = dayOf(w.started);
        const role = latest(
          roles.filter((r) => r.accountId === w.author),
          d,
        );
        const rate =
          role &&
          latest(
            rates.filter((r) => r.role === role.role),
            d,
          );
        return t + (rate ? (w.seconds * rate.rateCents) / 3600 : 0);
      }, 0);
    expect(m.labour).toBe(Math.round(cents));
    expect(m.costs).toBe(0); // the recorded costs are the project budget's
  }
  expect(s.totals.actual).toBeGreaterThan(0);

  const r = await sb.host.resolve(
    'gadgetResolver',
    'itr-gadget-finance',
    'finance.data',
    { projects: ['SUP'], months: 3, refresh: 0, budgets: 'contracts', forecast: 'runRate' },
    { accountId: PEOPLE.manager },
  );
  const rows = (r.result as { ok: true; data: GadgetTable }).data.rows;
  expect(rows.map((x) => x['month'])).toEqual(['2026-04', '2026-05', '2026-06']);
  expect(rows.map((x) => x['actual'])).toEqual(s.months.slice(3, 6).map((m) => m.actual));
  expect(rows.map((x) => x['forecast'])).toEqual(s.months.slice(3, 6).map((m) => m.forecast));
});
