// KPI facts as clocks complete: the evaluation writes each completed SLA cycle (with its month, the tier
// holding the issue at its stop and that tier's supplier), each tier's OLA result once the measured goal's
// cycle stopped, and the issue; never a running cycle. Writing again adds nothing, and a recalculation
// over an empty fact store writes exactly the facts written live.

import { randomUUID } from 'node:crypto';
import type { Issue } from '../../sandbox/jira/site';
import { itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import {
  MONTHLESS_FACT,
  olaOutcomes,
  seedPastIssues,
  shanghaiMonth,
  slaOutcomes,
  touchAll,
} from '../support/sla-facts';

const T0 = Date.parse('2026-06-15T10:00:00+08:00');
let sb: Sandbox;
let issues: Issue[];
const SUPPLIER = randomUUID();

const query = async (q: string, params: Array<string | number> = []) =>
  ((await sb.db.execute({ query: q, params }, 'dml')).body as { rows: Array<Record<string, unknown>> }).rows;

const FACT_TABLES = {
  itr_kpi_fact: 'SELECT * FROM itr_kpi_fact ORDER BY issue_id, goal, cycle_start',
  itr_fact_ola: 'SELECT * FROM itr_fact_ola ORDER BY issue_id, tier, cycle_start',
  itr_fact_issue: 'SELECT * FROM itr_fact_issue ORDER BY issue_id',
};
const allFacts = async () => ({
  sla: await query(FACT_TABLES.itr_kpi_fact),
  ola: await query(FACT_TABLES.itr_fact_ola),
  issue: await query(FACT_TABLES.itr_fact_issue),
});

beforeAll(async () => {
  sb = await startSandbox(T0);
  const sup = sb.site.projects.get('SUP')!;
  // The supplier holding tier L2 (the only one): L2's facts name it.
  await query(
    "INSERT INTO itr_supplier (project_id, id, name, tier, subcontracting, updated_at, updated_by) VALUES (?, ?, 'Acme Support', 'L2', '{}', 0, 'test')",
    [sup.id, SUPPLIER],
  );
  issues = seedPastIssues(sb.site, T0);
  sb.host.forgetPendingEvents(); // they predate the app
  await touchAll(sb.host, sb.site, issues, 'kpi');
}, 240_000);
afterAll(async () => sb.stop());

test('every completed SLA cycle is a fact, with its month, tier and supplier; running cycles are not', async () => {
  expect(issues.every((i) => typeof itr(i)['serviceType'] === 'string')).toBe(true);
  const facts = await query(FACT_TABLES.itr_kpi_fact);
  const expected = [...slaOutcomes(issues, 'resolution', () => ''), ...slaOutcomes(issues, 'firstResponse', () => '')];
  expect(facts).toHaveLength(expected.length);
  expect(facts.length).toBeGreaterThan(issues.length); // both goals of most issues completed
  const resolution = facts.filter((f) => f['goal'] === 'resolution');
  const resolved = issues.filter((i) => i.status === 'Resolved');
  expect(resolution.map((f) => f['issue_key']).sort()).toEqual(resolved.map((i) => i.key).sort());
  expect(resolution.some((f) => f['met'] === 0) && resolution.some((f) => f['met'] === 1)).toBe(true);
  for (const f of resolution) {
    const issue = issues.find((i) => i.key === f['issue_key'])!;
    const p = itr(issue);
    expect(f['month']).toBe(shanghaiMonth(Number(f['cycle_stop'])));
    expect(f['service_type']).toBe(p['serviceType']);
    expect(f['grade']).toBe(p['grade']);
    expect(f['project']).toBe('SUP');
    // Even issues went to L2 three hours in: those resolved later stopped with L2 (n % 4 === 0 took five
    // days), those resolved in two hours (n % 4 === 2) still with L1.
    const n = Number(/#(\d+)/.exec(issue.summary)![1]);
    expect(f['tier']).toBe(n % 4 === 0 ? 'L2' : 'L1');
    expect(f['supplier']).toBe(n % 4 === 0 ? SUPPLIER : null);
  }
});

test('each tier that held a resolved issue leaves one OLA fact; the L2 ones name its supplier', async () => {
  const facts = await query(FACT_TABLES.itr_fact_ola);
  const expected = olaOutcomes(issues, 'resolution');
  expect(facts.map((f) => [f['issue_key'], f['tier'], f['month'], f['met']]).sort()).toEqual(
    expected.map((o) => [o.key, o.split, o.month, o.met ? 1 : 0]).sort(),
  );
  expect(new Set(facts.map((f) => f['tier']))).toEqual(new Set(['L1', 'L2']));
  for (const f of facts) expect(f['supplier']).toBe(f['tier'] === 'L2' ? SUPPLIER : null);
});

test('every evaluated issue is an issue fact in the month it was created', async () => {
  const facts = await query(FACT_TABLES.itr_fact_issue);
  expect(facts.map((f) => [f['issue_key'], f['month'], f['service_type']]).sort()).toEqual(
    issues.map((i) => [i.key, shanghaiMonth(i.created), itr(i)['serviceType']]).sort(),
  );
});

test('evaluating again adds no fact and changes none; a recalculation over no facts writes the same ones, and months old facts', async () => {
  const live = await allFacts();
  await touchAll(sb.host, sb.site, issues, 'again');
  expect(await allFacts()).toEqual(live);

  for (const t of Object.keys(FACT_TABLES)) await query(`DELETE FROM ${t}`);
  // A fact pruning wrote before facts had months: the recalculation gives it the month its cycle stopped in.
  await query(MONTHLESS_FACT.sql, MONTHLESS_FACT.params);
  const rec = await sb.host.resolve('adminResolver', 'itr-admin', 'admin.recalculate', {}, { accountId: PEOPLE.admin });
  expect(rec.result).toMatchObject({ ok: true });
  await sb.host.advance(60_000);
  const progress = await sb.host.resolve(
    'adminResolver',
    'itr-admin',
    'admin.recalculationProgress',
    {},
    { accountId: PEOPLE.admin },
  );
  expect(progress.result).toMatchObject({ ok: true, data: { status: 'done' } });
  expect(await query('SELECT month, tier FROM itr_kpi_fact WHERE issue_id = 1')).toEqual([
    { month: '2026-04', tier: null },
  ]);
  await query('DELETE FROM itr_kpi_fact WHERE issue_id = 1');
  expect(await allFacts()).toEqual(live);
});
