// The admin page's resolver: activate a new configuration version, start a recalculation under the
// configuration in force, read its progress. Only Jira administrators may change anything.

import Resolver from '@forge/resolver';
import { z } from 'zod';
import { recalculationProgress, startRecalculation } from '../app/recalculate';
import { isJiraAdmin } from '../app/admin-permission';
import { activateConfig } from '../app/activate-config';

const context = z.looseObject({ accountId: z.string().min(1) });
const progressPayload = z.strictObject({ jobId: z.uuid().optional() });
const activatePayload = z.strictObject({ config: z.unknown() });
const forbidden = (what: string) => ({ ok: false, error: { code: 'forbidden', message: `Only Jira administrators can ${what}.` } });

const resolver = new Resolver();
resolver.define('admin.recalculate', async ({ context: c }) => {
  const { accountId } = context.parse(c);
  if (!(await isJiraAdmin(accountId))) return forbidden('recalculate every open issue');
  return { ok: true, data: await startRecalculation() };
});
resolver.define('admin.activateConfig', async ({ payload, context: c }) => {
  const { accountId } = context.parse(c);
  const p = activatePayload.safeParse(payload);
  if (!p.success) return { ok: false, error: { code: 'invalid', message: 'Send { config: { … } }.' } };
  if (!(await isJiraAdmin(accountId))) return forbidden('activate a configuration');
  const r = await activateConfig(p.data.config);
  return r.ok ? { ok: true, data: { version: r.version, recalculation: r.recalculation } } : { ok: false, error: { code: r.code, message: r.issues.map((i) => `${i.path}: ${i.message}`).join('; '), issues: r.issues } };
});
resolver.define('admin.recalculationProgress', async ({ payload }) => {
  const p = progressPayload.parse(payload);
  return { ok: true, data: await recalculationProgress(p.jobId) };
});

export const adminResolver = resolver.getDefinitions();
