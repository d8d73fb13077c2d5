// One intent (escalate, override, survey): its request id is kept until it succeeds, so a double click or
// a retry acts once; the outcome says what happened, at the payload field the resolver named if any.
import type { PanelView } from '@contract/panel';
import { useState } from 'react';
import { call } from '../shared/forge';

/** What every action form is given: whether the viewer may act, what to do after, the parties named. */
export interface ActionProps {
  readonly canEdit: boolean;
  readonly onDone: () => void;
  readonly parties: PanelView['parties'];
}

export type Outcome = { readonly ok: boolean; readonly message: string; readonly path?: string } | null;

export function useAction(functionKey: string, onDone: () => void) {
  const [requestId, setRequestId] = useState(() => crypto.randomUUID());
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<Outcome>(null);
  const run = async (payload: Record<string, unknown>, doneMessage: string) => {
    if (busy) return;
    setBusy(true);
    const r = await call<unknown>(functionKey, { requestId, ...payload });
    setBusy(false);
    setOutcome(
      r.ok
        ? { ok: true, message: doneMessage }
        : { ok: false, message: r.error.message, ...(r.error.path ? { path: r.error.path } : {}) },
    );
    if (r.ok) {
      setRequestId(crypto.randomUUID());
      onDone();
    }
  };
  return { busy, outcome, run };
}
