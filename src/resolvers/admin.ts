// The admin page's resolver: start a recalculation under the configuration in force, and read its progress.
// Only Jira administrators may start one.

import Resolver from '@forge/resolver';
import { z } from 'zod';
import { recalculationProgress, startRecalculation } from '../app/recalculate';
import { isJiraAdmin } from '../app/admin-permission';

const context = z.looseObject({ accountId: z.string().min(1) });
const progressPayload = z.strictObject({ jobId: z.uuid().optional() });

const resolver = new Resolver();
resolver.define('admin.recalculate', async ({ context: c }) => {
  const { accountId } = context.parse(c);
  if (!(await isJiraAdmin(accountId))) return { ok: false, error: { code: 'forbidden', message: 'Only Jira administrators can recalculate every open issue.' } };
  return { ok: true, data: await startRecalculation() };
});
resolver.define('admin.recalculationProgress', async ({ payload }) => {
  const p = progressPayload.parse(payload);
  return { ok: true, data: await recalculationProgress(p.jobId) };
});

export const adminResolver = resolver.getDefinitions();
