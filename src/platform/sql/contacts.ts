// The communication log's own SQL: contacts with a follow-up still open, across projects, a page at a
// time (the daily reminders walk them by key).

import { sql } from '@forge/sql';
import { z } from 'zod';

const openRow = z.object({
  project_id: z.string(),
  id: z.string(),
  party_kind: z.string(),
  summary: z.string(),
  follow_ups: z.string(),
});
export type OpenFollowUpRow = z.infer<typeof openRow>;

/** Up to `limit` contacts after (projectId, id) whose follow-ups include one not done. */
export async function contactsWithOpenFollowUps(
  after: readonly [projectId: string, id: string] | null,
  limit: number,
): Promise<OpenFollowUpRow[]> {
  const [p, i] = after ?? ['', ''];
  const r = await sql
    .prepare<unknown>(
      `SELECT project_id, id, party_kind, summary, follow_ups FROM itr_contact
       WHERE follow_ups LIKE ? AND (project_id > ? OR (project_id = ? AND id > ?))
       ORDER BY project_id, id LIMIT ${Math.floor(limit)}`,
    )
    .bindParams('%"done":false%', p, p, i)
    .execute();
  return z.array(openRow).parse(r.rows);
}
