// The draft configuration every admin section edits: loaded from the version in force, changed in the
// browser, checked against the site and activated as a new version by the admin resolver.
import { ADMIN, type AdminConfigView, type SetupFinding } from '@contract/admin';
import type { PanelResult } from '@contract/panel';
import { useCallback, useEffect, useState } from 'react';
import { call } from '../shared/forge';

/** The configuration document as JSON (the domain's ConfigInput once valid). */
export type ConfigDraft = Record<string, unknown>;

export interface Draft {
  readonly loaded: PanelResult<AdminConfigView> | null;
  readonly doc: ConfigDraft | null;
  readonly dirty: boolean;
  /** Replaces the document (sections pass a copy with their part changed). */
  readonly setDoc: (doc: ConfigDraft) => void;
  /** What the last check or activation found, by JSON path. */
  readonly findings: readonly SetupFinding[];
  readonly setFindings: (findings: readonly SetupFinding[]) => void;
  readonly reload: () => void;
}

export function useDraft(): Draft {
  const [loaded, setLoaded] = useState<PanelResult<AdminConfigView> | null>(null);
  const [doc, setDocState] = useState<ConfigDraft | null>(null);
  const [dirty, setDirty] = useState(false);
  const [findings, setFindings] = useState<readonly SetupFinding[]>([]);
  const reload = useCallback(() => {
    void call<AdminConfigView>(ADMIN.getConfig).then((r) => {
      setLoaded(r);
      if (r.ok) setDocState(r.data.active.doc as ConfigDraft);
      setDirty(false);
    });
  }, []);
  useEffect(reload, [reload]);
  const setDoc = useCallback((next: ConfigDraft) => {
    setDocState(next);
    setDirty(true);
  }, []);
  return { loaded, doc, dirty, setDoc, findings, setFindings, reload };
}
