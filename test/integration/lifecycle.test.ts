// The app's life cycle: installation and upgrade prepare the schema and evaluate nothing; a SQL error
// other than a missing table (a timeout) never sets the DDL migrator off (Forge rations DDL calls).

import { ForgeHost } from '../../sandbox/forge/host';
import { PEOPLE, SITE_SEED } from '../../sandbox/demo/site-seed';
import { Site } from '../../sandbox/jira/site';
import { startSql, type SqlDatabase } from '../../sandbox/sql/mariadb';
import { sqlFetchHandler, type ForgeFetch } from '../../sandbox/sql/forge-fetch-sql';
import * as handlers from '../../src/index';
import { RELATION_MIGRATIONS } from '../../src/platform/sql/relations-schema';

const T0 = Date.parse('2026-03-02T10:00:00+08:00');
let db: SqlDatabase;
let site: Site;
let timeouts = 0;

/** Forge SQL as the host serves it, except that reading __migrations times out while `timeouts` > 0. */
const sql =
  (inner: ForgeFetch): ForgeFetch =>
  async (meta, path, init) => {
    const body = typeof init?.body === 'string' ? init.body : '';
    if (timeouts > 0 && body.includes('__migrations') && path.startsWith('/api/v1/execute')) {
      timeouts--;
      return new Response(JSON.stringify({ code: 'QUERY_TIMED_OUT', message: 'The query timed out.' }), {
        status: 504,
        headers: { 'content-type': 'application/json' },
      });
    }
    return inner(meta, path, init);
  };

/** A host: a new installation id each time, so nothing is remembered between them but the database. */
const newHost = () => new ForgeHost({ site, sql: sql(sqlFetchHandler(db)), handlers, now: T0 }).start();

async function tables(): Promise<string[]> {
  const r = await db.execute(
    { query: 'SELECT table_name AS t FROM information_schema.tables WHERE table_schema = DATABASE()', params: [] },
    'dml',
  );
  return (r.body as { rows: Array<{ t: string }> }).rows.map((row) => row.t).sort();
}

beforeAll(async () => {
  db = await (await startSql()).database();
  site = new Site(SITE_SEED, () => Date.now());
}, 180_000);
afterAll(async () => db.drop());

test('installation prepares the schema and evaluates nothing; an upgrade with nothing to migrate spends no DDL', async () => {
  const host = await newHost();
  try {
    const issue = site.createIssue(
      { project: 'SUP', issuetype: 'Incident', summary: 'ERP down', reporter: PEOPLE.reporter },
      PEOPLE.reporter,
    );
    host.forgetPendingEvents(); // it predates the app
    await host.lifecycleEvent('avi:forge:installed:app');
    expect(host.log.map((r) => [r.handler, r.outcome])).toEqual([['lifecycle', 'ok']]);
    expect(await tables()).toEqual(expect.arrayContaining(['__migrations', 'itr_issue', 'itr_kpi_fact', 'itr_lock']));
    expect(host.jira.counters.total).toBe(0);
    expect(issue.properties.has('itr')).toBe(false);
    const ddl = db.counters.ddl;
    await host.lifecycleEvent('avi:forge:upgraded:app');
    expect(db.counters.ddl).toBe(ddl);
  } finally {
    await host.stop();
  }
});

test('a timeout reading the migrations fails the invocation without running the migrator; the next one goes on', async () => {
  const host = await newHost();
  try {
    const ddl = db.counters.ddl;
    timeouts = 1;
    await host.lifecycleEvent('avi:forge:upgraded:app');
    expect(host.log.map((r) => r.outcome)).toEqual(['error']);
    expect(host.log[0]?.error).toContain('timed out');
    expect(db.counters.ddl).toBe(ddl);
    await host.runSchedule('itr-sweep');
    expect(host.log.at(-1)).toMatchObject({ handler: 'sweep', outcome: 'ok' });
    expect(db.counters.ddl).toBe(ddl);
  } finally {
    await host.stop();
  }
});

test('the relationship tables come with installation, and applying their migrations again changes nothing', async () => {
  const host = await newHost();
  try {
    await host.lifecycleEvent('avi:forge:installed:app');
    const names = [...new Set(RELATION_MIGRATIONS.flatMap(([, ddl]) => /itr_\w+/.exec(ddl) ?? []))];
    expect(await tables()).toEqual(expect.arrayContaining(names));
    const shape = async () => {
      const out: string[] = [];
      for (const t of names) {
        const r = await db.execute({ query: `SHOW CREATE TABLE ${t}`, params: [] }, 'dml');
        out.push(JSON.stringify(r.body));
      }
      return out;
    };
    const before = await shape();
    for (const [name, ddl] of RELATION_MIGRATIONS) {
      const r = await db.execute({ query: ddl, params: [] }, 'ddl');
      expect([name, r.status]).toEqual([name, 200]);
    }
    expect(await shape()).toEqual(before);
  } finally {
    await host.stop();
  }
});
