// The panel's one round trip on load (again when Jira says the issue changed, and when the calendar
// instants it was told run out): the view, or why there is none; and the view's clock, ticking each second.
import { events } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import { PANEL, type PanelResult, type PanelView } from '@contract/panel';
import { call } from './forge';

export interface PanelState {
  readonly result: PanelResult<PanelView> | null;
  readonly reload: () => void;
  /** The server's instant now: the view's `now` plus the time passed in this browser since it came. */
  readonly now: number;
}

export function usePanel(): PanelState {
  const [loaded, setLoaded] = useState<{ result: PanelResult<PanelView>; at: number } | null>(null);
  const [tick, setTick] = useState(() => Date.now());
  const reload = useCallback(
    () => void call<PanelView>(PANEL.get).then((result) => setLoaded({ result, at: Date.now() })),
    [],
  );
  useEffect(() => {
    reload();
    const subscription = events.on('JIRA_ISSUE_CHANGED', reload);
    return () => void subscription.then((s) => s.unsubscribe());
  }, [reload]);

  const view = loaded?.result.ok ? loaded.result.data : null;
  const until = Math.min(...(view?.goals ?? []).map((g) => g.calendar?.until ?? Infinity));
  useEffect(() => {
    if (until === Infinity) return undefined; // no clock counts: nothing to tick
    const timer = setInterval(() => setTick(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [until]);
  const now = view && loaded ? view.now + Math.max(0, tick - loaded.at) : (view?.now ?? 0);
  useEffect(() => {
    if (now >= until) reload(); // past the last instant the calendar was told for: ask again
  }, [now, until, reload]);
  return { result: loaded?.result ?? null, reload, now };
}
