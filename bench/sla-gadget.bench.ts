// The SLA gadget's queries over 1,000,000 SLA facts and 1,000,000 OLA facts on the local MariaDB (and the
// monthly rollup built from them): each statement's time (best of three, after a warm-up), rows answered,
// and EXPLAIN's index and rows read; the figures from the rollup beside the same groups from the facts.

import { activateTemplate } from '../sandbox/demo/activate';
import { SITE_SEED } from '../sandbox/demo/site-seed';
import { ForgeHost } from '../sandbox/forge/host';
import { Site } from '../sandbox/jira/site';
import { sqlFetchHandler } from '../sandbox/sql/forge-fetch-sql';
import { startSql } from '../sandbox/sql/mariadb';
import * as handlers from '../src/index';
import { printTable } from './support/measure';
import { seedSlaFacts, slaGadgetQueries } from './sla-gadget-queries';

const TOTAL = Number(process.env.BENCH_FACTS ?? 1_000_000);

async function main(): Promise<void> {
  const db = await (await startSql()).database('bench_sla');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: Date.now() }).start();
  await activateTemplate(host, site, ['SUP']); // creates the app's tables
  const exec = async (query: string, params: ReadonlyArray<string | number> = [], kind: 'dml' | 'ddl' = 'dml') => {
    const body = (await db.execute({ query, params: [...params] }, kind)).body as {
      rows?: Array<Record<string, unknown>>;
      message?: string;
    };
    if (!body.rows) throw new Error(`${query.slice(0, 80)}: ${body.message ?? JSON.stringify(body)}`);
    return { rows: body.rows };
  };
  /** EXPLAIN goes to the DDL endpoint (the DML one refuses it), with the parameters inlined. */
  const explain = (q: { sql: string; params: ReadonlyArray<string | number> }) => {
    let i = 0;
    const text = q.sql.replace(/\?/g, () => {
      const v = q.params[i++]!;
      return typeof v === 'number' ? String(v) : `'${v.replace(/'/g, "''")}'`;
    });
    return exec(`EXPLAIN ${text}`, [], 'ddl');
  };
  let t = performance.now();
  await seedSlaFacts(exec, TOTAL);
  await exec('ANALYZE TABLE itr_kpi_fact, itr_fact_ola, itr_sla_month', [], 'ddl');
  console.log(
    `Seeded ${TOTAL.toLocaleString('en')} SLA and OLA facts each in ${((performance.now() - t) / 1000).toFixed(1)} s`,
  );
  const rows: string[][] = [];
  for (const q of slaGadgetQueries()) {
    await exec(q.sql, q.params);
    let best = Number.POSITIVE_INFINITY;
    let answered = 0;
    for (let i = 0; i < 3; i++) {
      t = performance.now();
      answered = (await exec(q.sql, q.params)).rows.length;
      best = Math.min(best, performance.now() - t);
    }
    const plan = (await explain(q)).rows[0]!;
    rows.push([
      q.name,
      `${best.toFixed(0)} ms`,
      String(answered),
      String(plan['key']),
      String(plan['rows']),
      String(plan['Extra']),
    ]);
  }
  printTable(['query', 'time', 'rows', 'index', 'rows read (EXPLAIN)', 'extra'], rows);
  console.log(`\n${slaGadgetQueries()[0]!.sql}`);
  await host.stop();
  await db.drop();
}

void main().then(
  () => process.exit(0),
  (e: unknown) => {
    console.error(e);
    process.exit(1);
  },
);
