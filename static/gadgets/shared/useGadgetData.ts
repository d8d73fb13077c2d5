// A gadget's figures: its resolver function called with the saved settings, again whenever Jira refreshes
// the gadget (JIRA_DASHBOARD_GADGET_REFRESH, sent on the refresh interval the settings chose or from the
// gadget's menu: every gadget on the dashboard hears it, so it filters on its own id).
import { events } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';
import { call } from '../../shared/forge';

export type Loaded<T> =
  { readonly state: 'loading' } | { readonly state: 'done'; readonly result: PanelResult<T>; readonly at: number };

export function useGadgetData<T>(fn: string, settings: object, gadgetId: string): [Loaded<T>, () => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const reload = useCallback(() => setRound((r) => r + 1), []);
  useEffect(() => {
    let live = true;
    void call<T>(fn, settings as Record<string, unknown>).then((result) => {
      if (live) setLoaded({ state: 'done', result, at: Date.now() });
    });
    return () => {
      live = false;
    };
  }, [fn, settings, round]);
  useEffect(() => {
    const sub = events.on('JIRA_DASHBOARD_GADGET_REFRESH', (p?: { gadgetId?: string }) => {
      if (!p?.gadgetId || p.gadgetId === gadgetId) reload();
    });
    return () => void sub.then((s) => s.unsubscribe());
  }, [gadgetId, reload]);
  return [loaded, reload];
}
