// Bytes the app stores, summed from the rows (column lengths plus a fixed allowance per row for numbers
// and row headers): per open and per closed issue (snapshot, state, actions, app events) and per pruned
// issue (its KPI facts). Indexes and page fill roughly double it on disk (PAGE_FACTOR).

import type { SqlDatabase } from '../../sandbox/sql/mariadb';

export const PAGE_FACTOR = 2;

async function one(db: SqlDatabase, query: string, ...params: unknown[]): Promise<{ n: number; b: number }> {
  const r = (await db.execute({ query, params }, 'dml')).body as { rows: Array<{ n: unknown; b: unknown }> };
  return { n: Number(r.rows[0]?.n ?? 0), b: Number(r.rows[0]?.b ?? 0) };
}

/** Mean bytes per issue stored in full, open (1) or closed (0). */
export async function bytesPerIssue(db: SqlDatabase, open: 0 | 1): Promise<{ issues: number; bytes: number }> {
  const issue = await one(
    db,
    `SELECT COUNT(*) AS n, SUM(LENGTH(snapshot) + COALESCE(LENGTH(state), 0) + LENGTH(issue_key) + LENGTH(project)
       + COALESCE(LENGTH(service), 0) + COALESCE(LENGTH(components), 0) + 100) AS b FROM itr_issue WHERE open_flag = ?`,
    open,
  );
  const actions = await one(
    db,
    `SELECT COUNT(*) AS n, SUM(LENGTH(a.action_key) + COALESCE(LENGTH(a.detail), 0) + 40) AS b
     FROM itr_action a JOIN itr_issue i ON i.issue_id = a.issue_id WHERE i.open_flag = ?`,
    open,
  );
  const events = await one(
    db,
    `SELECT COUNT(*) AS n, SUM(LENGTH(e.event_id) + LENGTH(e.body) + 40) AS b
     FROM itr_app_event e JOIN itr_issue i ON i.issue_id = e.issue_id WHERE i.open_flag = ?`,
    open,
  );
  return { issues: issue.n, bytes: issue.n === 0 ? 0 : (issue.b + actions.b + events.b) / issue.n };
}

/** Mean bytes of KPI facts per pruned issue. */
export async function factBytesPerIssue(db: SqlDatabase): Promise<{ issues: number; facts: number; bytes: number }> {
  const r = await one(
    db,
    `SELECT COUNT(DISTINCT issue_id) AS n, SUM(LENGTH(goal) + LENGTH(issue_key) + LENGTH(project) + COALESCE(LENGTH(service), 0)
       + LENGTH(service_type) + LENGTH(grade) + COALESCE(LENGTH(customer), 0) + 70) AS b FROM itr_kpi_fact`,
  );
  const facts = await one(db, 'SELECT COUNT(*) AS n, 0 AS b FROM itr_kpi_fact');
  return { issues: r.n, facts: facts.n, bytes: r.n === 0 ? 0 : r.b / r.n };
}
