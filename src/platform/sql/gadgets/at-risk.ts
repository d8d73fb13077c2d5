// The open in-scope issues of some projects whose most urgent goal breaches soonest, on the
// (open_flag, breach_at) index: a range read in breach order that stops at the limit.

import { z } from 'zod';
import { rows } from '../store';

const num = z.coerce.number();
const atRiskRow = z.object({
  issue_id: num,
  issue_key: z.string(),
  project: z.string(),
  breach_at: num,
  state: z.string(),
});
export type AtRiskRow = z.infer<typeof atRiskRow>;

export const AT_RISK_SQL = (projects: number) =>
  `SELECT issue_id, issue_key, project, breach_at, state FROM itr_issue
   WHERE open_flag = 1 AND breach_at >= ? AND in_scope = 1 AND project IN (${Array(projects).fill('?').join(',')})
   ORDER BY breach_at LIMIT ?`;

/** Issues breaching at or after `from` (0: the breached ones too), soonest first. */
export async function breachingNext(projects: readonly string[], from: number, limit: number): Promise<AtRiskRow[]> {
  if (projects.length === 0) return [];
  return rows(atRiskRow, AT_RISK_SQL(projects.length), from, ...projects, limit);
}
