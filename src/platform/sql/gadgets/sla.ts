// The SLA gadget's reads: one GROUP BY per measure over the facts of some projects and a month range,
// answered in index order from a covering index (project, month, [goal,] split, met, issue_key), never row
// by row; rows come per project, and the app sums the projects of a month and split value. Each group also
// lists its breached issues' keys (GROUP_CONCAT, cut at the server's group_concat_max_len, 1,024 bytes by
// default, then at SLA_DRILL_CAP keys) for the drill-down link.

import { z } from 'zod';
import type { SlaMeasure, SlaSplit } from '../../../contract/gadgets/sla';
import { SLA_DRILL_CAP } from '../../../contract/gadgets/sla';
import { rows } from '../store';

const num = z.coerce.number();
const groupRow = z.object({
  month: z.string(),
  split: z.string().nullable(),
  met: num,
  breached: num,
  breached_keys: z.string().nullable(),
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

/** The statement and its parameters (the bench prints and EXPLAINs the same). */
export function slaGroupSql(q: SlaQuery): { sql: string; params: Array<string | number> } {
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
    sql: `SELECT month, ${col} AS split, SUM(met) AS met, SUM(1 - met) AS breached,
       SUBSTRING_INDEX(GROUP_CONCAT(CASE WHEN met = 0 THEN issue_key END SEPARATOR ' '), ' ', ${SLA_DRILL_CAP + 1}) AS breached_keys
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

const nameRow = z.object({ id: z.string(), name: z.string() });

/** Customer records' names by id (customer ids are record ids). */
export async function customerNames(ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const found = await rows(nameRow, `SELECT id, name FROM itr_customer WHERE id IN (${marks(ids.length)})`, ...ids);
  return new Map(found.map((r) => [r.id, r.name]));
}
