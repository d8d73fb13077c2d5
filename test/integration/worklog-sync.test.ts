// Worklogs through the Jira emulator and the hourly sync (real @forge/* against the local host): the
// emulator refuses what Jira refuses and leaves the last minute out of its lists; the synced table equals
// the emulator's worklogs of the projects in scope after adds, edits and deletes; a run killed between
// pages, or mid-page after Jira answered, resumes from its mark with each worklog once; a 429 stops at the
// last page and the next run catches up; the one-minute lag is respected.

import { activateTemplate } from '../../sandbox/demo/activate';
import { ACCOUNT_HEADER } from '../../sandbox/jira/server';
import type { Issue } from '../../sandbox/jira/site';
import type { WorklogSyncReport } from '../../src/app/worklogs/sync';
import { passwordRequest, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
const MIN = 60_000;
const DAY = 86_400_000;
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

/** 'YYYY-MM' in Shanghai (the template's service zone), by arithmetic: UTC+8, no daylight saving. */
const shanghaiMonth = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 7);
/** Jira's worklog instant. */
const jiraTime = (ms: number) => new Date(ms).toISOString().replace('Z', '+0000');

async function asPerson(accountId: string, method: string, path: string, body?: unknown) {
  const res = await fetch(`${sb.host.jira.url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', [ACCOUNT_HEADER]: accountId },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text === '' ? null : JSON.parse(text)) as Record<string, unknown> };
}

async function logWork(issue: Issue, who: string, started: number, seconds: number): Promise<number> {
  const r = await asPerson(who, 'POST', `/rest/api/3/issue/${issue.key}/worklog`, {
    started: jiraTime(started),
    timeSpentSeconds: seconds,
  });
  expect(r.status).toBe(201);
  return Number(r.body['id']);
}

async function select<T>(query: string, ...params: unknown[]): Promise<T[]> {
  return ((await sb.db.execute({ query, params }, 'dml')).body as { rows: T[] }).rows;
}

type Row = { id: number; issue: number; project: string; author: string; month: string; seconds: number };

/** What the app holds, by worklog id. */
async function synced(): Promise<Row[]> {
  return (
    await select<Record<string, unknown>>(
      'SELECT worklog_id, issue_id, project, author, month, seconds FROM itr_worklog ORDER BY worklog_id',
    )
  ).map((r) => ({
    id: Number(r['worklog_id']),
    issue: Number(r['issue_id']),
    project: String(r['project']),
    author: String(r['author']),
    month: String(r['month']),
    seconds: Number(r['seconds']),
  }));
}

/** The emulator's worklogs on issues of the projects in scope that Jira's lists show by `now`. */
function truth(projects: readonly string[] = ['SUP'], now = sb.host.now()): Row[] {
  return [...sb.site.worklogs.byId.values()]
    .filter((w) => w.updated <= now - MIN)
    .flatMap((w) => {
      const issue = sb.site.issue(w.issueId);
      return issue && projects.includes(issue.project)
        ? [
            {
              id: w.id,
              issue: w.issueId,
              project: issue.project,
              author: w.author,
              month: shanghaiMonth(w.started),
              seconds: w.seconds,
            },
          ]
        : [];
    })
    .sort((a, b) => a.id - b.id);
}

async function sync(): Promise<WorklogSyncReport> {
  const rec = await sb.host.runSchedule('itr-worklogs');
  expect(rec.outcome).toBe('ok');
  return rec.result as WorklogSyncReport;
}

describe('the emulator', () => {
  test('refuses what Jira refuses', async () => {
    const issue = passwordRequest(sb.site, 1);
    const path = `/rest/api/3/issue/${issue.key}/worklog`;
    // The viewer may browse the project, not work on its issues.
    expect(await asPerson(PEOPLE.viewer, 'POST', path, { started: jiraTime(T0), timeSpentSeconds: 600 })).toEqual({
      status: 403,
      body: { errorMessages: ['You do not have the permission to work on this issue.'], errors: {} },
    });
    expect((await asPerson(PEOPLE.agent, 'POST', path, { started: jiraTime(T0) })).body['errors']).toEqual({
      timeLogged: 'You must indicate the time spent working.',
    });
    const iso = await asPerson(PEOPLE.agent, 'POST', path, { started: new Date(T0).toISOString(), timeSpent: '1h' });
    expect(iso.status).toBe(400);
    expect((iso.body['errors'] as Record<string, string>)['started']).toContain("yyyy-MM-dd'T'HH:mm:ss.SSSZ");
    // The spec's types come first: a string where Jira wants a number.
    expect((await asPerson(PEOPLE.agent, 'POST', path, { started: jiraTime(T0), timeSpentSeconds: 'x' })).status).toBe(
      400,
    );
    const id = await logWork(issue, PEOPLE.agent, T0 - DAY, 5400);
    const mine = await asPerson(PEOPLE.agent, 'GET', `${path}/${id}`);
    expect(mine.body).toMatchObject({ timeSpent: '1h 30m', timeSpentSeconds: 5400, started: jiraTime(T0 - DAY) });
    // Someone else's worklog needs Administer projects; the reporter may not change the agent's.
    expect((await asPerson(PEOPLE.reporter, 'PUT', `${path}/${id}`, { timeSpent: '2h' })).status).toBe(403);
    expect((await asPerson(PEOPLE.agent, 'PUT', `${path}/${id}`, { timeSpent: '2h' })).body).toMatchObject({
      timeSpentSeconds: 7200,
    });
    expect((await asPerson(PEOPLE.agent, 'GET', `${path}/99999999`)).status).toBe(404);
    // worklog/list: at most 1,000 ids.
    const ids = Array.from({ length: 1001 }, (_, i) => i + 1);
    expect((await asPerson(PEOPLE.agent, 'POST', '/rest/api/3/worklog/list', { ids })).status).toBe(400);
    expect((await asPerson(PEOPLE.agent, 'DELETE', `${path}/${id}`)).status).toBe(204);
    expect((await asPerson(PEOPLE.agent, 'GET', `${path}/${id}`)).status).toBe(404);
  });

  test('pages the changed lists 1,000 at a time from `since`, oldest first, and leaves out the last minute', async () => {
    const issue = passwordRequest(sb.site, 2);
    const now = sb.host.now();
    const base = now - 2 * DAY;
    const made = Array.from({ length: 1500 }, (_, i) =>
      sb.site.worklogs.add(
        { issueId: issue.id, author: PEOPLE.agent, started: base, seconds: 60, comment: undefined },
        base + i * 1000,
      ),
    );
    const fresh = await logWork(issue, PEOPLE.agent, now, 60); // within the last minute
    const first = await asPerson(PEOPLE.agent, 'GET', `/rest/api/3/worklog/updated?since=${base}`);
    const values = first.body['values'] as Array<{ worklogId: number; updatedTime: number }>;
    expect(values).toHaveLength(1000);
    expect(values[0]).toEqual({ worklogId: made[0]!.id, updatedTime: base, properties: [] });
    expect(first.body).toMatchObject({ lastPage: false, since: base, until: base + 999_000 });
    expect(String(first.body['nextPage'])).toMatch(
      new RegExp(`/rest/api/3/worklog/updated\\?since=${base + 999_000}$`),
    );
    const second = await asPerson(PEOPLE.agent, 'GET', `/rest/api/3/worklog/updated?since=${base + 999_000}`);
    const ids = (second.body['values'] as Array<{ worklogId: number }>).map((v) => v.worklogId);
    expect(second.body['lastPage']).toBe(true);
    expect(ids[0]).toBe(made[999]!.id); // `since` is inclusive: the page's last item comes again
    expect(ids).not.toContain(fresh);
    for (const w of made) sb.site.worklogs.remove(w, now - 10 * MIN);
    sb.site.worklogs.remove(sb.site.worklogs.byId.get(fresh)!, now - 10 * MIN);
  });
});

describe('the sync', () => {
  test('equals the emulator after adds, edits and deletes; other projects and unknown issues handled', async () => {
    const { host, site } = sb;
    host.jumpTo(host.now() + 2 * MIN); // the emulator tests' changes leave Jira's last minute
    const a = passwordRequest(site, 10);
    const b = passwordRequest(site, 11);
    await host.settle();
    // An issue the app never saw (its events lost) and one in a project out of scope.
    const unseen = passwordRequest(site, 12);
    host.forgetPendingEvents();
    const other = site.createIssue(
      { project: 'PRB', issuetype: 'Problem', summary: 'Root cause', reporter: PEOPLE.agent },
      PEOPLE.agent,
    );
    await host.settle();
    const t = host.now();
    const wa1 = await logWork(a, PEOPLE.agent, t - 3 * DAY, 3600);
    await logWork(a, PEOPLE.expert, t - 40 * DAY, 1800);
    const wb = await logWork(b, PEOPLE.agent, Date.parse('2026-01-31T23:30:00+08:00'), 7200);
    await logWork(unseen, PEOPLE.expert, t - DAY, 900);
    await logWork(other, PEOPLE.expert, t - DAY, 600);
    host.jumpTo(host.now() + 2 * MIN);

    const r1 = await sync();
    expect(r1).toMatchObject({ caughtUp: true, written: 4 });
    expect(r1.issuesLookedUp).toBe(2); // the unseen issue and the other project's, asked of Jira once
    expect(await synced()).toEqual(truth());
    expect((await synced()).find((r) => r.id === wb)?.month).toBe('2026-01'); // 23:30 in Shanghai

    // Edits (time and month), a deletion, an addition.
    const aPath = `/rest/api/3/issue/${a.key}/worklog`;
    expect(
      (
        await asPerson(PEOPLE.agent, 'PUT', `${aPath}/${wa1}`, {
          timeSpentSeconds: 4500,
          started: jiraTime(t - 70 * DAY),
        })
      ).status,
    ).toBe(200);
    expect((await asPerson(PEOPLE.agent, 'DELETE', `/rest/api/3/issue/${b.key}/worklog/${wb}`)).status).toBe(204);
    await logWork(b, PEOPLE.agent, t, 1200);
    host.jumpTo(host.now() + 2 * MIN);
    host.jira.resetCounters();
    const r2 = await sync();
    expect(r2).toMatchObject({ caughtUp: true, changed: 2, deleted: 1, issuesLookedUp: 0 });
    expect(await synced()).toEqual(truth());
    // One page of each list, one details call and the scope's keys: no issue's worklogs read.
    expect(Object.fromEntries(host.jira.counters.calls)).toEqual({
      'GET /rest/api/3/project/search': 1,
      'GET /rest/api/3/worklog/updated': 1,
      'POST /rest/api/3/worklog/list': 1,
      'GET /rest/api/3/worklog/deleted': 1,
    });

    // An issue deleted in Jira takes its worklogs with it.
    site.deleteIssue(a, PEOPLE.admin);
    await host.settle();
    host.jumpTo(host.now() + 2 * MIN);
    await sync();
    expect(await synced()).toEqual(truth());
    expect((await synced()).some((r) => r.issue === a.id)).toBe(false);
  });

  test('respects the one-minute lag: a worklog logged 30 s before a run comes with the next', async () => {
    const { host, site } = sb;
    const issue = passwordRequest(site, 20);
    await host.settle();
    host.jumpTo(host.now() + 2 * MIN);
    const id = await logWork(issue, PEOPLE.agent, host.now() - DAY, 2400);
    host.jumpTo(host.now() + 30_000);
    await sync();
    expect((await synced()).some((r) => r.id === id)).toBe(false);
    host.jumpTo(host.now() + 31_000);
    await sync();
    expect((await synced()).find((r) => r.id === id)).toMatchObject({ seconds: 2400, author: PEOPLE.agent });
    expect(await synced()).toEqual(truth());
  });

  test('a run killed between pages, then one killed mid-page after Jira answered: each worklog once', async () => {
    const { host, site } = sb;
    const issues = [passwordRequest(site, 30), passwordRequest(site, 31), passwordRequest(site, 32)];
    await host.settle();
    const start = host.now();
    // 2,500 worklogs changed a second apart: three pages.
    for (let i = 0; i < 2500; i++)
      site.worklogs.add(
        {
          issueId: issues[i % 3]!.id,
          author: i % 2 === 0 ? PEOPLE.agent : PEOPLE.expert,
          started: start - (i % 300) * DAY * 0.25,
          seconds: 300 + (i % 17) * 60,
          comment: undefined,
        },
        start + i * 1000,
      );
    host.jumpTo(start + 2500 * 1000 + 2 * MIN);
    const mark = Number(
      (await select<{ since: string | number }>("SELECT since FROM itr_worklog_mark WHERE list = 'updated'"))[0]!.since,
    );
    const listed = [...site.worklogs.byId.values()]
      .filter((w) => w.updated >= mark)
      .sort((x, y) => x.updated - y.updated);
    const until1 = listed[999]!.updated;

    // Dies as it asks for the second page: the first page is written and its mark stored.
    host.killNextIn(new RegExp(`GET /rest/api/3/worklog/updated\\?since=${until1}$`), 'before', 'worklogs');
    expect((await host.runSchedule('itr-worklogs')).outcome).toBe('killed');
    host.jumpTo(host.now() + 17 * MIN); // the dead run's lock goes stale
    const since = (
      await select<{ since: string | number }>("SELECT since FROM itr_worklog_mark WHERE list = 'updated'")
    )[0]!;
    expect(Number(since.since)).toBe(until1);
    const rowsAfterFirst = (await synced()).length;

    // The next dies in the details call of its second page, after Jira answered: that page is not written.
    host.killNextIn(/POST \/rest\/api\/3\/worklog\/list$/, 'after', 'worklogs');
    expect((await host.runSchedule('itr-worklogs')).outcome).toBe('killed');
    expect(await synced()).toHaveLength(rowsAfterFirst);
    host.jumpTo(host.now() + 17 * MIN);

    const r = await sync();
    expect(r.caughtUp).toBe(true);
    // Two pages from the mark, the instant they share read once: each listed worklog asked for once.
    expect(r).toMatchObject({ pages: 3, changed: listed.filter((w) => w.updated >= until1).length });
    const rows = await synced();
    expect(rows).toEqual(truth());
    expect(new Set(rows.map((x) => x.id)).size).toBe(rows.length);
    // Hours per author and month, summed independently from the emulator's worklogs.
    const sums = (xs: readonly Row[]) => {
      const m = new Map<string, number>();
      for (const x of xs) m.set(`${x.author} ${x.month}`, (m.get(`${x.author} ${x.month}`) ?? 0) + x.seconds);
      return Object.fromEntries([...m].sort());
    };
    const inSql = await select<{ author: string; month: string; s: string | number }>(
      "SELECT author, month, SUM(seconds) AS s FROM itr_worklog WHERE project = 'SUP' GROUP BY author, month",
    );
    expect(Object.fromEntries(inSql.map((x) => [`${x.author} ${x.month}`, Number(x.s)]).sort())).toEqual(sums(truth()));
  });

  test('a 429 on the hourly quota stops at the last page; the next run catches up', async () => {
    const { host, site } = sb;
    const issue = passwordRequest(site, 40);
    await host.settle();
    const start = host.now();
    for (let i = 0; i < 1200; i++)
      site.worklogs.add(
        { issueId: issue.id, author: PEOPLE.expert, started: start - DAY, seconds: 600, comment: undefined },
        start + i * 100,
      );
    host.jumpTo(start + 120_000 + 2 * MIN);
    // The first page's details call meets the hourly quota: nothing is written, the mark stays.
    host.jira.faults.push({
      template: '/rest/api/3/worklog/list',
      status: 429,
      retryAfter: 1800,
      reason: 'jira-quota-global-based',
      times: 1,
    });
    const first = await sync();
    expect(first).toMatchObject({ caughtUp: false, stoppedBy: 'rate-limit' });
    expect(host.jira.faults.every((f) => f.times === 0)).toBe(true);
    const second = await sync();
    expect(second.caughtUp).toBe(true);
    expect(await synced()).toEqual(truth());
  });

  test('one sync at a time: a run finding the lock held leaves the tables alone', async () => {
    const { host, db } = sb;
    await db.execute(
      {
        query: "INSERT INTO itr_lock (name, owner, heartbeat) VALUES ('worklog-sync', 'another-run', ?)",
        params: [host.now()],
      },
      'dml',
    );
    host.jira.resetCounters();
    expect(await sync()).toMatchObject({ caughtUp: false, stoppedBy: 'locked' });
    expect(host.jira.counters.calls.get('GET /rest/api/3/worklog/updated')).toBeUndefined();
    await db.execute({ query: "DELETE FROM itr_lock WHERE name = 'worklog-sync'", params: [] }, 'dml');
  });

  test('a wider scope reads the lists again and keeps the new project; a narrower one drops its rows', async () => {
    const { host, site } = sb;
    const problem = site.createIssue(
      { project: 'PRB', issuetype: 'Problem', summary: 'Printer firmware', reporter: PEOPLE.expert },
      PEOPLE.expert,
    );
    await host.settle();
    await logWork(problem, PEOPLE.expert, host.now() - 200 * DAY, 5400); // long before the mark
    host.jumpTo(host.now() + 2 * MIN);
    await sync();
    expect(await synced()).toEqual(truth(['SUP']));

    await activateTemplate(host, site, ['SUP', 'PRB']);
    await host.settle();
    host.jumpTo(host.now() + 2 * MIN);
    expect(await sync()).toMatchObject({ caughtUp: true });
    expect(await synced()).toEqual(truth(['SUP', 'PRB']));
    expect((await synced()).filter((r) => r.project === 'PRB').length).toBeGreaterThanOrEqual(2);

    await activateTemplate(host, site, ['SUP']);
    await host.settle();
    host.jumpTo(host.now() + 2 * MIN);
    expect(await sync()).toMatchObject({ caughtUp: true });
    expect(await synced()).toEqual(truth(['SUP']));
  });

  test('a first read cut short still removes what is deleted before it finishes', async () => {
    const { host, site, db } = sb;
    // As installed: no mark, no rows; the site holds thousands of worklogs (more than one page).
    for (const q of ['DELETE FROM itr_worklog_mark', 'DELETE FROM itr_worklog'])
      await db.execute({ query: q, params: [] }, 'dml');
    host.killNextIn(/GET \/rest\/api\/3\/worklog\/updated\?since=[1-9]\d*$/, 'before', 'worklogs');
    expect((await host.runSchedule('itr-worklogs')).outcome).toBe('killed'); // after its first page
    const first = (await synced()).map((r) => r.id);
    expect(first.length).toBeGreaterThan(0);
    host.jumpTo(host.now() + 17 * MIN);
    sb.site.worklogs.remove(site.worklogs.byId.get(first[0]!)!, host.now());
    host.jumpTo(host.now() + 20 * MIN);
    expect(await sync()).toMatchObject({ caughtUp: true });
    expect(await synced()).toEqual(truth(['SUP']));
    expect((await synced()).some((r) => r.id === first[0])).toBe(false);
  });
});
