// The SLA gadget's queries: the entries bench/gadget-queries.ts registers for `npm run bench`, and this
// gadget's own bench (bench/sla-gadget.bench.ts): 1,000,000 SLA facts and 1,000,000 OLA facts over ten
// projects and 24 months (seeded in SQL from a sequence, not row by row), every split and measure, with
// the statements the gadget runs (the same text src/platform/sql/gadgets/sla.ts builds): the figures from the
// monthly rollup (itr_sla_month, built from the seeded facts by the writer's own refresh statement), each
// compared with the same groups read from the facts, and one cell's drill-down from the facts.

import { SLA_SPLITS, type SlaMeasure, type SlaSplit } from '../src/contract/gadgets/sla';
import { slaBreachedSql, slaFactGroupSql, slaGroupSql, type SlaQuery } from '../src/platform/sql/gadgets/sla';
import { ROLLUP_SPLITS, slaMonthRefreshSql } from '../src/platform/sql/sla-month';
import { KPI_MIGRATIONS } from '../src/platform/sql/kpi-schema';
import type { GadgetQuery } from './gadget-queries';

export type Exec = (query: string, params?: ReadonlyArray<string | number>, kind?: 'dml' | 'ddl') => Promise<unknown>;

/** The gadget's indexes (kpi-schema.ts, v008): built once after the rows, as a bulk load would. */
const GADGET_INDEXES = KPI_MIGRATIONS.filter(
  ([name, ddl]) => name.startsWith('v008_') && ddl.startsWith('CREATE INDEX'),
);

export const SLA_BENCH = {
  projects: Array.from({ length: 10 }, (_, i) => `P${i}`),
  /** 2025-01 … 2026-12 */
  months: Array.from({ length: 24 }, (_, i) => `${2025 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`),
  serviceTypes: [
    'hardwareFault',
    'periodicMaintenance',
    'softwareFault',
    'softwareOperation',
    'nonTechnical',
    'newRequirement',
  ],
  tiers: ['L1', 'L2', 'L3', 'supplier'],
  customers: 40,
};

/** `total` facts in each of itr_kpi_fact (goal 'resolution') and itr_fact_ola, spread evenly over the
 * projects and months; about one in eight breached. MariaDB's SEQUENCE engine numbers the rows. */
export async function seedSlaFacts(exec: Exec, total = 1_000_000): Promise<void> {
  const b = SLA_BENCH;
  const pick = (list: readonly string[], expr: string) =>
    `ELT(1 + (${expr}) % ${list.length}, ${list.map((v) => `'${v}'`).join(', ')})`;
  const cols = {
    project: pick(b.projects, 'seq'),
    month: pick(b.months, 'FLOOR(seq / 10)'),
    serviceType: pick(b.serviceTypes, 'FLOOR(seq / 7)'),
    tier: pick(b.tiers, 'FLOOR(seq / 3)'),
    customer: `CONCAT('c-', FLOOR(seq / 11) % ${b.customers})`,
    met: '(seq % 8 <> 0)',
  };
  for (const [, ddl] of GADGET_INDEXES) {
    const [, index, table] = /INDEX IF NOT EXISTS (\S+) ON (\S+)/.exec(ddl)!;
    await exec(`DROP INDEX IF EXISTS ${index} ON ${table}`, [], 'ddl');
  }
  for (let from = 0; from < total; from += 50_000) {
    const seq = `seq_${from}_to_${Math.min(total, from + 50_000) - 1}`;
    await exec(
      `INSERT IGNORE INTO itr_kpi_fact (issue_id, goal, cycle_start, issue_key, project, month, service, service_type,
         grade, customer, tier, supplier, cycle_stop, target_ms, elapsed_ms, met, config_version)
       SELECT seq, 'resolution', seq, CONCAT(${cols.project}, '-', seq), ${cols.project}, ${cols.month}, NULL,
         ${cols.serviceType}, 'P3', ${cols.customer}, ${cols.tier}, NULL, seq, 81000000,
         IF(${cols.met}, 3600000, 90000000), ${cols.met}, 1 FROM ${seq}`,
    );
    await exec(
      `INSERT IGNORE INTO itr_fact_ola (issue_id, tier, cycle_start, issue_key, project, month, customer, service_type,
         supplier, cycle_stop, target_ms, elapsed_ms, met)
       SELECT seq, ${cols.tier}, seq, CONCAT(${cols.project}, '-', seq), ${cols.project}, ${cols.month}, ${cols.customer},
         ${cols.serviceType}, NULL, seq, 7200000, IF(${cols.met}, 3600000, 9000000), ${cols.met} FROM ${seq}`,
    );
  }
  for (const [, ddl] of GADGET_INDEXES) await exec(ddl, [], 'ddl');
  await buildSlaRollup(exec, b.projects, b.months);
}

/** (project, month) pairs one refresh statement of the bench rolls up: about 40,000 facts a statement at
 * 1,000,000 facts over 240 pairs, well inside the sandbox's (and Forge SQL's) 10 s. */
const REFRESH_PAIRS = 10;

/** Builds the rollup from the seeded facts with the writer's refresh statement, every (project, month). */
export async function buildSlaRollup(
  exec: Exec,
  projects: readonly string[],
  months: readonly string[],
): Promise<void> {
  const pairs = projects.flatMap((project) => months.map((month) => [project, month] as const));
  for (let i = 0; i < pairs.length; i += REFRESH_PAIRS) {
    const batch = pairs.slice(i, i + REFRESH_PAIRS);
    const params = ROLLUP_SPLITS.flatMap(() => batch.flat());
    for (const measure of ['sla', 'ola'] as const) await exec(slaMonthRefreshSql(measure, batch.length), params);
  }
}

/** One of the gadget's statements in the shared gadget bench's shape (bench/gadget-queries.ts): the figures
 * from the rollup, with the same groups read from the facts (their covering index) as its peer. */
export function slaGadgetQuery(
  measure: SlaMeasure,
  split: SlaSplit,
  projects: readonly string[],
  months: readonly string[],
): GadgetQuery & { readonly peer: GadgetQuery } {
  const q: SlaQuery = { measure, split, projects, from: months[0]!, to: months.at(-1)!, goal: 'resolution' };
  const { sql, params } = slaGroupSql(q);
  const facts = slaFactGroupSql(q);
  const name = `sla: ${measure === 'sla' ? 'closure' : 'OLA on-time'} rate by month and ${split}, ${projects.length} projects × ${months.length} months`;
  return { name, sql, params, peer: { name: `${name}, from the facts`, ...facts } };
}

/** One cell's drill-down (its breached issues' keys, at most 100), read from the facts' covering index. */
export function slaDrillQuery(
  measure: SlaMeasure,
  split: SlaSplit,
  value: string,
  projects: readonly string[],
  month: string,
): GadgetQuery {
  const q: SlaQuery = { measure, split, projects, from: month, to: month, goal: 'resolution' };
  const { sql, params } = slaBreachedSql(q, { month, values: { only: value } });
  const table = measure === 'sla' ? 'itr_kpi_fact' : 'itr_fact_ola';
  const off = `IGNORE INDEX (${ROLLUP_SPLITS.map((c) => `${table}_by_${c}`).join(', ')})`;
  const name = `sla.breached: one cell's breached keys (${split} ${value}, ${month}), ${projects.length} projects`;
  return {
    name,
    sql,
    params,
    peer: { name: `${name}, off the gadget's indexes`, sql: sql.replace(/FORCE INDEX \([^)]*\)/, off), params },
  };
}

/** The gadget's statements: one project and all ten, over the last 12 months, every split, both measures. */
export function slaGadgetQueries(): GadgetQuery[] {
  const out: GadgetQuery[] = [];
  const b = SLA_BENCH;
  const window = { from: b.months[12]!, to: b.months[23]! };
  const cases: Array<[string, readonly string[]]> = [
    ['1 project', [b.projects[0]!]],
    ['10 projects', b.projects],
  ];
  for (const measure of ['sla', 'ola'] as SlaMeasure[])
    for (const split of SLA_SPLITS as readonly SlaSplit[])
      for (const [label, projects] of cases) {
        const q: SlaQuery = { measure, split, projects, ...window, goal: 'resolution' };
        out.push({ name: `sla.data ${measure} by ${split}, ${label}, 12 months (rollup)`, ...slaGroupSql(q) });
        out.push({ name: `sla.data ${measure} by ${split}, ${label}, 12 months (facts)`, ...slaFactGroupSql(q) });
      }
  for (const [label, projects] of cases)
    out.push({
      name: `sla.breached sla, service type ${b.serviceTypes[0]!}, ${label}, ${b.months[23]!}`,
      ...slaBreachedSql(
        { measure: 'sla', split: 'serviceType', projects, ...window, goal: 'resolution' },
        { month: b.months[23]!, values: { only: b.serviceTypes[0]! } },
      ),
    });
  return out;
}
