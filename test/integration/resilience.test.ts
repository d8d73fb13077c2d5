// What a real site does to an app: events twice and out of order, a sweep that dies mid-way, rate-limit
// storms. The work completes and no action happens twice.

import { commentTexts, itr, passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';
import type { Issue } from '../../sandbox/jira/site';
import { saveStates } from '../../src/platform/sql/store';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // Monday; P3 first response: 120 working minutes → 12:00
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

const at = (hhmm: string) => Date.parse(`2026-03-02T${hhmm}:00+08:00`);
const until = (hhmm: string) => sb.host.advance(at(hhmm) - sb.host.now());

const request = (n: number): Issue => passwordRequest(sb.site, n);

const breachComments = (i: Issue) =>
  commentTexts(i).filter((t) => t.startsWith('SLA breached: Time to first response')).length;

test('events delivered twice and newest first leave the state of the newest, and act once', async () => {
  const { host, site } = sb;
  host.delivery = { duplicate: true, reverse: true };
  const issue = request(0);
  site.update(issue, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent);
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);
  await host.settle();
  host.delivery = { duplicate: false, reverse: false };

  expect(host.log.filter((r) => r.handler === 'issueEvents').length).toBe(6);
  expect(host.log.every((r) => r.outcome === 'ok')).toBe(true);
  expect(itr(issue)).toMatchObject({ serviceType: 'softwareOperation', grade: 'P3', slaState: 'running', tier: 'L1' });
  expect((itr(issue)['goals'] as Record<string, { state: string }>)['resolution']?.state).toBe('paused');
  // Six deliveries, one evaluation's worth of effects: P3's Jira priority is Medium already, and nothing
  // else was due, so the app changed nothing and wrote nothing twice.
  expect(issue.changelog.filter((h) => h.author === null)).toEqual([]);
  expect(issue.comments).toEqual([]);
  const stored = await sb.db.execute(
    { query: 'SELECT jira_updated FROM itr_issue WHERE issue_id = ?', params: [issue.id] },
    'dml',
  );
  expect((stored.body as { rows: Array<{ jira_updated: number }> }).rows[0]?.jira_updated).toBe(issue.updated);
});

test('a sweep killed mid-way is resumed by the next: nothing lost, nothing repeated', async () => {
  const { host, site } = sb;
  const issues = Array.from({ length: 120 }, (_, n) => request(n + 1));
  await host.settle();
  await until('11:59');
  const before = site.notifications.length;

  host.killNextAfter(300, 'sweep'); // the 12:00 sweep dies after 300 platform calls (Jira, SQL, queue)
  await until('12:00');
  const killed = host.log.filter((r) => r.handler === 'sweep').at(-1)!;
  expect(killed).toMatchObject({ handler: 'sweep', outcome: 'killed' });
  const firstRun = issues.filter((i) => breachComments(i) === 1).length;
  expect(firstRun).toBeGreaterThan(0);
  expect(firstRun).toBeLessThan(120);

  // Claims the dead run left are honoured until they expire (no invocation outlives 16 minutes), then the
  // sweep takes them over, checks Jira and finishes.
  await until('12:20');
  expect(host.log.filter((r) => r.handler === 'sweep').at(-1)).toMatchObject({ outcome: 'ok' });
  expect(issues.map(breachComments)).toEqual(issues.map(() => 1));
  expect(issues.every((i) => i.labels.includes('sla-breached'))).toBe(true);
  expect(issues.every((i) => (itr(i)['nextCheckAt'] as number) * 1000 > host.now())).toBe(true);
  // A notification cut off mid-call is not sent again (at most once); every other one went out once.
  const keys = new Set(issues.map((i) => i.key));
  const breachNotes = site.notifications
    .slice(before)
    .filter((n) => keys.has(n.issue) && n.subject.endsWith('is breached.'));
  const lost = killed.killedCall?.endsWith('/notify') ? 1 : 0;
  expect(new Set(breachNotes.map((n) => n.issue)).size).toBe(breachNotes.length);
  expect(breachNotes.length).toBe(120 - lost);
});

test('a 429 storm slows the work down but it completes, once', async () => {
  const { host, site } = sb;
  const issue = request(999);
  await host.settle();
  for (const template of [
    '/rest/api/3/issue/{issueIdOrKey}/comment',
    '/rest/api/3/issue/{issueIdOrKey}',
    '/rest/api/3/search/jql',
    '/rest/api/3/issue/properties/multi',
    '/rest/api/3/issue/{issueIdOrKey}/notify',
  ]) {
    host.jira.faults.push({ template, status: 429, retryAfter: 1, reason: 'jira-burst-based', times: 1 });
  }
  host.jira.faults.push({ template: '/rest/api/3/issue/{issueIdOrKey}', method: 'PUT', status: 503, times: 1 });
  const faultsBefore = host.jira.counters.faults;
  await until('15:30'); // created 12:05, over lunch: first response (120 working minutes) breaches at 15:30
  expect(host.jira.counters.faults - faultsBefore).toBe(6);
  expect(host.log.filter((r) => r.outcome !== 'ok' && r.handler !== 'sweep')).toEqual([]);
  expect(breachComments(issue)).toBe(1);
  expect(issue.labels).toEqual(['sla-at-risk', 'sla-breached']);
  expect(site.notifications.filter((n) => n.issue === issue.key).length).toBe(3); // 50 %, 75 %, 100 %
}, 60_000);

test('an hourly-quota 429 stops the sweep cleanly; the next one finishes the work', async () => {
  const { host } = sb;
  const issue = request(8000 + sb.site.issues.size);
  await host.settle();
  const dueAt = (itr(issue)['nextCheckAt'] as number) * 1000;
  host.jira.faults.push({
    template: '/rest/api/3/issue/properties/multi',
    status: 429,
    retryAfter: 3600,
    reason: 'jira-quota-global-based',
    times: 1,
  });
  await host.advance(dueAt - host.now() - 60_000);
  const n = host.log.length;
  await host.advance(5 * 60_000);
  const sweeps = host.log.slice(n).filter((r) => r.handler === 'sweep');
  expect(sweeps.map((r) => r.outcome)).toEqual(['error']);
  expect(sweeps[0]?.error).toContain('jira-quota-global-based');
  // SQL holds the new state, but Jira refused the property: the issue is due again, and the next sweep writes it.
  await host.advance(5 * 60_000);
  expect(host.log.filter((r) => r.handler === 'sweep').at(-1)).toMatchObject({ outcome: 'ok' });
  expect((itr(issue)['nextCheckAt'] as number) * 1000).toBeGreaterThan(host.now());
});

test('a deleted issue leaves nothing behind in the app', async () => {
  const { host, site, db } = sb;
  const issue = request(1000);
  await host.settle();
  const count = async () =>
    (
      (await db.execute({ query: 'SELECT COUNT(*) AS n FROM itr_issue WHERE issue_id = ?', params: [issue.id] }, 'dml'))
        .body as { rows: Array<{ n: number }> }
    ).rows[0]?.n;
  expect(await count()).toBe(1);
  site.deleteIssue(issue, PEOPLE.agent);
  await host.settle();
  expect(await count()).toBe(0);
});

describe('a run that dies inside an action call', () => {
  // Each case: a new issue; the first sweep that makes a given call about it dies in that call; a sweep
  // after the dead run's claim expired finishes the work.
  async function breachWithDeath(call: (id: number) => RegExp, when: 'before' | 'after'): Promise<Issue> {
    const issue = request(2000 + sb.site.issues.size);
    await sb.host.settle();
    sb.host.killNextIn(call(issue.id), when, 'sweep');
    const n = sb.host.log.length;
    for (let i = 0; i < 1000 && !sb.host.log.slice(n).some((r) => r.outcome === 'killed'); i++)
      await sb.host.advance(5 * 60_000);
    expect(sb.host.log.slice(n).filter((r) => r.outcome === 'killed')).toEqual([
      expect.objectContaining({ handler: 'sweep' }),
    ]);
    await sb.host.advance(20 * 60_000); // past the dead run's claim (16 minutes)
    return issue;
  }

  test('a comment Jira created before the run died is found by its key, not posted again', async () => {
    const issue = await breachWithDeath((id) => new RegExp(`POST /rest/api/3/issue/${id}/comment$`), 'after');
    expect(breachComments(issue)).toBe(1);
  });

  test('a comment whose call never left is posted by the next run', async () => {
    const issue = await breachWithDeath((id) => new RegExp(`POST /rest/api/3/issue/${id}/comment$`), 'before');
    expect(breachComments(issue)).toBe(1);
  });

  test('a notification whose fate is unknown is not sent twice', async () => {
    const issue = await breachWithDeath((id) => new RegExp(`POST /rest/api/3/issue/${id}/notify$`), 'after');
    // The first notification about the issue is the 50 % one: Jira sent it, the run died before recording it.
    expect(
      sb.site.notifications.filter((n) => n.issue === issue.key && n.subject.includes('is half used')),
    ).toHaveLength(1);
  });
});

describe('claims', () => {
  test('an action another run is still carrying out is left to it, and taken over only once its claim expires', async () => {
    const { host, db } = sb;
    const issue = request(3000 + sb.site.issues.size);
    await host.settle();
    // Another run claimed the 50 % notification a minute before it fell due, and is still working on it.
    const half = (itr(issue)['nextCheckAt'] as number) * 1000;
    const group = 'sla:sla-thresholds:firstResponse:+0:50';
    await db.execute(
      {
        query: "INSERT INTO itr_action (issue_id, action_key, status, updated_at) VALUES (?, ?, 'claimed', ?)",
        params: [issue.id, `${group}:0`, half - 60_000],
      },
      'dml',
    );
    await host.advance(half - host.now() + 5 * 60_000);
    const notes = () =>
      sb.site.notifications.filter(
        (n) => n.issue === issue.key && n.subject.includes('Time to first response') && n.subject.includes('half used'),
      );
    expect(notes()).toHaveLength(0);
    expect(itr(issue)['done']).not.toContain(group);
    // 16 minutes after the claim, nobody can still hold it: the sweep takes it over (a notification of
    // unknown fate is not sent again) and the group is done.
    await host.advance(20 * 60_000);
    expect(notes()).toHaveLength(0);
    expect(itr(issue)['done']).toContain(group);
  });

  test('a call Jira refused for the hourly quota gives its claim back: the next run carries it out, once', async () => {
    const { host } = sb;
    const issue = request(4000 + sb.site.issues.size);
    await host.settle();
    host.jira.faults.push({
      template: '/rest/api/3/issue/{issueIdOrKey}/notify',
      status: 429,
      retryAfter: 3600,
      reason: 'jira-quota-global-based',
      times: 1,
    });
    const half = (itr(issue)['nextCheckAt'] as number) * 1000;
    const n = host.log.length;
    await host.advance(half - host.now() + 5 * 60_000); // the first sweep after the 50 % instant
    expect(
      host.log
        .slice(n)
        .filter((r) => r.handler === 'sweep')
        .map((r) => r.outcome),
    ).toContain('error');
    await host.advance(5 * 60_000);
    expect(sb.site.notifications.filter((n) => n.issue === issue.key && n.subject.includes('half used'))).toHaveLength(
      1,
    );
  });
});

test('a 500 after Jira created the comment is not retried blindly: the comment is found by its key later, and stays one', async () => {
  const { host } = sb;
  const issue = request(5000 + sb.site.issues.size);
  await host.settle();
  const fault = {
    path: `/rest/api/3/issue/${issue.id}/comment`,
    method: 'POST',
    status: 500 as const,
    times: 1,
    when: 'after' as const,
  };
  host.jira.faults.push(fault);
  for (let i = 0; i < 1000 && breachComments(issue) === 0; i++) await host.advance(5 * 60_000);
  expect(fault.times).toBe(0);
  await host.advance(30 * 60_000); // past the claim's lease: the sweep checks Jira and records it done
  expect(breachComments(issue)).toBe(1);
  expect(itr(issue)['done']).toContain('sla:sla-thresholds:firstResponse:+0:100');
});

test('a state evaluated from an older snapshot never overwrites the state of a newer one', async () => {
  const { host, site, db } = sb;
  const issue = request(6000 + sb.site.issues.size);
  await host.settle();
  const before = (
    await db.execute(
      { query: 'SELECT jira_updated, state FROM itr_issue WHERE issue_id = ?', params: [issue.id] },
      'dml',
    )
  ).body as { rows: Array<{ jira_updated: number; state: string }> };
  await host.advance(60_000);
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent); // pauses the resolution clock
  await host.settle(); // the newer snapshot and its state are stored
  const stale = {
    id: String(issue.id),
    basedOn: before.rows[0]!.jira_updated,
    state: before.rows[0]!.state,
    nextCheckAt: null,
    breachAt: null,
    open: true,
    configVersion: 1,
    evaluatedAt: host.now(),
    service: null,
    components: [],
    incident: false,
  };
  expect(await saveStates([stale])).toEqual(new Set());
  const after = (
    await db.execute({ query: 'SELECT state FROM itr_issue WHERE issue_id = ?', params: [issue.id] }, 'dml')
  ).body as { rows: Array<{ state: string }> };
  expect(after.rows[0]!.state).not.toBe(before.rows[0]!.state);
  expect(JSON.parse(after.rows[0]!.state)).toMatchObject({ nextCheckAt: itr(issue)['nextCheckAt'] });
});

test('an event that meets the hourly quota is delivered again by Forge, and its change is not lost', async () => {
  const { host, site } = sb;
  const issue = request(7000 + sb.site.issues.size);
  await host.settle();
  host.jira.faults.push({
    path: `/rest/api/3/issue/${issue.id}`,
    method: 'GET',
    status: 429,
    retryAfter: 600,
    reason: 'jira-quota-global-based',
    times: 1,
  });
  const n = host.log.length;
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);
  await host.settle();
  expect(
    host.log
      .slice(n)
      .filter((r) => r.handler === 'issueEvents')
      .map((r) => (r.result as { _retry?: boolean } | undefined)?._retry),
  ).toEqual([true]);
  await host.advance(16 * 60_000);
  expect((itr(issue)['goals'] as Record<string, { state: string }>)['resolution']?.state).toBe('paused');
});

test('an event Forge never delivered is caught up by the hourly reconciliation', async () => {
  const { host, site } = sb;
  const issue = request(8000 + sb.site.issues.size);
  await host.settle();
  await host.advance(60_000);
  site.update(issue, { status: 'Waiting for customer' }, PEOPLE.agent);
  host.forgetPendingEvents(); // lost
  const paused = () => (itr(issue)['goals'] as Record<string, { state: string }>)['resolution']?.state === 'paused';
  expect(paused()).toBe(false);
  const n = host.log.length;
  await host.advance(61 * 60_000);
  expect(
    host.log
      .slice(n)
      .filter((r) => r.handler === 'reconcile')
      .map((r) => r.outcome),
  ).toContain('ok');
  expect(paused()).toBe(true);
});

test('one sweep at a time: while another holds the lock and beats, a sweep leaves it be; a silent holder is replaced', async () => {
  const { host, db } = sb;
  await db.execute(
    {
      query:
        "INSERT INTO itr_lock (name, owner, heartbeat) VALUES ('sweep', 'another-run', ?) ON DUPLICATE KEY UPDATE owner = VALUES(owner), heartbeat = VALUES(heartbeat)",
      params: [host.now()],
    },
    'dml',
  );
  host.jira.resetCounters();
  expect((await host.runSchedule('itr-sweep')).result).toMatchObject({ busy: true });
  expect(host.jira.counters.total).toBe(0);
  await host.advance(3 * 60_000); // the other run went quiet
  expect((await host.runSchedule('itr-sweep')).result).toMatchObject({ busy: false });
});
