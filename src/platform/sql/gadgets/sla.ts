// The SLA gadget's reads. Its figures come from the monthly rollup (itr_sla_month): one row per project,
// month and split value, so a dashboard of every project reads groups, not facts. With a saved filter
// (as many as SLA_FILTER_CAP issues) they come from the facts themselves: one GROUP BY over a covering
// index (project, month, [goal,] split, met, issue_key). Rows come per project; the app sums the projects
// of a month and split value. A cell's breached issues are read only when the viewer follows its drill-down,
// from the same covering index.

import { z } from 'zod';
import type { SlaMeasure, SlaSplit } from '../../../contract/gadgets/sla';
import { SLA_DRILL_CAP } from '../../../contract/gadgets/sla';
import type { RollupSplit } from '../sla-month';
import { rows } from '../store';

const num = z.coerce.number();
const groupRow = z.object({
  month: z.string(),
  split: z.string().nullable(),
  met: num,
  breached: num,
});
export type SlaGroupRow = z.infer<typeof groupRow>;

const SPLIT_COLUMN: Record<SlaSplit, string> = {
  serviceType: 'service_type',
  customer: 'customer',
  tier: 'tier',
  project: 'project',
};
/** The index each split's GROUP BY walks in order (kpi-schema.ts, v008): by project, any of them. */
const SPLIT_INDEX: Record<SlaSplit, string> = {
  serviceType: 'service_type',
  customer: 'customer',
  tier: 'tier',
  project: 'service_type',
};

export interface SlaQuery {
  readonly measure: SlaMeasure;
  readonly split: SlaSplit;
  readonly projects: readonly string[];
  readonly from: string;
  readonly to: string;
  /** The measured goal ('sla'). */
  readonly goal: string;
  /** Only these issues (a saved filter's), when given. */
  readonly issueIds?: readonly number[];
}

const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

/** The rollup's split column for a split (by project: the service type rows, summed per project). */
const ROLLUP_SPLIT: Record<SlaSplit, RollupSplit> = {
  serviceType: 'service_type',
  customer: 'customer',
  tier: 'tier',
  project: 'service_type',
};

/** The statement and its parameters (the bench prints and EXPLAINs the same): from the rollup, or, with
 * issue ids, from the facts. */
export function slaGroupSql(q: SlaQuery): { sql: string; params: Array<string | number> } {
  if (q.issueIds) return slaFactGroupSql(q);
  const byProject = q.split === 'project';
  return {
    sql: `SELECT month, ${byProject ? 'project' : "NULLIF(value, '')"} AS split, SUM(met) AS met, SUM(breached) AS breached
     FROM itr_sla_month WHERE measure = ? AND goal = ? AND split = ? AND project IN (${marks(q.projects.length)})
       AND month BETWEEN ? AND ?
     GROUP BY project, month${byProject ? '' : ', value'}`,
    params: [q.measure, q.measure === 'sla' ? q.goal : '', ROLLUP_SPLIT[q.split], ...q.projects, q.from, q.to],
  };
}

/** The same groups read from the facts (of the query's issues, when it names them): what the rollup saves
 * reading (the bench compares them). */
export function slaFactGroupSql(q: SlaQuery): { sql: string; params: Array<string | number> } {
  const col = SPLIT_COLUMN[q.split];
  const table = q.measure === 'sla' ? 'itr_kpi_fact' : 'itr_fact_ola';
  const where = [`project IN (${marks(q.projects.length)})`, 'month BETWEEN ? AND ?'];
  const params: Array<string | number> = [...q.projects, q.from, q.to];
  if (q.measure === 'sla') {
    where.push('goal = ?');
    params.push(q.goal);
  }
  if (q.issueIds) {
    where.push(`issue_id IN (${marks(q.issueIds.length)})`);
    params.push(...q.issueIds);
  }
  return {
    sql: `SELECT month, ${col} AS split, SUM(met) AS met, SUM(1 - met) AS breached
     FROM ${table} FORCE INDEX (${table}_by_${SPLIT_INDEX[q.split]}) WHERE ${where.join(' AND ')}
     GROUP BY project, month${q.split === 'project' ? '' : `, ${col}`}`,
    params,
  };
}

export async function slaGroups(q: SlaQuery): Promise<SlaGroupRow[]> {
  if (q.projects.length === 0 || q.issueIds?.length === 0) return [];
  const { sql, params } = slaGroupSql(q);
  return rows(groupRow, sql, ...params);
}

/** One cell of the gadget: its month and which split values it holds. */
export interface SlaCell {
  readonly month: string;
  /** A value (null: facts without one), or every value but these (the "other" cell). */
  readonly values: { readonly only: string | null } | { readonly except: ReadonlyArray<string | null> };
}

/** The statement listing a cell's breached issues' keys (distinct, in key order, at most SLA_DRILL_CAP),
 * read from the split's covering index. */
export function slaBreachedSql(q: SlaQuery, cell: SlaCell): { sql: string; params: Array<string | number> } {
  const col = SPLIT_COLUMN[q.split];
  const table = q.measure === 'sla' ? 'itr_kpi_fact' : 'itr_fact_ola';
  const where = [`project IN (${marks(q.projects.length)})`, 'month = ?'];
  const params: Array<string | number> = [...q.projects, cell.month];
  if (q.measure === 'sla') {
    where.push('goal = ?');
    params.push(q.goal);
  }
  if ('only' in cell.values) {
    if (cell.values.only === null) where.push(`${col} IS NULL`);
    else {
      where.push(`${col} = ?`);
      params.push(cell.values.only);
    }
  } else {
    const named = cell.values.except.filter((v): v is string => v !== null);
    const noneExcepted = cell.values.except.includes(null);
    const notNamed = named.length === 0 ? null : `${col} NOT IN (${marks(named.length)})`;
    params.push(...named);
    if (noneExcepted) where.push(`${col} IS NOT NULL`, ...(notNamed ? [notNamed] : []));
    else if (notNamed) where.push(`(${col} IS NULL OR ${notNamed})`);
  }
  where.push('met = 0');
  if (q.issueIds) {
    where.push(`issue_id IN (${marks(q.issueIds.length)})`);
    params.push(...q.issueIds);
  }
  return {
    sql: `SELECT DISTINCT issue_key FROM ${table} FORCE INDEX (${table}_by_${SPLIT_INDEX[q.split]})
     WHERE ${where.join(' AND ')} ORDER BY issue_key LIMIT ${SLA_DRILL_CAP}`,
    params,
  };
}

const keyRow = z.object({ issue_key: z.string() });

export async function slaBreachedKeys(q: SlaQuery, cell: SlaCell): Promise<string[]> {
  if (q.projects.length === 0 || q.issueIds?.length === 0) return [];
  const { sql, params } = slaBreachedSql(q, cell);
  return (await rows(keyRow, sql, ...params)).map((r) => r.issue_key);
}
