// Worklog sync of a busy month, counted against the local host: a service desk (SUP, in scope) with 4,000
// issues of which the app holds only the open ones (the rest closed long ago or pruned), a development
// project out of scope; in one month people log 20,000 worklogs (18,000 on SUP, 2,000 on RD) and delete
// 500; the hourly sync then catches up from the month's start. REST calls are counted at the emulator and
// time projected at 50 ms per call plus Forge SQL's 150 statements per second. Peer: reading every in-scope
// issue's worklogs (a search, then GET /issue/{id}/worklog per issue), same client, same site.

import { route } from '@forge/api';
import { activateTemplate } from '../sandbox/demo/activate';
import { generateIssues } from '../sandbox/demo/generate';
import { PEOPLE, SITE_SEED } from '../sandbox/demo/site-seed';
import { ForgeHost } from '../sandbox/forge/host';
import { Site } from '../sandbox/jira/site';
import { sqlFetchHandler } from '../sandbox/sql/forge-fetch-sql';
import { startSql } from '../sandbox/sql/mariadb';
import * as handlers from '../src/index';
import type { WorklogSyncReport } from '../src/app/worklogs/sync';
import { searchIds } from '../src/platform/jira/api';
import { JiraClient } from '../src/platform/jira/client';
import { prng, printTable } from './support/measure';
import { runBench } from './support/run';

const ISSUES = 4000;
const CHANGED = 20_000;
const OUT_OF_SCOPE = 2000;
const DELETED = 500;
const LATENCY_MS = 50;
const SQL_PER_S = 150;
const MONTH_START = Date.parse('2026-03-01T00:00:00+08:00');
const MONTH_MS = 31 * 86_400_000;
const fmt = (n: number) => Math.round(n).toLocaleString('en');

async function main(): Promise<void> {
  const db = await (await startSql()).database('worklogs');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: MONTH_START - 86_400_000 }).start();
  const jira = host.jira;
  const calls = () => [...jira.counters.calls.values()].reduce((a, b) => a + b, 0);
  const r = prng(7);
  try {
    const sup = generateIssues(site, { total: ISSUES, open: ISSUES / 10, now: host.now(), seed: 11 });
    const rd = Array.from({ length: 200 }, (_, n) =>
      site.createIssue(
        { project: 'RD', issuetype: 'Story', summary: `Feature ${n}`, reporter: PEOPLE.expert },
        PEOPLE.expert,
      ),
    );
    host.forgetPendingEvents();
    await activateTemplate(host, site, ['SUP']);
    host.jumpTo(MONTH_START);
    const caughtUp = await host.runSchedule('itr-worklogs'); // the last run before the month: nothing yet
    if (caughtUp.outcome !== 'ok') throw new Error(`the first sync failed: ${caughtUp.error ?? caughtUp.outcome}`);

    const all = [...site.issues.values()].filter((i) => i.project === 'SUP');
    const people = [PEOPLE.agent, PEOPLE.expert, PEOPLE.manager];
    const made = Array.from({ length: CHANGED }, (_, n) => {
      const at = MONTH_START + Math.floor(((n + 1) / (CHANGED + 1)) * MONTH_MS);
      const issue = n < CHANGED - OUT_OF_SCOPE ? all[Math.floor(r() * all.length)]! : rd[n % rd.length]!;
      return site.worklogs.add(
        {
          issueId: issue.id,
          author: people[n % people.length]!,
          started: at - 3_600_000,
          seconds: 900 * (1 + Math.floor(r() * 16)),
          comment: undefined,
        },
        at,
      );
    });
    for (let k = 0; k < DELETED; k++)
      site.worklogs.remove(made[k * 7]!, MONTH_START + MONTH_MS - (DELETED - k) * 60_000);
    host.jumpTo(MONTH_START + MONTH_MS + 2 * 60_000);

    jira.resetCounters();
    db.counters.statements = 0;
    let t = performance.now();
    const rec = await host.runSchedule('itr-worklogs');
    const wallMs = performance.now() - t;
    if (rec.outcome !== 'ok') throw new Error(`the sync failed: ${rec.error ?? rec.outcome}`);
    const report = rec.result as WorklogSyncReport;
    const mine = { calls: calls(), objects: jira.counters.objectsRead, sql: db.counters.statements };
    const byEndpoint = [...jira.counters.calls].map(([e, n]) => `${e.replace('/rest/api/3', '')}: ${n}`).join(', ');
    const stored = (
      (await db.execute({ query: 'SELECT COUNT(*) AS n FROM itr_worklog', params: [] }, 'dml')).body as {
        rows: Array<{ n: number | string }>;
      }
    ).rows[0]!.n;
    const expected = [...site.worklogs.byId.values()].filter((w) => site.issue(w.issueId)?.project === 'SUP').length;

    // The peer: every in-scope issue's worklogs, one call per issue.
    jira.resetCounters();
    const client = new JiraClient({ as: 'app' });
    t = performance.now();
    let read = 0;
    for await (const ids of searchIds(client, 'project = SUP'))
      for (const id of ids) {
        await client.call(route`/rest/api/3/issue/${id}/worklog?maxResults=5000`, {}, null);
        read++;
      }
    const peerWallMs = performance.now() - t;
    const peer = { calls: calls(), objects: jira.counters.objectsRead };

    const projected = (c: { calls: number; sql?: number }, wall: number) =>
      wall / 1000 + (c.calls * LATENCY_MS) / 1000 + (c.sql ?? 0) / SQL_PER_S;
    console.log(
      `\nWorklog sync of a month: ${fmt(CHANGED)} worklogs changed (${fmt(OUT_OF_SCOPE)} out of scope), ${fmt(DELETED)} deleted, on ${fmt(ISSUES)} SUP issues (${fmt(sup.length)} open, held by the app) and ${rd.length} RD issues`,
    );
    printTable(
      ['measure', 'incremental sync', `per-issue reads (${fmt(read)} issues)`, 'ratio'],
      [
        [
          'REST calls',
          `${fmt(mine.calls)} (${byEndpoint})`,
          fmt(peer.calls),
          `${(peer.calls / mine.calls).toFixed(1)}×`,
        ],
        ['Jira objects read', fmt(mine.objects), fmt(peer.objects), ''],
        ['SQL statements', fmt(mine.sql), '', ''],
        [
          `projected time (${LATENCY_MS} ms a call, ${SQL_PER_S} SQL/s)`,
          `${projected(mine, wallMs).toFixed(1)} s (${(wallMs / 1000).toFixed(1)} s here)`,
          `${projected(peer, peerWallMs).toFixed(1)} s`,
          '',
        ],
        [
          'rows stored = the site’s SUP worklogs',
          `${fmt(Number(stored))} = ${fmt(expected)}; report ${JSON.stringify(report)}`,
          '',
          '',
        ],
      ],
    );
    process.exitCode = Number(stored) === expected && report.caughtUp ? 0 : 1;
  } finally {
    await host.stop();
    await db.drop();
  }
}

runBench(main);
