// The admin page's resolver: check a draft configuration against the site, activate a new configuration
// version, start a recalculation under the configuration in force, read its progress; the pickers'
// site options, one saved version, the activity log. Only Jira administrators may use it.

import { z } from 'zod';
import { activateConfig } from '../app/activate-config';
import { activityPage } from '../app/admin-activity';
import { adminConfigView } from '../app/admin-config';
import { isJiraAdmin } from '../app/admin-permission';
import { siteOptions } from '../app/admin-site-options';
import { versionView } from '../app/admin-version';
import { recalculationProgress, startRecalculation } from '../app/recalculate';
import { checkSetup } from '../app/setup/check';
import { previewConfig } from '../app/preview';
import { ADMIN, type Activation, type RecalculationProgress } from '../contract/admin';
import {
  activatePayload,
  activityPayload,
  checkSetupPayload,
  previewPayload,
  progressPayload,
  siteOptionsPayload,
  versionPayload,
} from '../contract/admin-payloads';
import { resolverOf } from '../platform/resolver';
import { invalid } from './answers';

const forbidden = (what: string) => ({
  ok: false,
  error: { code: 'forbidden', message: `Only Jira administrators can ${what}.` },
});

const caller = z.looseObject({ accountId: z.string().min(1) });

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
  [ADMIN.activateConfig]: async ({ payload, context }) => {
    const p = activatePayload.safeParse(payload);
    if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
    const who = caller.safeParse(context);
    if (!who.success || !(await isJiraAdmin())) return forbidden('activate a configuration');
    const r = await activateConfig(p.data.config, who.data.accountId);
    if (r.ok)
      return {
        ok: true,
        data: { version: r.version, recalculation: r.recalculation, findings: r.findings } satisfies Activation,
      };
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
    return { ok: true, data: (await recalculationProgress(p.data.jobId)) satisfies RecalculationProgress | null };
  },
  [ADMIN.siteOptions]: async ({ payload }) => {
    const p = siteOptionsPayload.safeParse(payload ?? {});
    if (!p.success) return invalid(p.error);
    if (!(await isJiraAdmin())) return forbidden('read the site’s projects, fields and statuses');
    return { ok: true, data: await siteOptions() };
  },
  [ADMIN.version]: async ({ payload }) => {
    const p = versionPayload.safeParse(payload);
    if (!p.success) return invalid(p.error);
    if (!(await isJiraAdmin())) return forbidden('read a configuration version');
    const v = await versionView(p.data.version);
    return v
      ? { ok: true, data: v }
      : { ok: false, error: { code: 'notFound', message: `There is no version ${p.data.version}.`, path: 'version' } };
  },
  [ADMIN.activity]: async ({ payload }) => {
    const p = activityPayload.safeParse(payload ?? {});
    if (!p.success) return invalid(p.error);
    if (!(await isJiraAdmin())) return forbidden('read the activity log');
    return { ok: true, data: await activityPage(p.data.page, p.data.refusedOnly) };
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
