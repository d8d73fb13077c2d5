// The SLA gadget's monthly rollup (itr_sla_month) equals a GROUP BY over the facts after live writes, a
// recalculation's backfill (old month-less facts included), pruning and a concurrent double refresh, and a
// refresh reading an older snapshot never lowers a count. A cell's drill-down (sla.breached) lists exactly
// its breached issues, computed here from the `itr` properties Jira holds.

import { SLA_NONE } from '../../src/contract/gadgets/sla';
import { ROLLUP_SPLITS, slaMonthRefreshSql } from '../../src/platform/sql/sla-month';
import type { Issue } from '../../sandbox/jira/site';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import { evaluatedPastIssues, expectedBreached, MONTHLESS_FACT, olaOutcomes, slaOutcomes } from '../support/sla-facts';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
const DAY = 86_400_000;
let sb: Sandbox;
let issues: Issue[];

const query = async (q: string, params: Array<string | number> = []) =>
  ((await sb.db.execute({ query: q, params }, 'dml')).body as { rows: Array<Record<string, unknown>> }).rows;

type RollupRow = [string, string, string, string, string, string, number, number];
const sorted = (rs: RollupRow[]) => [...rs].sort((a, b) => a.join('\u0000').localeCompare(b.join('\u0000')));

/** The rollup's rows as a GROUP BY over every fact with a month would give them, grouped here in JS. */
async function expectedRollup(): Promise<RollupRow[]> {
  const out = new Map<string, RollupRow>();
  const add = (measure: string, goal: string, f: Record<string, unknown>) => {
    for (const split of ROLLUP_SPLITS) {
      const value = (f[split] as string | null) ?? '';
      const k = [measure, goal, split, f['project'], f['month'], value].join('\u0000');
      const r = out.get(k) ?? [measure, goal, split, String(f['project']), String(f['month']), value, 0, 0];
      if (Number(f['met']) === 1) r[6]++;
      else r[7]++;
      out.set(k, r);
    }
  };
  for (const f of await query('SELECT * FROM itr_kpi_fact WHERE month IS NOT NULL')) add('sla', String(f['goal']), f);
  for (const f of await query('SELECT * FROM itr_fact_ola')) add('ola', '', f);
  return sorted([...out.values()]);
}

async function rollup(): Promise<RollupRow[]> {
  const rs = await query('SELECT * FROM itr_sla_month');
  return sorted(
    rs.map((r) => [
      String(r['measure']),
      String(r['goal']),
      String(r['split']),
      String(r['project']),
      String(r['month']),
      String(r['value']),
      Number(r['met']),
      Number(r['breached']),
    ]),
  );
}

/** Runs the writer's refresh statement over every (project, month) the facts hold, as the app would. */
async function refreshAll(): Promise<void> {
  const pairs = await query(
    'SELECT DISTINCT project, month FROM itr_kpi_fact WHERE month IS NOT NULL UNION SELECT DISTINCT project, month FROM itr_fact_ola',
  );
  const params = pairs.flatMap((p) => [String(p['project']), String(p['month'])]);
  const all = ROLLUP_SPLITS.flatMap(() => params);
  for (const measure of ['sla', 'ola'] as const) await query(slaMonthRefreshSql(measure, pairs.length), all);
}

beforeAll(async () => {
  sb = await startSandbox(T0);
  issues = await evaluatedPastIssues(sb, T0);
}, 240_000);
afterAll(async () => sb.stop());

const base = { projects: ['SUP'], months: 6, refresh: 0, split: 'serviceType', measure: 'sla', filterId: '' };

async function breached(payload: Record<string, unknown>, accountId: string = PEOPLE.manager) {
  return (await sb.host.resolve('gadgetResolver', 'itr-gadget-sla', 'sla.breached', payload, { accountId })).result;
}
async function cells(payload: Record<string, unknown>): Promise<Array<Record<string, unknown>>> {
  const r = (
    await sb.host.resolve('gadgetResolver', 'itr-gadget-sla', 'sla.data', payload, { accountId: PEOPLE.manager })
  ).result as { ok: true; data: { rows: Array<Record<string, unknown>> } };
  return r.data.rows;
}

test('after live writes the rollup equals a GROUP BY over the facts', async () => {
  const expected = await expectedRollup();
  expect(expected.length).toBeGreaterThan(10);
  expect(expected.some((r) => r[7] > 0)).toBe(true);
  expect(await rollup()).toEqual(expected);
});

test('each cell’s drill-down lists its breached issues; "none" lists those without a value', async () => {
  const outcomes = slaOutcomes(issues, 'resolution', (p) => String(p['serviceType']));
  const rows = await cells(base);
  expect(rows.some((r) => Number(r['breached']) > 0)).toBe(true);
  for (const r of rows) {
    const want = expectedBreached(outcomes, String(r['month']), String(r['split']));
    expect(want.listed).toBe(Math.min(100, Number(r['breached'])));
    expect(await breached({ ...base, month: r['month'], value: r['split'] })).toEqual({ ok: true, data: want });
  }
  const byCustomer = slaOutcomes(issues, 'resolution', (p) => (p['customer'] as string | null) ?? SLA_NONE);
  const none = byCustomer.find((o) => o.split === SLA_NONE && !o.met)!;
  expect(none).toBeDefined();
  expect(await breached({ ...base, split: 'customer', month: none.month, value: SLA_NONE })).toEqual({
    ok: true,
    data: expectedBreached(byCustomer, none.month, SLA_NONE),
  });
  const ola = olaOutcomes(issues, 'resolution');
  const late = ola.find((o) => !o.met)!;
  expect(await breached({ ...base, measure: 'ola', split: 'tier', month: late.month, value: late.split })).toEqual({
    ok: true,
    data: expectedBreached(ola, late.month, late.split),
  });
});

test('a drill-down outside the window lists nothing; malformed cells and foreign projects are refused', async () => {
  expect(await breached({ ...base, month: '2020-01', value: 'softwareFault' })).toEqual({
    ok: true,
    data: { jql: null, listed: 0 },
  });
  expect(await breached({ ...base, month: '2026-13', value: 'x' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'month', message: 'A month is written YYYY-MM (2026-05).' },
  });
  expect(await breached({ ...base, month: '2026-05', value: '' })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'value' },
  });
  expect(await breached({ ...base, projects: ['PRB'], month: '2026-05', value: 'x' }, PEOPLE.viewer)).toMatchObject({
    ok: false,
    error: { code: 'forbidden', path: 'projects' },
  });
});

test('a concurrent double refresh changes nothing; a refresh of an older snapshot never lowers a count', async () => {
  const before = await rollup();
  await Promise.all([refreshAll(), refreshAll()]);
  expect(await rollup()).toEqual(before);
  // A refresh that read the facts before one of them was written: the count it computed is lower.
  const [fact] = await query("SELECT * FROM itr_kpi_fact WHERE goal = 'resolution' AND met = 0 LIMIT 1");
  await query('DELETE FROM itr_kpi_fact WHERE issue_id = ? AND goal = ? AND cycle_start = ?', [
    Number(fact!['issue_id']),
    'resolution',
    Number(fact!['cycle_start']),
  ]);
  await refreshAll();
  expect(await rollup()).toEqual(before);
  const cols = Object.keys(fact!);
  await query(
    `INSERT INTO itr_kpi_fact (${cols.join(', ')}) VALUES (${cols.map(() => '?').join(', ')})`,
    cols.map((c) => fact![c] as string | number),
  );
  expect(await expectedRollup()).toEqual(before);
});

test('a recalculation rolls up the facts it backfills, old month-less ones included', async () => {
  const live = await rollup();
  await query('DELETE FROM itr_sla_month');
  await query('DELETE FROM itr_kpi_fact');
  await query('DELETE FROM itr_fact_ola');
  await query(MONTHLESS_FACT.sql, MONTHLESS_FACT.params);
  const rec = await sb.host.resolve('adminResolver', 'itr-admin', 'admin.recalculate', {}, { accountId: PEOPLE.admin });
  expect(rec.result).toMatchObject({ ok: true });
  await sb.host.advance(60_000);
  const expected = await expectedRollup();
  expect(await rollup()).toEqual(expected);
  const april = (rs: RollupRow[]) =>
    rs.find((r) => r[0] === 'sla' && r[1] === 'resolution' && r[2] === 'customer' && r[4] === '2026-04' && r[5] === '');
  expect(april(expected)![6]).toBe((april(live)?.[6] ?? 0) + 1); // the old fact counts in its month
  await query('DELETE FROM itr_kpi_fact WHERE issue_id = 1');
  await query('DELETE FROM itr_sla_month');
  await refreshAll();
  expect(await rollup()).toEqual(live);
});

test('pruning writes the closed issues’ facts again: their months are rolled up again from the facts', async () => {
  // Every closed issue is past the retention 200 days on; the months of their facts are those pruning touches.
  const touched = await query(
    `SELECT DISTINCT f.month FROM itr_kpi_fact f JOIN itr_issue i ON i.issue_id = f.issue_id
     WHERE i.open_flag = 0 AND f.month IS NOT NULL`,
  );
  const months = new Set(touched.map((r) => String(r['month'])));
  expect(months.size).toBeGreaterThan(1);
  await query('DELETE FROM itr_sla_month');
  sb.host.jumpTo(T0 + 200 * DAY);
  const run = await sb.host.runSchedule('itr-reconcile');
  expect((run.result as { pruned: number }).pruned).toBeGreaterThanOrEqual(1);
  const expected = (await expectedRollup()).filter((r) => months.has(r[4]));
  expect(expected.length).toBeGreaterThan(0);
  expect((await rollup()).filter((r) => months.has(r[4]))).toEqual(expected);
});
