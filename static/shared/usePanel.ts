// The panel's one round trip on load: the view, or why there is none.
import { useCallback, useEffect, useState } from 'react';
import { PANEL, type PanelResult, type PanelView } from '@contract/panel';
import { call } from './forge';

export function usePanel(): { result: PanelResult<PanelView> | null; reload: () => void } {
  const [result, setResult] = useState<PanelResult<PanelView> | null>(null);
  const reload = useCallback(() => void call<PanelView>(PANEL.get).then(setResult), []);
  useEffect(reload, [reload]);
  return { result, reload };
}
