// Concurrency the way Forge runs it: an issue event and two sweeps run at once on the same issue, their
// invocations interleaved at every platform call (Jira, SQL, queue) by a seeded scheduler, for several
// seeds. Whatever the interleaving: no action is carried out twice, at most one sweep works at a time
// (the lock), and what is stored — the SQL snapshot and the `itr` property Jira holds — is the newest.

import type { InvocationRecord } from '../../sandbox/forge/host';
import type { Issue } from '../../sandbox/jira/site';
import type { SweepReport } from '../../src/app/sweep';
import { commentTexts, fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // a Monday
let sb: Sandbox;

beforeAll(async () => {
  // Bulk property tasks land two seconds after the sweep submits them, as on a real site.
  sb = await startSandbox(T0, { site: { taskDelayMs: 2_000 } });
}, 180_000);
afterAll(async () => sb.stop());

function request(n: number): Issue {
  return sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Service request',
      summary: `VPN certificate expired (${n})`,
      reporter: PEOPLE.reporter,
      assignee: PEOPLE.agent,
      custom: { [fieldId(sb.site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
}

/** Steps of one invocation lie between another's first and last: they ran at the same time. */
function overlapped(trace: readonly string[], a: string, b: string): boolean {
  const span = (x: string) => [trace.indexOf(x), trace.lastIndexOf(x)] as const;
  const [a0, a1] = span(a);
  const [b0, b1] = span(b);
  return a0 >= 0 && b0 >= 0 && a0 < b1 && b0 < a1;
}

const actionKeys = (i: Issue) =>
  i.comments.flatMap((c) => (typeof c.properties['itr.action'] === 'string' ? [c.properties['itr.action']] : []));

test.each([1, 2, 3, 4, 5, 6])('an issue event and two sweeps at once, interleaving seed %i', async (seed) => {
  const { host, site, db } = sb;
  const issue = request(seed);
  await host.settle();
  // The moment something is due for it (a notification or a breach), an agent changes it as the sweeps start.
  host.jumpTo((itr(issue)['nextCheckAt'] as number) * 1000 + 30_000);
  const before = { comments: commentTexts(issue).length, notes: site.notifications.length };
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);

  const { results, trace } = await host.concurrently<unknown>(seed, [
    () => host.settle(),
    () => host.runSchedule('itr-sweep'),
    () => host.runSchedule('itr-sweep'),
  ]);
  host.jumpTo(host.now() + 10_000); // bulk property tasks land, the JQL index catches up
  await host.settle();

  const runs = (results.slice(1) as InvocationRecord[]).map((r) => ({ ...r, result: r.result as SweepReport }));
  expect(runs.map((r) => r.outcome)).toEqual(['ok', 'ok']);
  expect(host.log.filter((r) => r.outcome !== 'ok')).toEqual([]);
  expect(trace.some((step, i) => i > 0 && step !== trace[i - 1])).toBe(true); // they did interleave
  const sweeps = [...new Set(trace.filter((s) => s.startsWith('sweep#')))];
  if (sweeps.length === 2 && overlapped(trace, sweeps[0]!, sweeps[1]!))
    expect(runs.filter((r) => r.result.busy)).toHaveLength(1); // the lock: one of them left the other be

  // Nothing twice: each comment action once, each notification once.
  expect(new Set(actionKeys(issue)).size).toBe(actionKeys(issue).length);
  const notes = site.notifications.filter((n) => n.issue === issue.key).map((n) => n.subject);
  expect(new Set(notes).size).toBe(notes.length);
  expect(commentTexts(issue).length + site.notifications.length).toBeGreaterThan(before.comments + before.notes);

  // The newest wins: SQL holds the snapshot of the issue as it is now, Jira the state evaluated from it.
  const stored = await db.execute(
    { query: 'SELECT jira_updated FROM itr_issue WHERE issue_id = ?', params: [issue.id] },
    'dml',
  );
  expect((stored.body as { rows: Array<{ jira_updated: number }> }).rows[0]?.jira_updated).toBe(issue.updated);
  expect((itr(issue)['goals'] as Record<string, { state: string }>)['resolution']?.state).toBe('paused');
});
