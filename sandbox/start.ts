// `npm start`: the app running locally. A Jira site with a service organisation's history, the app
// installed and activated for its service desk (a recalculation), then a working day played fast: people
// raise issues, comment and move them on, the sweep runs every five minutes, and every change the app makes
// is printed. The sandbox's Jira-like web UI (ITR sandbox: http://127.0.0.1:PORT/) serves throughout, and
// after the played hours the clock keeps running at a calmer speed, people still at work, until Ctrl-C.
//
// Usage: npm start -- [--hours 10] [--speed 600] [--serve-speed 60] [--port N] [--exit]
//   --hours  simulated hours to play (default 10); --speed  simulated seconds per real second while
//   playing (default 600); --serve-speed  the same afterwards (default 60: five simulated minutes every
//   five seconds); --port  the sandbox UI's port (default: any free one); --exit  stop after playing.

import { PEOPLE, SITE_SEED } from './demo/site-seed';
import { activateTemplate } from './demo/activate';
import { seedRelations } from './demo/relations/seed';
import { seedKpiHistory } from './demo/kpi-history';
import { generateIssues } from './demo/generate';
import { seedWorklogs } from './demo/worklogs';
import { prng } from './demo/random';
import { ForgeHost } from './forge/host';
import { SandboxUi } from './ui/server';
import { Site, type SiteEvent } from './jira/site';
import { startSql } from './sql/mariadb';
import { sqlFetchHandler } from './sql/forge-fetch-sql';
import * as handlers from '../src/index';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? Number(process.argv[i + 1]) : fallback;
};
const HOURS = arg('hours', 10);
/** A speed (simulated seconds per real second) must be positive, or the clock would spin or never move. */
const speed = (name: string, fallback: number) => {
  const n = arg(name, fallback);
  if (!(n > 0)) throw new Error(`--${name} must be a positive number of simulated seconds per real second`);
  return n;
};
const SPEED = speed('speed', 600);
const SERVE_SPEED = speed('serve-speed', 60);
const MIN = 60_000;
// Monday 08:00 in Beijing of the current week: office hours ahead.
const monday = (() => {
  const d = new Date();
  d.setUTCDate(d.getUTCDate() - ((d.getUTCDay() + 6) % 7));
  return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate(), 0, 0);
})();

async function main(): Promise<void> {
  const server = await startSql();
  const db = await server.database('sandbox');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: monday }).start();
  const wall = (t: number) => new Date(t).toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', hour12: false });
  const say = (text: string) => console.log(`${wall(Date.now())}  ${text}`);

  generateIssues(site, { total: 400, open: 60, now: monday, seed: 7 });
  seedWorklogs(site, monday); // a year of logged work, read by the app's hourly worklog sync
  host.forgetPendingEvents();
  say(
    `Jira emulator at ${host.jira.url} (try: curl '${host.jira.url}/rest/api/3/search/jql?jql=itrSlaState%20%3D%20breached&fields=summary,labels&properties=itr')`,
  );
  say(`site: ${site.issues.size} issues, 60 open; activating the app for the service desk SUP (a recalculation)…`);
  await activateTemplate(host, site, ['SUP']);
  say(`installed: ${[...site.issues.values()].filter((i) => i.properties.has('itr')).length} issues evaluated`);
  await seedRelations(host, site, monday);
  const worklogs = (await host.runSchedule('itr-worklogs')).result as { written?: number } | undefined;
  say(
    `worklogs: ${site.worklogs.byId.size} on the site, ${worklogs?.written ?? 0} of the service desk's read by the app`,
  );
  say(`KPI history: ${await seedKpiHistory(host, site)} closed issues evaluated for the dashboard's year of facts`);
  const ui = new SandboxUi(host);
  console.log(`ITR sandbox: ${await ui.start(arg('port', 0))}/`);

  // What the app does shows up as Jira changes made by nobody (the app) and as notifications.
  const seen = { notifications: 0 };
  const onEvent = site.onEvent;
  site.onEvent = (e: SiteEvent) => {
    if (e.by === null && e.type === 'avi:jira:updated:issue')
      say(
        `app  ${e.issue.key}: ${e.history.items.map((i) => `${i.field} ${i.fromString ?? '∅'} → ${i.toString ?? '∅'}`).join('; ')}`,
      );
    if (e.type === 'avi:jira:commented:issue' && e.by === null)
      say(`app  ${e.issue.key}: comment “${JSON.stringify(e.comment.body).match(/"text":"([^"]*)"/)?.[1] ?? ''}”`);
    if (e.type === 'avi:jira:created:issue' && e.by === null)
      say(`app  created ${e.issue.key} (${e.issue.issuetype}): ${e.issue.summary}`);
    onEvent(e);
  };

  const r = prng(11);
  const open = () =>
    [...site.issues.values()].filter((i) => site.statuses.get(i.status)?.category !== 'done' && i.project === 'SUP');
  const summaries = [
    'ERP 系统无法登录 / ERP login fails',
    '打印机卡纸 / printer jams',
    '邮件发送延迟 / email delayed',
    '如何重置密码 / how to reset my password',
    '办公网络中断 / office network down',
  ];
  const field = (name: string) => site.field(name)!.id;
  /** Five simulated minutes: people at work, then the host's clock (the sweep), at `speed`. */
  const step = async (speed: number) => {
    const started = performance.now();
    if (r() < 0.5) {
      const i = site.createIssue(
        {
          project: 'SUP',
          issuetype: r() < 0.6 ? 'Incident' : 'Service request',
          summary: summaries[Math.floor(r() * summaries.length)]!,
          reporter: PEOPLE.reporter,
          components: r() < 0.5 ? ['ERP'] : ['Printer'],
          custom: {
            [field('Impact')]: r() < 0.2 ? 'Extensive / Widespread' : 'Moderate / Limited',
            [field('Urgency')]: 'High',
            [field('Support tier')]: 'L1',
          },
        },
        PEOPLE.reporter,
      );
      say(`user ${i.key} raised: ${i.summary}`);
    }
    const list = open();
    const pick = list[Math.floor(r() * list.length)];
    if (pick && r() < 0.6) {
      if (pick.status === 'Open') site.update(pick, { status: 'In Progress', assignee: PEOPLE.agent }, PEOPLE.agent);
      else if (r() < 0.4)
        site.update(
          pick,
          {
            status: 'Resolved',
            resolution: 'Fixed',
            [field('Root cause')]: r() < 0.5 ? 'Software bug' : 'User misuse',
          },
          PEOPLE.expert,
        );
      else
        site.comment(
          pick,
          PEOPLE.agent,
          {
            type: 'doc',
            version: 1,
            content: [{ type: 'paragraph', content: [{ type: 'text', text: '处理中 / working on it' }] }],
          },
          null,
        );
      say(`user ${pick.key} is now ${pick.status}`);
    }
    await host.advance(5 * MIN);
    const notes = site.notifications.slice(seen.notifications);
    seen.notifications = site.notifications.length;
    for (const n of notes) {
      const link = /https?:\/\/\S+\/x1\/\S+/.exec(n.textBody ?? '')?.[0]; // a survey link opens in the shell's browser
      say(`app  notify ${JSON.stringify(n.to)}: ${n.subject}${link ? ` ${link}` : ''}`);
    }
    const wait = (5 * 60 * 1000) / speed - (performance.now() - started);
    if (wait > 0) await new Promise((res) => setTimeout(res, wait));
  };
  const end = monday + HOURS * 60 * MIN;
  while (Date.now() < end) await step(SPEED);
  const calls = [...host.jira.counters.calls].sort((a, b) => b[1] - a[1]).map(([e, n]) => `${n} × ${e}`);
  say(`played ${HOURS} h. Jira calls by endpoint:\n  ${calls.join('\n  ')}`);
  const stop = async () => {
    await ui.stop();
    await host.stop();
    await server.stop();
  };
  if (process.argv.includes('--exit')) return stop();

  const interrupted = new AbortController();
  process.once('SIGINT', () => interrupted.abort());
  say(`the clock keeps running at ×${SERVE_SPEED} (the sweep every five simulated minutes); Ctrl-C to stop`);
  say(`the Jira emulator keeps serving at ${host.jira.url}`);
  while (!interrupted.signal.aborted) await step(SERVE_SPEED);
  await stop();
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
