// The monthly service reports' SQL: a project's report settings, the reports made, and the rows a report's
// figures are computed from (issues, KPI facts, problems, surveys, complaints and praise), one statement per
// call, every row checked with zod.

import { z } from 'zod';
import type { Param } from './records';
import { rows, write } from './store';

const num = z.coerce.number();
const marks = (n: number) => Array.from({ length: n }, () => '?').join(',');

// Settings.

export const settingsRow = z.object({
  project_id: z.string(),
  project_key: z.string(),
  enabled: num,
  target_project: z.string(),
  issue_type: z.string(),
  recipient: z.string().nullable(),
});
export type SettingsRow = z.infer<typeof settingsRow>;

export async function reportSettings(projectId: string): Promise<SettingsRow | null> {
  return (await rows(settingsRow, 'SELECT * FROM itr_report_settings WHERE project_id = ?', projectId))[0] ?? null;
}

export async function enabledReportSettings(): Promise<SettingsRow[]> {
  return rows(settingsRow, 'SELECT * FROM itr_report_settings WHERE enabled = 1 ORDER BY project_id');
}

export async function saveReportSettings(s: SettingsRow, at: number, by: string): Promise<void> {
  await write(
    `INSERT INTO itr_report_settings (project_id, project_key, enabled, target_project, issue_type, recipient, updated_at, updated_by)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)
     ON DUPLICATE KEY UPDATE project_key = VALUES(project_key), enabled = VALUES(enabled),
       target_project = VALUES(target_project), issue_type = VALUES(issue_type), recipient = VALUES(recipient),
       updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)`,
    s.project_id,
    s.project_key,
    s.enabled,
    s.target_project,
    s.issue_type,
    s.recipient,
    at,
    by,
  );
}

// Customers and reports.

export const reportCustomer = z.object({ id: z.string(), name: z.string(), calendar: z.string().nullable() });
export type ReportCustomer = z.infer<typeof reportCustomer>;

export async function projectCustomers(projectId: string): Promise<ReportCustomer[]> {
  return rows(
    reportCustomer,
    'SELECT id, name, calendar FROM itr_customer WHERE project_id = ? ORDER BY name, id',
    projectId,
  );
}

export const reportRow = z.object({
  customer_id: z.string(),
  customer_name: z.string().nullable(),
  month: z.string(),
  issue_key: z.string().nullable(),
  due_on: z.string(),
  review_due_on: z.string(),
  figures: z.string(),
  created_at: num,
});
export type ReportRow = z.infer<typeof reportRow>;

const REPORT_SELECT = `SELECT r.customer_id, c.name AS customer_name, r.month, r.issue_key, r.due_on, r.review_due_on,
  r.figures, r.created_at FROM itr_service_report r
  LEFT JOIN itr_customer c ON c.project_id = r.project_id AND c.id = r.customer_id`;

export async function reportOf(projectId: string, customerId: string, month: string): Promise<ReportRow | null> {
  return (
    (
      await rows(
        reportRow,
        `${REPORT_SELECT} WHERE r.project_id = ? AND r.customer_id = ? AND r.month = ?`,
        projectId,
        customerId,
        month,
      )
    )[0] ?? null
  );
}

/** Records a report; one already recorded for the customer and month stays as it is. */
export async function addReport(projectId: string, r: Omit<ReportRow, 'customer_name'>): Promise<boolean> {
  return (
    (await write(
      `INSERT IGNORE INTO itr_service_report (project_id, customer_id, month, issue_key, due_on, review_due_on, figures, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
      projectId,
      r.customer_id,
      r.month,
      r.issue_key,
      r.due_on,
      r.review_due_on,
      r.figures,
      r.created_at,
    )) > 0
  );
}

const REPORT_ORDER = { month: 'r.month', customer: 'c.name', dueOn: 'r.due_on' } as const;

export async function reportPage(
  projectId: string,
  q: {
    readonly search: string;
    readonly sort: { readonly by: keyof typeof REPORT_ORDER; readonly dir: 'asc' | 'desc' };
    readonly limit: number;
    readonly offset: number;
  },
): Promise<{ readonly rows: ReportRow[]; readonly total: number }> {
  const params: Param[] = [projectId];
  let where = 'r.project_id = ?';
  if (q.search) {
    const like = `%${q.search.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    where += ' AND (LOWER(c.name) LIKE ? OR LOWER(r.issue_key) LIKE ? OR r.month LIKE ?)';
    params.push(like, like, like);
  }
  const dir = q.sort.dir === 'desc' ? 'DESC' : 'ASC';
  const found = await rows(
    reportRow,
    `${REPORT_SELECT} WHERE ${where} ORDER BY ${REPORT_ORDER[q.sort.by]} ${dir}, r.month DESC, r.customer_id LIMIT ? OFFSET ?`,
    ...params,
    q.limit,
    q.offset,
  );
  const [n] = await rows(
    z.object({ n: num }),
    `SELECT COUNT(*) AS n FROM itr_service_report r LEFT JOIN itr_customer c ON c.project_id = r.project_id AND c.id = r.customer_id WHERE ${where}`,
    ...params,
  );
  return { rows: found, total: n?.n ?? 0 };
}

// What the figures are computed from.

export const touchedIssue = z.object({
  issue_id: num,
  issue_key: z.string(),
  created_at: num,
  open_flag: num,
  incident: num,
  state: z.string(),
});
export type TouchedIssue = z.infer<typeof touchedIssue>;

/** A page (by issue id, after `afterId`) of a project's (key) evaluated issues whose state names the
 * customer (its record id or its name, any case) that were created before `to` and received or changed
 * since `from`: every issue received in [from, to), and every one whose SLA cycle can have stopped then (a
 * stop is a change). */
export async function customerIssuesOfMonth(
  projectKey: string,
  customer: readonly [id: string, name: string],
  from: number,
  to: number,
  afterId: number,
  limit: number,
): Promise<TouchedIssue[]> {
  return rows(
    touchedIssue,
    `SELECT issue_id, issue_key, created_at, open_flag, incident, state FROM itr_issue
     WHERE project = ? AND state IS NOT NULL AND created_at < ? AND (created_at >= ? OR jira_updated >= ?)
       AND LOWER(TRIM(JSON_UNQUOTE(JSON_EXTRACT(state, '$.customer')))) IN (LOWER(TRIM(?)), LOWER(TRIM(?)))
       AND issue_id > ?
     ORDER BY issue_id LIMIT ?`,
    projectKey,
    to,
    from,
    from,
    ...customer,
    afterId,
    limit,
  );
}

export const factRow = z.object({
  issue_key: z.string(),
  goal: z.string(),
  cycle_start: num,
  cycle_stop: num,
  met: num,
});

/** KPI facts (completed cycles of pruned issues) of a project whose cycle stopped in [from, to), for the
 * customer values given (its record id and its name). */
export async function factsOfMonth(
  projectKey: string,
  customerValues: readonly string[],
  from: number,
  to: number,
): Promise<Array<z.infer<typeof factRow>>> {
  return rows(
    factRow,
    `SELECT issue_key, goal, cycle_start, cycle_stop, met FROM itr_kpi_fact
     WHERE project = ? AND cycle_stop >= ? AND cycle_stop < ? AND customer IN (${marks(customerValues.length)})`,
    projectKey,
    from,
    to,
    ...customerValues,
  );
}

export async function problemsClosed(keys: readonly string[]): Promise<Array<{ key: string; closed: boolean }>> {
  if (keys.length === 0) return [];
  return (
    await rows(
      z.object({ problem_key: z.string(), closed_at: num.nullable() }),
      `SELECT problem_key, closed_at FROM itr_problem WHERE problem_key IN (${marks(keys.length)})`,
      ...keys,
    )
  ).map((r) => ({ key: r.problem_key, closed: r.closed_at !== null }));
}

/** Scores of a customer's surveys answered in [from, to). */
export async function surveyScores(projectId: string, customerId: string, from: number, to: number): Promise<number[]> {
  return (
    await rows(
      z.object({ score: z.coerce.number().int().min(1).max(5) }),
      `SELECT score FROM itr_survey WHERE project_id = ? AND customer_id = ? AND answered_at >= ? AND answered_at < ?
       AND score IS NOT NULL`,
      projectId,
      customerId,
      from,
      to,
    )
  ).map((r) => r.score);
}

/** A customer's complaints and praise received in [from, to). */
export async function feedbackOfMonth(
  projectId: string,
  customerId: string,
  from: number,
  to: number,
): Promise<Array<{ kind: 'complaint' | 'praise'; via: 'customer' | 'user' }>> {
  return rows(
    z.object({ kind: z.enum(['complaint', 'praise']), via: z.enum(['customer', 'user']) }),
    'SELECT kind, via FROM itr_feedback WHERE project_id = ? AND customer_id = ? AND received_at >= ? AND received_at < ?',
    projectId,
    customerId,
    from,
    to,
  );
}
