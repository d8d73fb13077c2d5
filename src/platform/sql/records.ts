// The relationship records' SQL, one statement per call: a record is written whole in one upsert (a
// retried save writes the same row; a refused one writes nothing), read a page at a time with its total,
// and deleted by id. Table and column names come from the app's record kinds, never from a payload.

import { sql, type UpdateQueryResponse } from '@forge/sql';
import { z } from 'zod';

export type Param = string | number | null;

export interface PageSpec {
  readonly projectId: string;
  readonly equal: ReadonlyArray<readonly [column: string, value: Param]>;
  /** Text columns searched (case-insensitive substring) for the term; '' searches nothing. */
  readonly search: { readonly columns: readonly string[]; readonly term: string };
  readonly order: ReadonlyArray<readonly [column: string, dir: 'asc' | 'desc']>;
  readonly limit: number;
  readonly offset: number;
}

const count = z.object({ n: z.coerce.number() });

function where(spec: PageSpec): { clause: string; params: Param[] } {
  const parts = ['project_id = ?', ...spec.equal.map(([c]) => `${c} = ?`)];
  const params: Param[] = [spec.projectId, ...spec.equal.map(([, v]) => v)];
  if (spec.search.term && spec.search.columns.length) {
    const like = `%${spec.search.term.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    parts.push(`(${spec.search.columns.map((c) => `LOWER(${c}) LIKE ?`).join(' OR ')})`);
    params.push(...spec.search.columns.map(() => like));
  }
  return { clause: parts.join(' AND '), params };
}

/** One page of a table's rows in a project, and how many rows match in all. */
export async function pageRows<T>(
  table: string,
  row: z.ZodType<T>,
  spec: PageSpec,
): Promise<{ readonly rows: T[]; readonly total: number }> {
  const w = where(spec);
  const order = [...spec.order, ['id', 'asc'] as const].map(([c, d]) => `${c} ${d === 'desc' ? 'DESC' : 'ASC'}`);
  const found = await sql
    .prepare<unknown>(`SELECT * FROM ${table} WHERE ${w.clause} ORDER BY ${order.join(', ')} LIMIT ? OFFSET ?`)
    .bindParams(...w.params, spec.limit, spec.offset)
    .execute();
  const rows = z.array(row).parse(found.rows);
  if (spec.offset === 0 && rows.length < spec.limit) return { rows, total: rows.length };
  const n = await sql
    .prepare<unknown>(`SELECT COUNT(*) AS n FROM ${table} WHERE ${w.clause}`)
    .bindParams(...w.params)
    .execute();
  return { rows, total: z.array(count).parse(n.rows)[0]?.n ?? 0 };
}

/** A row by id, or null. */
export async function rowById<T>(table: string, row: z.ZodType<T>, projectId: string, id: string): Promise<T | null> {
  const r = await sql
    .prepare<unknown>(`SELECT * FROM ${table} WHERE project_id = ? AND id = ?`)
    .bindParams(projectId, id)
    .execute();
  return z.array(row).parse(r.rows)[0] ?? null;
}

/** Rows of a project whose `column` is one of `values` (a form's references checked in one read). */
export async function rowsWhereIn<T>(
  table: string,
  row: z.ZodType<T>,
  projectId: string,
  column: string,
  values: readonly Param[],
): Promise<T[]> {
  if (values.length === 0) return [];
  const r = await sql
    .prepare<unknown>(
      `SELECT * FROM ${table} WHERE project_id = ? AND ${column} IN (${values.map(() => '?').join(',')})`,
    )
    .bindParams(projectId, ...values)
    .execute();
  return z.array(row).parse(r.rows);
}

/** Writes a whole row (project_id and id are its key): inserted, or replaced column by column. */
export async function upsertRow(
  table: string,
  projectId: string,
  id: string,
  values: Readonly<Record<string, Param>>,
): Promise<void> {
  const cols = Object.keys(values);
  await sql
    .prepare<UpdateQueryResponse>(
      `INSERT INTO ${table} (project_id, id, ${cols.join(', ')}) VALUES (?, ?, ${cols.map(() => '?').join(', ')})
       ON DUPLICATE KEY UPDATE ${cols.map((c) => `${c} = VALUES(${c})`).join(', ')}`,
    )
    .bindParams(projectId, id, ...cols.map((c) => values[c] ?? null))
    .execute();
}

/** Deletes a row; whether there was one. */
export async function deleteRow(table: string, projectId: string, id: string): Promise<boolean> {
  const r = await sql
    .prepare<UpdateQueryResponse>(`DELETE FROM ${table} WHERE project_id = ? AND id = ?`)
    .bindParams(projectId, id)
    .execute();
  return r.rows.affectedRows > 0;
}
