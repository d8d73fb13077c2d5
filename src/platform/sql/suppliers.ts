// The supplier work's own SQL: the project's supplier settings, the issue states a supplier audit reads,
// and the third parties whose review falls due.

import { sql, type UpdateQueryResponse } from '@forge/sql';
import { z } from 'zod';

const settingsRow = z.object({ margin_pct: z.coerce.number(), weights: z.string() });

/** The project's stored settings (weights as stored JSON), or null before an administrator saves any. */
export async function supplierSettingsRow(projectId: string): Promise<z.infer<typeof settingsRow> | null> {
  const r = await sql
    .prepare<unknown>('SELECT margin_pct, weights FROM itr_supplier_settings WHERE project_id = ?')
    .bindParams(projectId)
    .execute();
  return z.array(settingsRow).parse(r.rows)[0] ?? null;
}

export async function upsertSupplierSettings(
  projectId: string,
  marginPct: number,
  weightsJson: string,
  at: number,
  by: string,
): Promise<void> {
  await sql
    .prepare<UpdateQueryResponse>(
      `INSERT INTO itr_supplier_settings (project_id, margin_pct, weights, updated_at, updated_by) VALUES (?, ?, ?, ?, ?)
       ON DUPLICATE KEY UPDATE margin_pct = VALUES(margin_pct), weights = VALUES(weights),
         updated_at = VALUES(updated_at), updated_by = VALUES(updated_by)`,
    )
    .bindParams(projectId, marginPct, weightsJson, at, by)
    .execute();
}

const stateRow = z.object({ state: z.string() });

/** The stored states of a project's issues created in [from, to) (by project key, as itr_issue keeps it). */
export async function issueStatesCreatedIn(projectKey: string, from: number, to: number): Promise<string[]> {
  const r = await sql
    .prepare<unknown>(
      'SELECT state FROM itr_issue WHERE project = ? AND created_at >= ? AND created_at < ? AND state IS NOT NULL',
    )
    .bindParams(projectKey, from, to)
    .execute();
  return z
    .array(stateRow)
    .parse(r.rows)
    .map((x) => x.state);
}

const dueRow = z.object({
  project_id: z.string(),
  id: z.string(),
  name: z.string(),
  kind: z.string(),
  next_review: z.string(),
});
export type DueReview = z.infer<typeof dueRow>;

/** Third parties of every project whose next review is on or before `day` and not yet reminded of. */
export async function thirdPartiesDue(day: string): Promise<DueReview[]> {
  const r = await sql
    .prepare<unknown>(
      `SELECT project_id, id, name, kind, next_review FROM itr_third_party
       WHERE next_review <= ? AND (reminded_for IS NULL OR reminded_for <> next_review) ORDER BY next_review, id`,
    )
    .bindParams(day)
    .execute();
  return z.array(dueRow).parse(r.rows);
}

/** Notes that the reminder for the review due on `day` exists. */
export async function setReminded(projectId: string, id: string, day: string): Promise<void> {
  await sql
    .prepare<UpdateQueryResponse>('UPDATE itr_third_party SET reminded_for = ? WHERE project_id = ? AND id = ?')
    .bindParams(day, projectId, id)
    .execute();
}

/** Moves a third party's next review. */
export async function setNextReview(projectId: string, id: string, day: string, at: number, by: string): Promise<void> {
  await sql
    .prepare<UpdateQueryResponse>(
      'UPDATE itr_third_party SET next_review = ?, updated_at = ?, updated_by = ? WHERE project_id = ? AND id = ?',
    )
    .bindParams(day, at, by, projectId, id)
    .execute();
}

const countRow = z.object({ n: z.coerce.number() });

/** How many rows of `table` (one of the supplier's own record tables) name the supplier. */
export async function rowsNamingSupplier(
  table: 'itr_underpinning' | 'itr_supplier_audit' | 'itr_dispute',
  projectId: string,
  supplierId: string,
): Promise<number> {
  const r = await sql
    .prepare<unknown>(`SELECT COUNT(*) AS n FROM ${table} WHERE project_id = ? AND supplier_id = ?`)
    .bindParams(projectId, supplierId)
    .execute();
  return z.array(countRow).parse(r.rows)[0]?.n ?? 0;
}
