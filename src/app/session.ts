// What every use case starts with: the schema in place, the configuration in force, the site facts.

import { JiraClient } from '../platform/jira/client';
import { ensureSchema } from '../platform/sql/schema';
import { latest, loadConfigs } from './config';
import type { Session } from './evaluate-issues';
import { appAccountId, fieldNames } from './site-facts';

export async function openSession(now = Date.now()): Promise<Session> {
  await ensureSchema();
  const jira = new JiraClient({ as: 'app' });
  const configs = await loadConfigs();
  const names = await fieldNames(jira, latest(configs).doc, now);
  return { jira, now, configs, names, appAccount: await appAccountId(jira) };
}
