// The project's suppliers by id (names for the UC check), read again when `version` moves.
import { useEffect, useState } from 'react';
import type { ListPage } from '@contract/project';
import type { Supplier } from '@contract/records/supplier';
import { call } from '../../shared/forge';

export function useSupplierNames(version: number): ReadonlyMap<string, string> {
  const [names, setNames] = useState<ReadonlyMap<string, string>>(new Map());
  useEffect(() => {
    let live = true;
    void call<ListPage<Supplier>>('supplier.list', { pageSize: 1000 }).then(
      (r) => live && r.ok && setNames(new Map(r.data.items.map((s) => [s.id, s.name]))),
    );
    return () => {
      live = false;
    };
  }, [version]);
  return names;
}
