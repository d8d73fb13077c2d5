// The rows of a list the Finance tab picks from (the project's budgets, contracts, suppliers), read again
// when `version` changes.
import { useEffect, useState } from 'react';
import type { ListPage } from '@contract/project';
import type { Budget } from '@contract/records/budget';
import type { Changed } from '@contract/records/changed';
import { call } from '../../shared/forge';

interface Options {
  'budget.list': Budget & Changed;
  'contract.list': { readonly id: string; readonly title: string };
  'supplier.list': { readonly id: string; readonly name: string };
}

const SORT: { readonly [K in keyof Options]: string } = {
  'budget.list': 'starts',
  'contract.list': 'title',
  'supplier.list': 'name',
};

export function useOptions<K extends keyof Options>(listKey: K, version = 0): ReadonlyArray<Options[K]> {
  const [options, setOptions] = useState<ReadonlyArray<Options[K]>>([]);
  useEffect(() => {
    void call<ListPage<Options[K]>>(listKey, { pageSize: 1000, sort: { by: SORT[listKey], dir: 'asc' } }).then(
      (r) => r.ok && setOptions(r.data.items),
    );
  }, [listKey, version]);
  return options;
}
