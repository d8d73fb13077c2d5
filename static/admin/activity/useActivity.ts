// One page of the activity log (admin.activity), fetched again when the page or the filter changes.
import { ADMIN, type ActivityPage } from '@contract/admin';
import type { PanelResult } from '@contract/panel';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../../shared/forge';

export function useActivity(page: number, refusedOnly: boolean) {
  const [result, setResult] = useState<PanelResult<ActivityPage> | null>(null);
  const [tick, setTick] = useState(0);
  useEffect(() => {
    let live = true;
    setResult(null);
    void call<ActivityPage>(ADMIN.activity, { page, refusedOnly }).then((r) => {
      if (live) setResult(r);
    });
    return () => {
      live = false;
    };
  }, [page, refusedOnly, tick]);
  const refresh = useCallback(() => setTick((n) => n + 1), []);
  return { result, refresh };
}
