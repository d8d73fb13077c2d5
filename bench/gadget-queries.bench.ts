// The gadgets' queries over a year's worth of a large site: MariaDB (the sandbox's, through @forge/sql and
// the local Forge host, as the app runs them) seeded with 1,000,000 KPI fact rows (itr_kpi_fact,
// itr_fact_ola, itr_fact_issue), 100,000 issues and 100,000 worklogs spread over 20 projects, 24 months,
// 50 customers, 6 service types and 4 tiers. For every query in bench/gadget-queries.ts: the median of 5
// timed runs, the rows MariaDB examined (ANALYZE), the index EXPLAIN shows, the answer's bytes against
// Forge SQL's 16 MiB, and the peer: the same query kept off that index. Budget: < 200 ms each.
// BENCH_GADGET_SCALE=0.1 seeds a tenth (a quick look).

import { sql } from '@forge/sql';
import { SITE_SEED } from '../sandbox/demo/site-seed';
import { ForgeHost } from '../sandbox/forge/host';
import { Site } from '../sandbox/jira/site';
import { sqlFetchHandler } from '../sandbox/sql/forge-fetch-sql';
import { startSql, type SqlDatabase } from '../sandbox/sql/mariadb';
import * as handlers from '../src/index';
import { ensureSchema } from '../src/platform/sql/schema';
import { BENCH_DATA, GADGET_QUERIES, type GadgetQuery, type Param } from './gadget-queries';
import { buildSlaRollup } from './sla-gadget-queries';
import { printTable } from './support/measure';
import { runBench } from './support/run';

const SCALE = Number(process.env.BENCH_GADGET_SCALE ?? 1);
const COUNTS = {
  itr_issue: 100_000,
  itr_kpi_fact: 400_000,
  itr_fact_ola: 350_000,
  itr_fact_issue: 250_000,
  itr_worklog: 100_000,
} as const;
const BUDGET_MS = 200;
const FORGE_SQL_RESULT_LIMIT = 16 * 1024 * 1024;
const RUNS = 5;
/** Rows one INSERT … SELECT writes (the sandbox, as Forge, stops a write after 10 s: with the fact tables'
 * covering indexes of the SLA gadget, 50,000 rows took longer on a loaded machine). */
const SEED_CHUNK = 10_000;
const FIRST_MONTH_MS = Date.parse('2024-12-01T00:00:00+08:00');
const MONTH_MS = 2_629_800_000;

const fmt = (n: number) => Math.round(n).toLocaleString('en');
const list = (xs: readonly string[]) => xs.map((x) => `'${x}'`).join(', ');

// Column values over MariaDB's sequence table (`seq`, 1 up): each dimension from its own stride, so
// projects and months are spread evenly (by digits of seq), the rest independently of them and of each
// other (a salted CRC32 of seq per dimension).
/** A pseudo-random 0 … n-1 of `seq`, its own for each salt. */
const H = (salt: string, n: number) => `(CRC32(CONCAT('${salt}', seq)) % ${n})`;
const MI = `((seq DIV ${BENCH_DATA.projects.length}) % ${BENCH_DATA.months.length})`;
const E = {
  project: `ELT(1 + seq % ${BENCH_DATA.projects.length}, ${list(BENCH_DATA.projects)})`,
  month: `ELT(1 + ${MI}, ${list(BENCH_DATA.months)})`,
  inMonth: `(${FIRST_MONTH_MS} + ${MI} * ${MONTH_MS} + ((seq * 7919) % 2592000) * 1000)`,
  customer: `IF(${H('nc', 10)} = 9, NULL, ELT(1 + ${H('c', BENCH_DATA.customers.length)}, ${list(BENCH_DATA.customers)}))`,
  serviceType: `ELT(1 + ${H('s', BENCH_DATA.serviceTypes.length)}, ${list(BENCH_DATA.serviceTypes)})`,
  tier: `ELT(1 + ${H('t', BENCH_DATA.tiers.length)}, ${list(BENCH_DATA.tiers)})`,
  met: `IF(${H('m', 100)} < 85, 1, 0)`,
  grade: `ELT(1 + ${H('g', 4)}, 'P1', 'P2', 'P3', 'P4')`,
  person: `ELT(1 + ${H('p', BENCH_DATA.people.length)}, ${list(BENCH_DATA.people)})`,
};
const COMMON: Readonly<Record<string, string>> = {
  issue_id: 'seq',
  issue_key: `CONCAT(${E.project}, '-', seq)`,
  project: E.project,
  month: E.month,
  customer: E.customer,
  service_type: E.serviceType,
  grade: E.grade,
  met: E.met,
  tier: E.tier,
  supplier: `IF(${H('t', BENCH_DATA.tiers.length)} = 3, CONCAT('S', 1 + ${H('sp', 8)}), NULL)`,
  service: "ELT(1 + seq % 5, 'erp', 'email', 'network', 'printer', 'business-app')",
  cycle_start: `(${E.inMonth} - 3600000 * (1 + seq % 48))`,
  cycle_stop: E.inMonth,
  target_ms: '(3600000 * (4 + (seq * 5) % 44))',
  elapsed_ms: '(60000 * ((seq * 37) % 3000))',
  config_version: '1',
};
const TABLES: Readonly<Record<keyof typeof COUNTS, Readonly<Record<string, string>>>> = {
  itr_issue: {
    open_flag: 'IF(seq % 10 = 0, 1, 0)',
    breach_at: `IF(seq % 10 = 0, ${BENCH_DATA.now} + ((seq * 7919) % 1209600) * 1000 - 259200000, NULL)`,
    in_scope: '1',
    jira_updated: `(${BENCH_DATA.now} - ((seq * 7919) % 31536000) * 1000)`,
    created_at: `(${BENCH_DATA.now} - ((seq * 7919) % 31536000) * 1000 - 86400000)`,
    // A state as the app stores it is a few KB of JSON: At risk reads it for each row it answers.
    snapshot: `CONCAT('{"pad":"', REPEAT('s', 2000), '"}')`,
    state: `CONCAT('{"goals":{},"pad":"', REPEAT('x', 1500), '"}')`,
  },
  itr_kpi_fact: { goal: "ELT(1 + seq % 2, 'response', 'resolution')" },
  itr_fact_ola: {},
  itr_fact_issue: {},
  itr_worklog: {
    worklog_id: 'seq',
    issue_id: '(1 + (seq * 7) % 25000)',
    author: E.person,
    started: E.inMonth,
    seconds: '(900 * (1 + (seq * 5) % 16))',
    updated: `(${E.inMonth} + 3600000)`,
  },
};

interface Column {
  readonly name: string;
  readonly type: string;
  readonly nullable: boolean;
  readonly hasDefault: boolean;
  readonly length: number | null;
}

async function columns(db: SqlDatabase, table: string): Promise<Column[]> {
  const r = await db.execute(
    {
      query: `SELECT COLUMN_NAME AS name, DATA_TYPE AS type, IS_NULLABLE AS nullable, COLUMN_DEFAULT AS def,
              CHARACTER_MAXIMUM_LENGTH AS len FROM information_schema.COLUMNS
              WHERE TABLE_SCHEMA = DATABASE() AND TABLE_NAME = ? ORDER BY ORDINAL_POSITION`,
      params: [table],
    },
    'dml',
  );
  return (r.body as { rows: Array<Record<string, unknown>> }).rows.map((c) => ({
    name: String(c['name']),
    type: String(c['type']),
    nullable: c['nullable'] === 'YES',
    hasDefault: c['def'] !== null,
    length: c['len'] === null ? null : Number(c['len']),
  }));
}

/** The value a column the harness does not know gets: its default, NULL, or one by its type. */
function fallback(c: Column): string | null {
  if (c.hasDefault || c.nullable) return null;
  if (/int|decimal|double|float/.test(c.type)) return 'seq % 1000';
  if (/char/.test(c.type)) return `LEFT(CONCAT('v', seq % 50), ${c.length ?? 16})`;
  return "''";
}

async function exec(db: SqlDatabase, query: string, params: readonly Param[] = [], kind: 'dml' | 'ddl' = 'dml') {
  const r = await db.execute({ query, params: [...params] }, kind);
  if (r.status !== 200) throw new Error(`${query.slice(0, 120)}…: ${JSON.stringify(r.body)}`);
  return (r.body as { rows: unknown }).rows;
}

async function seedTable(db: SqlDatabase, table: keyof typeof COUNTS, count: number): Promise<void> {
  const cols = (await columns(db, table)).flatMap((c) => {
    const expr = TABLES[table][c.name] ?? COMMON[c.name] ?? fallback(c);
    return expr === null ? [] : [[c.name, expr] as const];
  });
  for (let from = 1; from <= count; from += SEED_CHUNK) {
    const to = Math.min(count, from + SEED_CHUNK - 1);
    await exec(
      db,
      `INSERT INTO ${table} (${cols.map(([n]) => n).join(', ')}) SELECT ${cols.map(([, e]) => e).join(', ')} FROM seq_${from}_to_${to}`,
    );
  }
}

async function seedRows(db: SqlDatabase, seed: NonNullable<GadgetQuery['seed']>): Promise<void> {
  const n = Math.round(seed.rows * SCALE);
  for (let from = 0; from < n; from += 1000) {
    const batch = Array.from({ length: Math.min(1000, n - from) }, (_, k) => seed.row(from + k));
    const names = Object.keys(batch[0]!);
    await exec(
      db,
      `INSERT INTO ${seed.table} (${names.join(', ')}) VALUES ${batch.map(() => `(${names.map(() => '?').join(', ')})`).join(', ')}`,
      batch.flatMap((r) => names.map((k) => r[k] ?? null)) as Param[],
    );
  }
}

/** Rows examined and the indexes used, from MariaDB's ANALYZE FORMAT=JSON (every table access). */
function analyzed(plan: unknown): {
  examined: number;
  keys: Array<{ table: string; key: string | null; access: string }>;
} {
  let examined = 0;
  const keys: Array<{ table: string; key: string | null; access: string }> = [];
  const walk = (n: unknown): void => {
    if (Array.isArray(n)) {
      n.forEach(walk);
      return;
    }
    if (typeof n !== 'object' || n === null) return;
    const o = n as Record<string, unknown>;
    if (typeof o['table_name'] === 'string' && o['access_type'] !== undefined) {
      examined += Number(o['r_rows'] ?? 0) * Number(o['r_loops'] ?? 1);
      keys.push({
        table: o['table_name'],
        key: typeof o['key'] === 'string' ? o['key'] : null,
        access:
          (typeof o['access_type'] === 'string' ? o['access_type'] : JSON.stringify(o['access_type'])) +
          (o['using_index'] === true ? ', index only' : ''),
      });
    }
    Object.values(o).forEach(walk);
  };
  walk(plan);
  return { examined: Math.round(examined), keys };
}

async function explain(db: SqlDatabase, query: string, params: readonly Param[]) {
  const rows = (await exec(db, `ANALYZE FORMAT=JSON ${query}`, params, 'ddl')) as Array<Record<string, string>>;
  return analyzed(JSON.parse(Object.values(rows[0]!)[0]!));
}

/** Median time of RUNS runs through @forge/sql (after one warm-up), and the answer's JSON bytes. */
async function time(query: string, params: readonly Param[]): Promise<{ ms: number; bytes: number; rows: number }> {
  const run = () =>
    sql
      .prepare<unknown>(query)
      .bindParams(...params)
      .execute();
  const first = await run();
  const times: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await run();
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return {
    ms: times[Math.floor(RUNS / 2)]!,
    bytes: Buffer.byteLength(JSON.stringify(first.rows)),
    rows: Array.isArray(first.rows) ? first.rows.length : 0,
  };
}

/** The same query kept off an index: IGNORE INDEX after the table (and its alias) that EXPLAIN names. */
function offIndex(query: string, tableOrAlias: string, key: string): string {
  const re =
    /\b(FROM|JOIN)\s+(\w+)(\s+(?:AS\s+)?(?!(?:WHERE|JOIN|INNER|LEFT|RIGHT|CROSS|STRAIGHT_JOIN|GROUP|ORDER|LIMIT|ON|USING)\b)(\w+))?/gi;
  return query.replace(
    re,
    (m: string, _kw: string, table: string, _as: string | undefined, alias: string | undefined) =>
      table === tableOrAlias || alias === tableOrAlias ? `${m} IGNORE INDEX (\`${key}\`)` : m,
  );
}

async function main(): Promise<void> {
  const db = await (await startSql()).database('gadgets');
  const site = new Site(SITE_SEED, () => Date.now());
  const host = await new ForgeHost({ site, sql: sqlFetchHandler(db), handlers, now: BENCH_DATA.now }).start();
  try {
    await ensureSchema();
    const t = performance.now();
    const counts = Object.entries(COUNTS).map(([table, n]) => [table, Math.round(n * SCALE)] as const);
    for (const [table, n] of counts) await seedTable(db, table as keyof typeof COUNTS, n);
    for (const q of GADGET_QUERIES) if (q.seed) await seedRows(db, q.seed);
    // The SLA gadget's monthly rollup, from the seeded facts by the app's own refresh statement.
    await buildSlaRollup(
      (query, params, kind) => exec(db, query, params ?? [], kind),
      BENCH_DATA.projects,
      BENCH_DATA.months,
    );
    const tables = [
      ...new Set([
        ...counts.map(([table]) => table),
        ...GADGET_QUERIES.flatMap((q) => q.seed?.table ?? []),
        'itr_sla_month',
      ]),
    ];
    for (const table of tables) await exec(db, `ANALYZE TABLE ${table}`, [], 'ddl');
    const facts = counts.filter(([table]) => /fact/.test(table)).reduce((a, [, n]) => a + n, 0);
    console.log(
      `Gadget queries: seeded ${counts.map(([table, n]) => `${table} ${fmt(n)}`).join(', ')} (${fmt(facts)} fact rows) in ${((performance.now() - t) / 1000).toFixed(1)} s`,
    );

    const rows: string[][] = [];
    let over = 0;
    for (const q of GADGET_QUERIES) {
      const mine = await time(q.sql, q.params);
      const plan = await explain(db, q.sql, q.params);
      const indexed = plan.keys.find((k) => k.key !== null);
      const peer =
        q.peer ??
        (indexed
          ? {
              name: `without ${indexed.key}`,
              sql: offIndex(q.sql, indexed.table, indexed.key!),
              params: q.params,
            }
          : null);
      const peerTime = peer ? await time(peer.sql, peer.params) : null;
      const peerPlan = peer ? await explain(db, peer.sql, peer.params) : null;
      if (mine.ms >= BUDGET_MS || mine.bytes >= FORGE_SQL_RESULT_LIMIT) over++;
      rows.push([
        q.name,
        `${mine.ms.toFixed(1)} ms`,
        fmt(plan.examined),
        plan.keys.map((k) => `${k.table}: ${k.key ?? 'none'} (${k.access})`).join('; '),
        `${fmt(mine.rows)} rows, ${fmt(mine.bytes)} B = ${((mine.bytes / FORGE_SQL_RESULT_LIMIT) * 100).toFixed(3)} %`,
        peer && peerTime && peerPlan
          ? `${peer.name} (${peerPlan.keys.map((k) => `${k.key ?? 'none'}, ${k.access}`).join('; ')}): ${peerTime.ms.toFixed(1)} ms, ${fmt(peerPlan.examined)} rows examined, ${(peerTime.ms / mine.ms).toFixed(1)}× the time`
          : 'no index to compare (already a scan)',
        mine.ms < BUDGET_MS ? 'yes' : 'NO',
      ]);
    }
    printTable(
      [
        'query',
        'median of 5',
        'rows examined',
        'index (EXPLAIN)',
        'answer vs 16 MiB',
        'peer (same query off the index)',
        `< ${BUDGET_MS} ms`,
      ],
      rows,
    );
    if (over > 0) process.exitCode = 1;
  } finally {
    await host.stop();
    await db.drop();
  }
}

runBench(main);
