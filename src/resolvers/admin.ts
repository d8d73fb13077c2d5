// The admin page's resolver: activate a new configuration version, start a recalculation under the
// configuration in force, read its progress. Only Jira administrators may change anything.

import { activateConfig } from '../app/activate-config';
import { isJiraAdmin } from '../app/admin-permission';
import { recalculationProgress, startRecalculation } from '../app/recalculate';
import { activatePayload, ADMIN, progressPayload } from '../contract/admin';
import { resolverOf } from '../platform/resolver';

const forbidden = (what: string) => ({
  ok: false,
  error: { code: 'forbidden', message: `Only Jira administrators can ${what}.` },
});

export const adminResolver = resolverOf({
  [ADMIN.recalculate]: async () => {
    if (!(await isJiraAdmin())) return forbidden('recalculate every open issue');
    return { ok: true, data: await startRecalculation() };
  },
  [ADMIN.activateConfig]: async ({ payload }) => {
    const p = activatePayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
    if (!(await isJiraAdmin())) return forbidden('activate a configuration');
    const r = await activateConfig(p.data.config);
    return r.ok
      ? { ok: true, data: { version: r.version, recalculation: r.recalculation } }
      : {
          ok: false,
          error: { code: r.code, message: r.issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues: r.issues },
        };
  },
  [ADMIN.recalculationProgress]: async ({ payload }) => {
    const p = progressPayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'jobId must be a job id (a UUID).' } };
    if (!(await isJiraAdmin())) return forbidden('follow a recalculation');
    return { ok: true, data: await recalculationProgress(p.data.jobId) };
  },
});
