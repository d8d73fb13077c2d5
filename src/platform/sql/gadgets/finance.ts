// Finance's reads: the worklog seconds of some projects summed in SQL per project, author, month and rate
// segment (MariaDB's and TiDB's INTERVAL(): which change instant a worklog's start falls after), on the
// (project, month, author) index; a contract budget's through the issue facts' customer; recorded costs
// by budget and month; and the finance records of some projects, which are small.

import { z } from 'zod';
import { rows } from '../store';

const num = z.coerce.number();

const labourRow = z.object({ project: z.string(), author: z.string(), month: z.string(), seg: num, seconds: num });
export type LabourRow = z.infer<typeof labourRow>;

const marks = (n: number) => Array(n).fill('?').join(',');
/** 0 before the first boundary, i from the i-th on; with no boundary every sum is segment 0. */
const segment = (boundaries: number) => (boundaries === 0 ? '0' : `INTERVAL(w.started, ${marks(boundaries)})`);

export const LABOUR_SQL = (projects: number, boundaries: number) =>
  `SELECT w.project, w.author, w.month, ${segment(boundaries)} AS seg, SUM(w.seconds) AS seconds
   FROM itr_worklog w
   WHERE w.project IN (${marks(projects)}) AND w.month BETWEEN ? AND ?
   GROUP BY w.project, w.author, w.month, seg`;

export const CONTRACT_LABOUR_SQL = (boundaries: number) =>
  `SELECT w.project, w.author, w.month, ${segment(boundaries)} AS seg, SUM(w.seconds) AS seconds
   FROM itr_worklog w JOIN itr_fact_issue f ON f.issue_id = w.issue_id
   WHERE w.project = ? AND w.month BETWEEN ? AND ? AND f.customer = ?
   GROUP BY w.project, w.author, w.month, seg`;

/** Seconds logged in projects (keys) from month `from` to `to`, by project, author, month and segment. */
export async function labourSums(
  projects: readonly string[],
  from: string,
  to: string,
  boundaries: readonly number[],
): Promise<LabourRow[]> {
  if (projects.length === 0) return [];
  return rows(labourRow, LABOUR_SQL(projects.length, boundaries.length), ...boundaries, ...projects, from, to);
}

/** The same for the issues of one customer of a project (a contract's budget). */
export async function customerLabourSums(
  project: string,
  customerId: string,
  from: string,
  to: string,
  boundaries: readonly number[],
): Promise<LabourRow[]> {
  return rows(labourRow, CONTRACT_LABOUR_SQL(boundaries.length), ...boundaries, project, from, to, customerId);
}

const costRow = z.object({ budget_id: z.string(), month: z.string(), cents: num });
export type CostMonthRow = z.infer<typeof costRow>;

export const COSTS_SQL = (projects: number) =>
  `SELECT budget_id, LEFT(spent_on, 7) AS month, SUM(amount_cents) AS cents FROM itr_fin_cost
   WHERE project_id IN (${marks(projects)}) GROUP BY budget_id, month`;

/** Recorded costs of projects (ids) by budget and month. */
export async function costsByMonth(projectIds: readonly string[]): Promise<CostMonthRow[]> {
  if (projectIds.length === 0) return [];
  return rows(costRow, COSTS_SQL(projectIds.length), ...projectIds);
}

/** Every row of a finance table in some projects (ids): rates, roles, budgets and settlements are few. */
export async function financeRows<T>(
  table: 'itr_fin_rate' | 'itr_fin_role' | 'itr_fin_budget' | 'itr_fin_settlement',
  row: z.ZodType<T>,
  projectIds: readonly string[],
): Promise<T[]> {
  if (projectIds.length === 0) return [];
  return rows(row, `SELECT * FROM ${table} WHERE project_id IN (${marks(projectIds.length)})`, ...projectIds);
}
