// Listing, saving and removing records of any kind in a project. A save is checked whole before its one
// upsert, so a refusal writes nothing and a retried save writes the same row.

import type { ListPage } from '../../contract/project';
import type { ListInput } from '../../contract/project-payloads';
import { deleteRow, pageRows, upsertRow } from '../../platform/sql/records';
import type { Changed, ProjectCall, RecordKind, Refusal } from './kind';

export async function listRecords<T extends { readonly id: string }, Row, S extends string, F extends string>(
  kind: RecordKind<T, Row, S, F>,
  call: ProjectCall,
  q: ListInput,
): Promise<ListPage<T & Changed>> {
  const sort = q.sort ?? kind.defaultSort;
  const sortColumn: Readonly<Record<string, string>> = kind.sort;
  const filterColumn: Readonly<Record<string, string>> = kind.filters;
  const page = await pageRows(kind.table, kind.row, {
    projectId: call.project.id,
    equal: Object.entries(q.filter).map(([k, v]) => [filterColumn[k]!, v] as const),
    search: { columns: kind.search, term: q.search },
    order: [[sortColumn[sort.by]!, sort.dir]],
    limit: q.pageSize,
    offset: q.page * q.pageSize,
  });
  return { items: page.rows.map(kind.fromRow), total: page.total, page: q.page, pageSize: q.pageSize };
}

export type SaveOutcome<T> =
  { readonly ok: true; readonly record: T } | { readonly ok: false; readonly refusals: readonly Refusal[] };

export async function saveRecord<T extends { readonly id: string }, Row, S extends string, F extends string>(
  kind: RecordKind<T, Row, S, F>,
  call: ProjectCall,
  record: T,
): Promise<SaveOutcome<T & Changed>> {
  const refusals = (await kind.check?.(record, call)) ?? [];
  if (refusals.length) return { ok: false, refusals };
  await upsertRow(kind.table, call.project.id, record.id, {
    ...kind.toColumns(record),
    updated_at: call.now,
    updated_by: call.accountId,
  });
  await kind.afterWrite?.(call);
  return { ok: true, record: { ...record, updatedAt: call.now, updatedBy: call.accountId } };
}

export async function removeRecord<T extends { readonly id: string }, Row, S extends string, F extends string>(
  kind: RecordKind<T, Row, S, F>,
  call: ProjectCall,
  id: string,
): Promise<
  { readonly ok: true; readonly gone: boolean } | { readonly ok: false; readonly refusals: readonly Refusal[] }
> {
  const refusals = (await kind.removeCheck?.(id, call)) ?? [];
  if (refusals.length) return { ok: false, refusals };
  const gone = await deleteRow(kind.table, call.project.id, id);
  if (gone) await kind.afterWrite?.(call);
  return { ok: true, gone };
}
