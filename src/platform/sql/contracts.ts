// Contracts whose renewal reminder may be due, with their customer's name and account manager, across
// every project (the daily trigger runs for the whole site); and the mark that a reminder was raised.

import { sql, type UpdateQueryResponse } from '@forge/sql';
import { z } from 'zod';

const dueRow = z.object({
  project_id: z.string(),
  id: z.string(),
  title: z.string(),
  ends: z.string(),
  remind_days: z.coerce.number(),
  reminded_at: z.coerce.number().nullable(),
  customer_name: z.string().nullable(),
  account_manager: z.string().nullable(),
});
export type RenewalRow = z.infer<typeof dueRow>;

/** Contracts not yet ended on `today` ('YYYY-MM-DD'); the caller picks those inside their reminder window. */
export async function contractsEndingFrom(today: string): Promise<RenewalRow[]> {
  const r = await sql
    .prepare<unknown>(
      `SELECT k.project_id, k.id, k.title, k.ends, k.remind_days, k.reminded_at,
              c.name AS customer_name, c.account_manager
         FROM itr_contract k LEFT JOIN itr_customer c ON c.project_id = k.project_id AND c.id = k.customer_id
        WHERE k.ends >= ? ORDER BY k.ends, k.project_id, k.id`,
    )
    .bindParams(today)
    .execute();
  return z.array(dueRow).parse(r.rows);
}

export async function markReminded(projectId: string, id: string, at: number): Promise<void> {
  await sql
    .prepare<UpdateQueryResponse>('UPDATE itr_contract SET reminded_at = ? WHERE project_id = ? AND id = ?')
    .bindParams(at, projectId, id)
    .execute();
}
