// Checking the draft against the site (admin.checkSetup): its findings go to the draft, so every section
// shows each one at its field.
import { ADMIN, type SetupCheck, type SetupFinding } from '@contract/admin';
import type { PanelResult } from '@contract/panel';
import { call } from '../../shared/forge';
import type { Draft } from '../draft';

export async function checkDraft(draft: Draft): Promise<PanelResult<SetupCheck>> {
  const r = await call<SetupCheck>(ADMIN.checkSetup, { config: draft.doc ?? {} });
  if (r.ok) draft.setFindings(r.data.findings);
  return r;
}

export const counts = (fs: readonly SetupFinding[]) => ({
  blocking: fs.filter((f) => f.severity === 'blocking').length,
  warnings: fs.filter((f) => f.severity === 'warning').length,
});
