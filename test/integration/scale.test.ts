// Scale: due issues come from SQL, fan-out is deduplicated and bounded and a 429 does not multiply it,
// reconciliation catches up from its watermark, closed issues are pruned after retention with their
// cycles kept as KPI facts.

import { ACCOUNT_HEADER } from '../../sandbox/jira/server';
import type { Issue } from '../../sandbox/jira/site';
import { fanOut } from '../../src/app/fan-out';
import type { SweepReport } from '../../src/app/sweep';
import { itr, passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // a Monday
const DAY = 86_400_000;
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

const request = (n: number): Issue => passwordRequest(sb.site, n);

async function select<T>(query: string, ...params: unknown[]): Promise<T[]> {
  return ((await sb.db.execute({ query, params }, 'dml')).body as { rows: T[] }).rows;
}

const halfUsed = (i: Issue) =>
  sb.site.notifications.filter((n) => n.issue === i.key && n.subject.includes('half used')).length;

test('due issues come from SQL: a property a user edited does not make the sweep act', async () => {
  const { host } = sb;
  const issue = request(1);
  await host.settle();
  const dueAt = (itr(issue)['nextCheckAt'] as number) * 1000;
  // Anyone who may edit the issue may edit its properties; JQL would now call it due.
  const edited = { ...itr(issue), nextCheckAt: 1 };
  const res = await fetch(`${host.jira.url}/rest/api/3/issue/${issue.id}/properties/itr`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', [ACCOUNT_HEADER]: PEOPLE.agent },
    body: JSON.stringify(edited),
  });
  expect(res.ok).toBe(true);
  host.jira.resetCounters();
  const rec = await host.runSchedule('itr-sweep');
  expect(rec.result).toMatchObject({ due: 0, evaluated: 0, queued: 0 });
  expect(Object.fromEntries(host.jira.counters.calls)).toEqual({});
  expect(itr(issue)).toEqual(edited);
  // At the instant SQL holds, the sweep evaluates it and its property is the app's again.
  await host.advance(dueAt - host.now() + 5 * 60_000);
  expect((itr(issue)['nextCheckAt'] as number) * 1000).toBeGreaterThan(host.now());
  expect(halfUsed(issue)).toBe(1);
});

describe('fan-out', () => {
  const saved = { ...fanOut };
  afterAll(() => Object.assign(fanOut, saved));

  test('an issue is in one queued batch at most, batches in flight are bounded, and a 429 multiplies nothing', async () => {
    const { host } = sb;
    Object.assign(fanOut, { inline: 0, batchSize: 3, maxInFlight: 2 });
    const issues = Array.from({ length: 12 }, (_, n) => request(100 + n));
    await host.settle();
    const dueAt = Math.max(...issues.map((i) => (itr(i)['nextCheckAt'] as number) * 1000));
    host.jumpTo(dueAt + 1000);
    // Every batch's first property write meets a 429: Forge delivers it again in two minutes.
    host.jira.faults.push({
      template: '/rest/api/3/issue/properties/multi',
      status: 429,
      retryAfter: 120,
      reason: 'jira-burst-based',
      times: 2,
    });
    const pushed0 = host.queue.pushed;
    const first = (await host.runSchedule('itr-sweep')).result as SweepReport;
    expect(first).toMatchObject({ due: 6, evaluated: 0, queued: 2 });
    expect(host.queue.size).toBe(2); // both waiting for their retry

    // A sweep while both batches wait: no room, nothing queued again.
    const second = (await host.runSchedule('itr-sweep')).result as SweepReport;
    expect(second).toMatchObject({ queued: 0 });
    // With room for one more, the next sweep queues three issues no batch holds (that batch runs at once).
    fanOut.maxInFlight = 3;
    const third = (await host.runSchedule('itr-sweep')).result as SweepReport;
    expect(third).toMatchObject({ due: 3, queued: 1 }); // it reads as many as it has room for
    const held = await select<{ n: unknown }>(
      `SELECT COUNT(*) AS n FROM itr_issue WHERE queued_until > ? GROUP BY queued_batch`,
      host.now(),
    );
    expect(held.map((h) => Number(h.n))).toEqual([3, 3]);

    // The retries evaluate what their batches still hold; sweeps pick up the rest. Every issue is done
    // once: one notification each, and no batch was pushed twice.
    await host.advance(30 * 60_000);
    expect(issues.map(halfUsed)).toEqual(issues.map(() => 1));
    expect(issues.every((i) => (itr(i)['nextCheckAt'] as number) * 1000 > dueAt)).toBe(true);
    const sweeps = host.log.filter((r) => r.handler === 'sweep' && r.outcome === 'ok');
    const queued = sweeps.reduce((a, r) => a + (r.result as SweepReport).queued, 0);
    expect(host.queue.pushed - pushed0).toBe(queued);
    expect(host.queue.dropped).toEqual([]);
    expect(await select(`SELECT issue_id FROM itr_issue WHERE queued_batch IS NOT NULL`)).toEqual([]);
  });
});

test('reconciliation catches up from its watermark after a skipped run', async () => {
  const { host, site } = sb;
  const issue = request(200);
  await host.settle();
  await host.runSchedule('itr-reconcile'); // sets the watermark
  host.jumpTo(host.now() + 60_000);
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);
  host.forgetPendingEvents(); // Forge lost the event
  host.jumpTo(host.now() + 2 * 3_600_000 + 60_000); // and the next hourly run did not happen
  const rec = await host.runSchedule('itr-reconcile');
  expect(rec.result).toMatchObject({ stale: 1, evaluated: 1, caughtUp: true });
  expect((itr(issue)['goals'] as Record<string, { state: string }>)['resolution']?.state).toBe('paused');
});

test('closed issues are pruned after the retention (90 days); their completed cycles stay as KPI facts', async () => {
  const { host, site } = sb;
  const issue = request(300);
  await host.settle();
  await host.advance(30 * 60_000);
  site.update(issue, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent);
  await host.advance(30 * 60_000);
  site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await host.settle();
  const rows = () => select<{ issue_id: number }>('SELECT issue_id FROM itr_issue WHERE issue_id = ?', issue.id);
  expect(await rows()).toHaveLength(1);
  const closedAt = issue.updated;

  host.jumpTo(closedAt + 89 * DAY);
  expect((await host.runSchedule('itr-reconcile')).result).toMatchObject({ pruned: 0 });
  expect(await rows()).toHaveLength(1);

  host.jumpTo(closedAt + 91 * DAY);
  const rec = await host.runSchedule('itr-reconcile');
  expect((rec.result as { pruned: number }).pruned).toBeGreaterThanOrEqual(1);
  expect(await rows()).toEqual([]);
  expect(await select('SELECT issue_id FROM itr_action WHERE issue_id = ?', issue.id)).toEqual([]);
  const facts = await select<Record<string, unknown>>(
    'SELECT goal, issue_key, project, service_type, grade, met, target_ms, elapsed_ms FROM itr_kpi_fact WHERE issue_id = ? ORDER BY goal',
    issue.id,
  );
  expect(facts.map((f) => f['goal'])).toEqual(['firstResponse', 'resolution']);
  for (const f of facts) {
    expect(f).toMatchObject({ issue_key: issue.key, project: 'SUP', grade: 'P3', met: 1 });
    expect(Number(f['elapsed_ms'])).toBeLessThanOrEqual(Number(f['target_ms']));
  }
});
