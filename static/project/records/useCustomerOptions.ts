// The project's customers for a picker (names by id), read once per tab.
import { useEffect, useState } from 'react';
import type { ListPage } from '@contract/project';
import { call } from '../../shared/forge';

export interface CustomerOption {
  readonly id: string;
  readonly name: string;
}

export function useCustomerOptions(): readonly CustomerOption[] {
  const [options, setOptions] = useState<readonly CustomerOption[]>([]);
  useEffect(() => {
    void call<ListPage<CustomerOption>>('customer.list', { pageSize: 1000, sort: { by: 'name', dir: 'asc' } }).then(
      (r) => r.ok && setOptions(r.data.items.map((c) => ({ id: c.id, name: c.name }))),
    );
  }, []);
  return options;
}
