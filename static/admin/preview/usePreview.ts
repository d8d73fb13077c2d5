// Runs admin.previewConfig on the draft. A draft the resolver finds invalid also becomes the draft's
// findings, so the JSON view shows each problem at its path; a valid one clears such findings.
import { ADMIN, type SetupFinding } from '@contract/admin';
import type { PathMessage, PreviewReport } from '@contract/admin-preview';
import { useState } from 'react';
import { call } from '../../shared/forge';
import type { ConfigDraft, Draft } from '../draft';

export type PreviewState =
  | { readonly phase: 'idle' }
  | { readonly phase: 'running' }
  | { readonly phase: 'done'; readonly report: PreviewReport; readonly of: ConfigDraft }
  | { readonly phase: 'failed'; readonly message: string; readonly issues: readonly PathMessage[] };

export function usePreview(draft: Draft): { readonly state: PreviewState; readonly run: () => void } {
  const [state, setState] = useState<PreviewState>({ phase: 'idle' });
  const run = () => {
    const doc = draft.doc;
    if (!doc) return;
    setState({ phase: 'running' });
    void call<PreviewReport>(ADMIN.previewConfig, { config: doc }).then((r) => {
      if (r.ok) {
        setState({ phase: 'done', report: r.data, of: doc });
        // The draft is valid now: problems of its shape found earlier are gone.
        if (draft.findings.some((f) => f.code === 'invalid'))
          draft.setFindings(draft.findings.filter((f) => f.code !== 'invalid'));
        return;
      }
      const issues = (r.error as { readonly issues?: readonly PathMessage[] }).issues ?? [];
      setState({ phase: 'failed', message: r.error.message, issues });
      if (issues.length > 0)
        draft.setFindings(issues.map((i): SetupFinding => ({ ...i, severity: 'blocking', code: 'invalid' })));
    });
  };
  return { state, run };
}
