// The SLA gadget's monthly rollup (itr_sla_month, kpi-schema.ts v009): recomputed from the facts for the
// (project, month) pairs a write touched, with one INSERT … SELECT … GROUP BY per measure that keeps, on a
// key already present, the larger count. Facts are append-only, so a count only grows: a refresh that read
// an older snapshot never lowers one, concurrent refreshes converge, and refreshing again changes nothing.

import { write } from './store';

export type RollupMeasure = 'sla' | 'ola';
/** The fact columns the rollup splits by, as its `split` column names them. */
export const ROLLUP_SPLITS = ['service_type', 'customer', 'tier'] as const;
export type RollupSplit = (typeof ROLLUP_SPLITS)[number];

/** A project key and a 'YYYY-MM' month whose facts changed. */
export interface ProjectMonth {
  readonly project: string;
  readonly month: string;
}

const TABLE: Record<RollupMeasure, string> = { sla: 'itr_kpi_fact', ola: 'itr_fact_ola' };
/** Pairs per statement: each pair is bound once per split. */
const BATCH = 100;

/** The refresh statement of `n` (project, month) pairs: the parameters are the pairs' project and month,
 * in order, repeated once per split. For the SLA measure each goal is rolled up; OLA facts have goal ''. */
export function slaMonthRefreshSql(measure: RollupMeasure, n: number): string {
  const pairs = Array.from({ length: n }, () => '(?, ?)').join(', ');
  const goal = measure === 'sla' ? 'goal' : "''";
  const parts = ROLLUP_SPLITS.map(
    (col) =>
      `SELECT ${goal} AS g, '${col}' AS s, project AS p, month AS m, COALESCE(${col}, '') AS v, SUM(met) AS n_met,
         SUM(1 - met) AS n_breached
       FROM ${TABLE[measure]} FORCE INDEX (${TABLE[measure]}_by_${col})
       WHERE (project, month) IN (${pairs})
       GROUP BY project, month${measure === 'sla' ? ', goal' : ''}, ${col}`,
  );
  return `INSERT INTO itr_sla_month (measure, goal, split, project, month, value, met, breached)
     SELECT '${measure}', g, s, p, m, v, n_met, n_breached FROM (${parts.join(' UNION ALL ')}) AS u
     ON DUPLICATE KEY UPDATE met = GREATEST(met, VALUES(met)), breached = GREATEST(breached, VALUES(breached))`;
}

/** Rolls up again the facts of these (project, month) pairs, of both measures. */
export async function refreshSlaMonths(touched: readonly ProjectMonth[]): Promise<void> {
  const unique = [...new Map(touched.map((t) => [`${t.project} ${t.month}`, t])).values()].sort(
    (a, b) => a.project.localeCompare(b.project) || a.month.localeCompare(b.month),
  );
  for (let i = 0; i < unique.length; i += BATCH) {
    const batch = unique.slice(i, i + BATCH);
    const params = batch.flatMap((t) => [t.project, t.month]);
    const all = ROLLUP_SPLITS.flatMap(() => params);
    for (const measure of ['sla', 'ola'] as const) await write(slaMonthRefreshSql(measure, batch.length), ...all);
  }
}
