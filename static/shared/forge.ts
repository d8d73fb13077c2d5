// Every bridge call the surfaces make, typed: the Forge context, theming, and the resolver's functions.
import { invoke, view } from '@forge/bridge';
import { useEffect, useState } from 'react';
import type { PanelResult } from '@contract/panel';

export interface ForgeContext {
  readonly accountId: string;
  readonly locale: string;
  readonly timezone: string;
}

/** The viewer's context, with Jira's theme applied to this frame first. */
export function useForgeContext(): ForgeContext | null {
  const [context, setContext] = useState<ForgeContext | null>(null);
  useEffect(() => {
    void Promise.all([view.theme.enable(), view.getContext()]).then(([, c]) =>
      setContext({ accountId: c.accountId ?? '', locale: c.locale, timezone: c.timezone }),
    );
  }, []);
  return context;
}

/** Calls a resolver function; a call that throws (network, host) comes back as an error result. */
export async function call<T>(functionKey: string, payload: Record<string, unknown> = {}): Promise<PanelResult<T>> {
  try {
    // Without metadata in the call, the bridge answers the resolver's return value as is.
    return (await invoke<PanelResult<T>>(functionKey, payload)) as PanelResult<T>;
  } catch (e) {
    return { ok: false, error: { code: 'busy', message: e instanceof Error ? e.message : String(e) } };
  }
}
