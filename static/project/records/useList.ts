// One page of a record list from the resolver, asked again when the query or `version` changes.
import { useEffect, useState } from 'react';
import type { ListPage, ListQuery } from '@contract/project';
import type { PanelResult } from '@contract/panel';
import { call } from '../../shared/forge';

export function useList<T>(functionKey: string, query: ListQuery, version: number): PanelResult<ListPage<T>> | null {
  const [result, setResult] = useState<PanelResult<ListPage<T>> | null>(null);
  const key = JSON.stringify(query);
  useEffect(() => {
    let live = true;
    setResult(null);
    void call<ListPage<T>>(functionKey, JSON.parse(key) as Record<string, unknown>).then((r) => live && setResult(r));
    return () => {
      live = false;
    };
  }, [functionKey, key, version]);
  return result;
}

/** Every row the list holds (a page of 1,000 a call), for the CSV; stops at `max`. */
export async function allRows(
  functionKey: string,
  query: ListQuery,
  pageSize: number,
  max: number,
): Promise<PanelResult<{ rows: unknown[]; cut: boolean }>> {
  const rows: unknown[] = [];
  for (let page = 0; ; page++) {
    const r = await call<ListPage<unknown>>(functionKey, { ...query, page, pageSize });
    if (!r.ok) return r;
    rows.push(...r.data.items);
    if (rows.length >= max) return { ok: true, data: { rows: rows.slice(0, max), cut: true } };
    if ((page + 1) * pageSize >= r.data.total) return { ok: true, data: { rows, cut: false } };
  }
}
