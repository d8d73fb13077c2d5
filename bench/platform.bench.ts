// Platform budgets, counted against the local host: a site with 100,000 issues of which 10,000 are open,
// the app installed on it (a cold recalculation), then a sweep when 5 % of the open issues are due (found
// in SQL; the JQL search on the property it replaces runs at the same instant, with 50 properties a user
// edited), a sweep when none is, issue events, a backlog, closing and pruning, and the bytes stored.
// Counts REST calls per endpoint, Jira objects read (what Jira's points quota charges) and SQL statements;
// projects the time at 50 ms per Jira call. The obvious sweep (fetch every open issue and its changelog
// each time) runs in the same process on the same site.

import { PEOPLE, SITE_SEED } from '../sandbox/demo/site-seed';
import { activateTemplate } from '../sandbox/demo/activate';
import { generateIssues } from '../sandbox/demo/generate';
import { ForgeHost } from '../sandbox/forge/host';
import { Site } from '../sandbox/jira/site';
import { startSql } from '../sandbox/sql/mariadb';
import { sqlFetchHandler } from '../sandbox/sql/forge-fetch-sql';
import * as handlers from '../src/index';
import { openSession } from '../src/app/session';
import type { SweepReport } from '../src/app/sweep';
import { naiveSweep } from './support/naive-sweep';
import { jqlDue } from './support/jql-due';
import { bytesPerIssue, factBytesPerIssue, PAGE_FACTOR } from './support/storage';
import { printTable } from './support/measure';

const TOTAL = Number(process.env.BENCH_SITE_ISSUES ?? 100_000);
const OPEN = Math.round(TOTAL / 10);
const DUE = Math.round(OPEN / 20);
const LATENCY_MS = 50;
/** Forge SQL's limit per installation: time spent waiting on it counts too. */
const SQL_PER_S = 150;
const NOW = Date.parse('2026-03-16T14:00:00+08:00'); // a Monday afternoon
const DAY = 86_400_000;
/** The storage projection: a site with this many issues, a tenth open, the rest closed evenly over three years. */
const PROJECTED_ISSUES = 1_000_000;
const HISTORY_DAYS = 3 * 365;
const RETENTION_DAYS = 90;
const GIB = 1024 ** 3;
/** Properties a user edits to "due" before the sweep: JQL would act on them, SQL does not. */
const USER_EDITS = 50;
const ACTION_ENDPOINTS = [
  /\/comment$/,
  /\/notify$/,
  /^PUT \/rest\/api\/3\/issue\/\{issueIdOrKey\}$/,
  /\/transitions$/,
  /issueLink$/,
  /^POST \/rest\/api\/3\/issue$/,
];
const RELOAD_ENDPOINTS = ['POST /rest/api/3/issue/bulkfetch', 'POST /rest/api/3/changelog/bulkfetch'];

const fmt = (n: number) => Math.round(n).toLocaleString('en');

async function main(): Promise<void> {
  const db = await (await startSql()).database('bench');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: NOW }).start();
  const jira = host.jira;
  const calls = () => [...jira.counters.calls.values()].reduce((a, b) => a + b, 0);
  const sum = (match: (endpoint: string) => boolean) =>
    [...jira.counters.calls].filter(([e]) => match(e)).reduce((a, [, n]) => a + n, 0);
  const isAction = (e: string) => ACTION_ENDPOINTS.some((re) => re.test(e));
  const reset = () => {
    jira.resetCounters();
    db.counters.statements = 0;
  };

  let t = performance.now();
  const open = generateIssues(site, { total: TOTAL, open: OPEN, now: NOW, seed: 42 });
  host.forgetPendingEvents();
  const histories = [...site.issues.values()].reduce((a, i) => a + i.changelog.length, 0);
  console.log(
    `Site: ${fmt(site.issues.size)} issues (${fmt(open.length)} open), ${fmt(histories)} changelog entries, generated in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );

  // 1. Activation for the service desk: the setup check and a cold recalculation of every open issue.
  reset();
  t = performance.now();
  await activateTemplate(host, site, ['SUP']);
  const recalcMs = performance.now() - t;
  const recalc = {
    calls: calls(),
    objects: jira.counters.objectsRead,
    sql: db.counters.statements,
    runs: host.log.filter((r) => r.handler === 'work').length,
  };
  const recalcProjected = recalcMs / 1000 + (recalc.calls * LATENCY_MS) / 1000 + recalc.sql / SQL_PER_S;

  // 2. The sweep when 5 % of the open issues are due.
  // Issues fall due in clumps (office hours resume for all at once): the instant chosen is the last one
  // at which no more than 5 % of the open issues are due.
  const groups = await db.execute(
    {
      query:
        'SELECT next_check_at AS t, COUNT(*) AS n FROM itr_issue WHERE open_flag = 1 AND next_check_at IS NOT NULL GROUP BY next_check_at ORDER BY next_check_at',
      params: [],
    },
    'dml',
  );
  let dueAt = NOW;
  let cumulative = 0;
  for (const g of (groups.body as { rows: Array<{ t: number; n: number }> }).rows) {
    if (cumulative + g.n > DUE) break;
    cumulative += g.n;
    dueAt = Math.ceil(g.t / 1000) * 1000;
  }
  host.jumpTo(dueAt);
  // Users edit some properties (anyone who may edit an issue may): JQL now calls those issues due.
  const dueSoon = (i: (typeof open)[number]) =>
    ((i.properties.get('itr') as { nextCheckAt?: number } | undefined)?.nextCheckAt ?? 0) * 1000 > dueAt;
  for (const issue of open.filter(dueSoon).slice(0, USER_EDITS))
    // Edited a minute before, so Jira's index (a few seconds behind) shows the edit to JQL.
    site.setProperty(issue, 'itr', { ...(issue.properties.get('itr') as object), nextCheckAt: 1 }, dueAt - 60_000);
  // The JQL-driven sweep's search at the same instant (its evaluation and writes are the sweep's own).
  const js = (await openSession(dueAt))!; // the bench activated a configuration
  reset();
  const jqlIds = await jqlDue(js.jira, dueAt);
  const jql = { calls: calls(), objects: jira.counters.objectsRead, found: jqlIds.length };
  reset();
  t = performance.now();
  const sweepRec = await host.runSchedule('itr-sweep');
  const sweepMs = performance.now() - t;
  const report = sweepRec.result as SweepReport;
  const sweep = {
    calls: calls(),
    actions: sum(isAction),
    reloads: sum((e) => RELOAD_ENDPOINTS.includes(e)),
    searches: sum((e) => e.includes('search/jql')),
    writes: sum((e) => e.includes('properties/multi')),
    objects: jira.counters.objectsRead,
    sql: db.counters.statements,
  };

  // 3. The sweep again at the same instant: nothing is due.
  reset();
  await host.runSchedule('itr-sweep');
  const idle = {
    calls: calls(),
    fetches: sum((e) => RELOAD_ENDPOINTS.includes(e) || e === 'GET /rest/api/3/issue/{issueIdOrKey}'),
    objects: jira.counters.objectsRead,
  };

  // 4. Issue events: 200 agents' changes on open issues.
  reset();
  const sample = open.filter((_, k) => k % Math.floor(open.length / 200) === 0).slice(0, 200);
  for (const issue of sample)
    site.update(
      issue,
      { status: issue.status === 'In Progress' ? 'Waiting for customer' : 'In Progress' },
      PEOPLE.agent,
    );
  const n0 = host.log.length;
  await host.settle();
  const eventRuns = host.log.slice(n0).filter((r) => r.handler === 'issueEvents');
  const perEvent = eventRuns.map((r) => jira.counters.byInvocation.get(r.id) ?? 0);
  const eventActions = sum(isAction);
  const eventCalls = perEvent.reduce((a, b) => a + b, 0);

  // 5. A backlog (a sweep that found more due than one run takes on): the rest fans out on the queue.
  const dueRows = async (t: number) =>
    (
      (
        await db.execute(
          { query: 'SELECT COUNT(*) AS n FROM itr_issue WHERE open_flag = 1 AND next_check_at <= ?', params: [t] },
          'dml',
        )
      ).body as { rows: Array<{ n: number }> }
    ).rows[0]!.n;
  const backlogAt = NOW + 24 * 3_600_000;
  host.jumpTo(backlogAt);
  const runs0 = host.log.filter((r) => r.handler === 'work').length;
  const backlogRec = await host.runSchedule('itr-sweep'); // runSchedule settles: the queue runs too
  const backlogDue = await dueRows(backlogAt);
  let sweeps = 1;
  for (; sweeps < 24 && (await dueRows(backlogAt)) > 0; sweeps++) await host.advance(5 * 60_000);
  const backlog = {
    report: backlogRec.result as SweepReport,
    due: (backlogRec.result as SweepReport).due + backlogDue,
    queueRuns: host.log.filter((r) => r.handler === 'work').length - runs0,
    sweeps,
    left: await dueRows(backlogAt),
  };

  // 6. The obvious sweep on the same site at the same instant as the 5 % sweep.
  const s = await openSession(dueAt);
  if (!s) throw new Error('the bench site has no active configuration');
  reset();
  t = performance.now();
  await naiveSweep(s, dueAt);
  const naiveMs = performance.now() - t;
  const naive = { calls: calls(), objects: jira.counters.objectsRead };

  // 7. Storage: open issues as stored; 200 of them closed (events), then pruned 91 days later.
  const openBytes = await bytesPerIssue(db, 1);
  for (const issue of open.slice(0, 200)) site.update(issue, { status: 'Resolved', resolution: 'Fixed' }, PEOPLE.agent);
  await host.settle();
  const closedBytes = await bytesPerIssue(db, 0);
  host.jumpTo(host.now() + (RETENTION_DAYS + 1) * DAY);
  const pruneRec = await host.runSchedule('itr-reconcile');
  const pruned = (pruneRec.result as { pruned: number }).pruned;
  const facts = await factBytesPerIssue(db);
  const closedInRetention = Math.round((PROJECTED_ISSUES * 0.9 * RETENTION_DAYS) / HISTORY_DAYS);
  const projectedBytes =
    PROJECTED_ISSUES * 0.1 * openBytes.bytes +
    closedInRetention * closedBytes.bytes +
    (PROJECTED_ISSUES * 0.9 - closedInRetention) * facts.bytes;

  const itrProjected = sweepMs / 1000 + ((sweep.calls - sweep.actions) * LATENCY_MS) / 1000 + sweep.sql / SQL_PER_S;
  const naiveProjected = naiveMs / 1000 + (naive.calls * LATENCY_MS) / 1000;
  console.log(
    `\n## Platform budgets: ${fmt(TOTAL)} issues, ${fmt(OPEN)} open, ${fmt(report.due)} due (REST counted at the emulator; time projected at ${LATENCY_MS} ms per Jira call and ${SQL_PER_S} SQL statements per second)\n`,
  );
  printTable(
    ['measure', 'ITR', 'obvious sweep', 'ratio', 'budget'],
    [
      [
        `REST calls per sweep, ${fmt(report.due)} due, besides actions`,
        `${fmt(sweep.calls - sweep.actions)} = ${sweep.searches} search + ${sweep.writes} property writes + ${sweep.reloads} reloads (JQL-driven: +${jql.calls} search)`,
        fmt(naive.calls),
        `${(naive.calls / (sweep.calls - sweep.actions)).toFixed(0)}×`,
        `≤ ${fmt(Math.ceil(report.due / 100))} (1 per 100 due)`,
      ],
      [
        `due issues found: SQL-driven sweep vs the JQL-driven one it replaces (same instant, ${USER_EDITS} properties edited by users)`,
        `${fmt(report.due)} found with 0 REST calls`,
        `JQL: ${fmt(jql.found)} found with ${jql.calls} search call(s), ${fmt(jql.objects)} objects read`,
        '',
        'user edits ignored',
      ],
      [
        'REST calls per sweep for actions (both sweeps would make them)',
        `${fmt(sweep.actions)} for ${fmt(report.evaluated)} issues evaluated`,
        '',
        '',
        '1 per action',
      ],
      [
        'Jira objects read per sweep (points)',
        fmt(sweep.objects),
        fmt(naive.objects),
        `${(naive.objects / Math.max(1, sweep.objects)).toFixed(0)}×`,
        '',
      ],
      [
        'projected sweep time besides actions (Jira latency + SQL rate + CPU here)',
        `${itrProjected.toFixed(1)} s`,
        `${naiveProjected.toFixed(1)} s`,
        `${(naiveProjected / itrProjected).toFixed(0)}×`,
        '< 900 s',
      ],
      [
        'sweep with nothing due: REST calls / issues fetched / objects read',
        `${idle.calls} / ${idle.fetches} / ${idle.objects}`,
        `${fmt(naive.calls)} / ${fmt(OPEN)} / ${fmt(naive.objects)}`,
        '',
        '0 issue fetches',
      ],
      [
        `REST calls per issue event (mean of ${eventRuns.length}; max)`,
        `${((eventCalls - eventActions) / eventRuns.length).toFixed(2)} + ${(eventActions / eventRuns.length).toFixed(2)} actions; max ${Math.max(...perEvent)}`,
        '',
        '',
        '≤ 2 (+ actions)',
      ],
      [
        `cold recalculation of ${fmt(OPEN)} open issues`,
        `${fmt(recalc.calls)} REST calls, ${fmt(recalc.objects)} objects, ${fmt(recalc.sql)} SQL statements, ${recalc.runs} queue run(s)`,
        '',
        '',
        '',
      ],
      [
        'cold recalculation time: here / projected',
        `${(recalcMs / 1000).toFixed(1)} s / ${recalcProjected.toFixed(0)} s`,
        '',
        '',
        '< 900 s (one invocation)',
      ],
      ['SQL statements per sweep', fmt(sweep.sql), '0', '', '150 DML/s per installation'],
      [
        `backlog a day later: ${fmt(backlog.due)} due`,
        `${fmt(backlog.report.evaluated)} in the first sweep, ${fmt(backlog.report.queued)} batches (≤ 10 in flight) to ${backlog.queueRuns} queue runs; drained in ${backlog.sweeps} sweeps; ${backlog.left} left due`,
        '',
        '',
        '0 left',
      ],
      [`bytes stored per open issue (${fmt(openBytes.issues)} measured)`, `${fmt(openBytes.bytes)} B`, '', '', ''],
      [
        `bytes stored per closed issue within retention (${fmt(closedBytes.issues)} measured)`,
        `${fmt(closedBytes.bytes)} B`,
        '',
        '',
        '',
      ],
      [
        `bytes per closed issue after pruning (${fmt(pruned)} pruned at ${RETENTION_DAYS + 1} days; ${fmt(facts.facts)} KPI facts)`,
        `${fmt(facts.bytes)} B`,
        '',
        '',
        '',
      ],
      [
        `site of ${fmt(PROJECTED_ISSUES)} issues (10 % open, closed over ${HISTORY_DAYS / 365} years): row bytes; × ${PAGE_FACTOR} allowing for indexes and pages`,
        `${(projectedBytes / 1024 ** 2).toFixed(0)} MiB = ${((projectedBytes / GIB) * 100).toFixed(0)} % of 1 GiB; × ${PAGE_FACTOR}: ${(((PAGE_FACTOR * projectedBytes) / GIB) * 100).toFixed(0)} %`,
        '',
        '',
        '< 1 GiB of rows',
      ],
    ],
  );
  const ok =
    backlog.left === 0 &&
    report.due + USER_EDITS === jql.found &&
    projectedBytes < GIB &&
    sweep.writes + sweep.reloads <= Math.ceil(report.due / 100) &&
    idle.fetches === 0 &&
    (eventCalls - eventActions) / eventRuns.length <= 2 &&
    recalcProjected < 900;
  console.log(ok ? '\nBudgets met.' : '\nA BUDGET WAS MISSED (see above).');
  await host.stop();
  await db.drop();
  process.exitCode = ok ? 0 : 1;
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
