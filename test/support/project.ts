// Calling the project page's resolver as a person on a project's page, and reading the database beside it.

import { createHash } from 'node:crypto';
import type { Sandbox } from './sandbox';
import { PEOPLE } from './sandbox';

export type Answer =
  { ok: true; data: unknown } | { ok: false; error: { code: string; message: string; path?: string } };

/** One project-page function as `accountId` (default: the service manager) on `projectKey`'s page. */
export async function projectCall(
  sb: Sandbox,
  fn: string,
  payload: unknown,
  accountId: string = PEOPLE.manager,
  projectKey = 'SUP',
): Promise<Answer> {
  const p = sb.site.projects.get(projectKey)!;
  const rec = await sb.host.resolve('projectResolver', 'itr-project', fn, payload, {
    accountId,
    project: { id: p.id, key: p.key, type: p.typeKey },
  });
  if (rec.outcome !== 'ok') throw new Error(`${fn}: ${rec.outcome} ${rec.error ?? ''}`);
  return rec.result as Answer;
}

/** The data, or the test fails with the refusal. */
export async function projectData<T>(sb: Sandbox, fn: string, payload: unknown, accountId?: string): Promise<T> {
  const r = await projectCall(sb, fn, payload, accountId);
  if (!r.ok) throw new Error(`${fn}: ${JSON.stringify(r.error)}`);
  return r.data as T;
}

export async function query<T = Record<string, unknown>>(
  sb: Sandbox,
  sql: string,
  params: unknown[] = [],
): Promise<T[]> {
  const r = await sb.db.execute({ query: sql, params }, 'dml');
  return (r.body as { rows: T[] }).rows;
}

/** Every app table's checksum (its rows, in any order): equal before and after means nothing was written. */
export async function tableChecksums(sb: Sandbox): Promise<Record<string, string>> {
  const tables = await query<{ name: string }>(
    sb,
    "SELECT table_name AS name FROM information_schema.tables WHERE table_schema = DATABASE() AND table_name LIKE 'itr\\_%' ORDER BY table_name",
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    const rows = await query(sb, `SELECT * FROM ${name}`);
    out[name] = createHash('sha1')
      .update(JSON.stringify(rows.map((r) => JSON.stringify(r)).sort()))
      .digest('hex');
  }
  return out;
}
