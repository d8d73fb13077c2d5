// The panel's one round trip on load (again when Jira says the issue changed): the view, or why there is none.
import { events } from '@forge/bridge';
import { useCallback, useEffect, useState } from 'react';
import { PANEL, type PanelResult, type PanelView } from '@contract/panel';
import { call } from './forge';

export function usePanel(): { result: PanelResult<PanelView> | null; reload: () => void } {
  const [result, setResult] = useState<PanelResult<PanelView> | null>(null);
  const reload = useCallback(() => void call<PanelView>(PANEL.get).then(setResult), []);
  useEffect(() => {
    reload();
    const subscription = events.on('JIRA_ISSUE_CHANGED', reload);
    return () => void subscription.then((s) => s.unsubscribe());
  }, [reload]);
  return { result, reload };
}
