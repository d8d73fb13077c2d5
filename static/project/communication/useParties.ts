// The project's parties of one kind for the form's picker (names by id): customers, suppliers or third
// parties, read when the kind is chosen. A kind whose list cannot be read yields none.
import { useEffect, useState } from 'react';
import type { ListPage } from '@contract/project';
import type { PartyKind } from '@contract/records/contact';
import { call } from '../../shared/forge';

export interface PartyOption {
  readonly id: string;
  readonly name: string;
}

export function useParties(kind: PartyKind): readonly PartyOption[] {
  const [options, setOptions] = useState<readonly PartyOption[]>([]);
  useEffect(() => {
    let live = true;
    void call<ListPage<PartyOption>>(`${kind}.list`, { pageSize: 1000 }).then(
      (r) => live && setOptions(r.ok ? r.data.items.map((c) => ({ id: c.id, name: c.name })) : []),
    );
    return () => {
      live = false;
    };
  }, [kind]);
  return options;
}
