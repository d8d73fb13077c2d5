// The gadget's own part of Forge's context: its id, whether Jira opened the edit view, and the settings
// last saved through view.submit (absent on a new gadget). Saved settings are merged over the gadget's
// defaults key by key, so a setting added in a later version has its default.
import { view } from '@forge/bridge';
import { useEffect, useState } from 'react';

export interface GadgetContext<S> {
  readonly gadgetId: string;
  readonly editing: boolean;
  /** Whether any settings were saved yet: a new gadget opens its edit view first. */
  readonly configured: boolean;
  readonly settings: S;
}

type Extension = {
  readonly gadget?: { readonly id?: string };
  readonly entryPoint?: string;
  readonly gadgetConfiguration?: Record<string, unknown>;
};

export function useGadgetContext<S extends object>(defaults: S): GadgetContext<S> | null {
  const [c, setC] = useState<GadgetContext<S> | null>(null);
  useEffect(() => {
    void view.getContext().then((full) => {
      const x = full.extension as Extension;
      const saved = x.gadgetConfiguration ?? {};
      const settings = { ...defaults };
      for (const k of Object.keys(defaults) as Array<keyof S & string>)
        if (k in saved && typeof saved[k] === typeof defaults[k]) settings[k] = saved[k] as S[typeof k];
      setC({
        gadgetId: x.gadget?.id ?? '',
        editing: x.entryPoint === 'edit',
        configured: Object.keys(saved).length > 0,
        settings,
      });
    });
  }, [defaults]);
  return c;
}
