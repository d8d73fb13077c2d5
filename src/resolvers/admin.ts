// The admin page's resolver: check a draft configuration against the site, activate a new configuration
// version, start a recalculation under the configuration in force, read its progress. Only Jira
// administrators may use it.

import { activateConfig } from '../app/activate-config';
import { adminConfigView } from '../app/admin-config';
import { isJiraAdmin } from '../app/admin-permission';
import { recalculationProgress, startRecalculation } from '../app/recalculate';
import { checkSetup } from '../app/setup/check';
import { previewConfig } from '../app/preview';
import { ADMIN } from '../contract/admin';
import { activatePayload, checkSetupPayload, previewPayload, progressPayload } from '../contract/admin-payloads';
import { resolverOf } from '../platform/resolver';

const forbidden = (what: string) => ({
  ok: false,
  error: { code: 'forbidden', message: `Only Jira administrators can ${what}.` },
});

const listed = (xs: ReadonlyArray<{ path: string; message: string }>) =>
  xs.map((i) => `${i.path}: ${i.message}`).join('; ');

export const adminResolver = resolverOf({
  [ADMIN.getConfig]: async () => {
    if (!(await isJiraAdmin())) return forbidden('read the configuration');
    return { ok: true, data: await adminConfigView() };
  },
  [ADMIN.recalculate]: async () => {
    if (!(await isJiraAdmin())) return forbidden('recalculate every open issue');
    return { ok: true, data: await startRecalculation() };
  },
  [ADMIN.activateConfig]: async ({ payload }) => {
    const p = activatePayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
    if (!(await isJiraAdmin())) return forbidden('activate a configuration');
    const r = await activateConfig(p.data.config);
    if (r.ok) return { ok: true, data: { version: r.version, recalculation: r.recalculation, findings: r.findings } };
    if (r.code === 'blocked') {
      const blocking = r.findings.filter((f) => f.severity === 'blocking');
      return {
        ok: false,
        error: {
          code: r.code,
          message: `The site does not have what this configuration names: ${listed(blocking)}`,
          findings: r.findings,
        },
      };
    }
    return { ok: false, error: { code: r.code, message: listed(r.issues), issues: r.issues } };
  },
  [ADMIN.checkSetup]: async ({ payload }) => {
    const p = checkSetupPayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
    if (!(await isJiraAdmin())) return forbidden('check a configuration against the site');
    return { ok: true, data: await checkSetup(p.data.config, Date.now()) };
  },
  [ADMIN.recalculationProgress]: async ({ payload }) => {
    const p = progressPayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'jobId must be a job id (a UUID).' } };
    if (!(await isJiraAdmin())) return forbidden('follow a recalculation');
    return { ok: true, data: await recalculationProgress(p.data.jobId) };
  },
  [ADMIN.previewConfig]: async ({ payload }) => {
    const p = previewPayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
    if (!(await isJiraAdmin())) return forbidden('preview a configuration');
    const r = await previewConfig(p.data.config, Date.now());
    if (r.ok) return { ok: true, data: r.report };
    return { ok: false, error: { code: 'invalid', message: listed(r.issues), issues: r.issues } };
  },
});
