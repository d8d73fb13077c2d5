// Two saved versions' documents, fetched (admin.version) when the pair changes.
import { ADMIN, type ConfigVersionView } from '@contract/admin';
import { useEffect, useState } from 'react';
import { call } from '../../shared/forge';

export type Pair =
  | { readonly state: 'loading' }
  | { readonly state: 'failed'; readonly message: string }
  | { readonly state: 'ready'; readonly from: ConfigVersionView; readonly to: ConfigVersionView };

export function useVersionPair(from: number | null, to: number | null): Pair | null {
  const [pair, setPair] = useState<Pair | null>(null);
  useEffect(() => {
    if (from === null || to === null) return;
    let live = true;
    setPair({ state: 'loading' });
    void Promise.all([from, to].map((version) => call<ConfigVersionView>(ADMIN.version, { version }))).then(
      ([a, b]) => {
        if (!live || !a || !b) return;
        if (!a.ok) setPair({ state: 'failed', message: a.error.message });
        else if (!b.ok) setPair({ state: 'failed', message: b.error.message });
        else setPair({ state: 'ready', from: a.data, to: b.data });
      },
    );
    return () => {
      live = false;
    };
  }, [from, to]);
  return from === null || to === null ? null : pair;
}
