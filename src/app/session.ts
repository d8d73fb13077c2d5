// What every use case starts with: the schema in place, the configuration in force, and — only when that
// configuration has a scope — the site facts. An inactive app makes no call to Jira at all.

import type { ConfigHistory } from '../domain/config/compile';
import type { StatusCategory } from '../domain/issue';
import { JiraClient } from '../platform/jira/client';
import { ensureSchema } from '../platform/sql/schema';
import { latest, loadConfigs } from './config';
import type { FieldNames } from './jira-snapshot';
import { isActive } from './scope';
import { appAccountId, fieldNames, statusCategories } from './site-facts';

export interface Session {
  readonly jira: JiraClient;
  readonly now: number;
  readonly configs: ConfigHistory;
  readonly names: FieldNames;
  readonly appAccount: string;
  /** Jira's category of each status, by id; refreshed when an issue names a status not in it. */
  statusCategory: ReadonlyMap<string, StatusCategory>;
}

/** The session, or null when no configuration with a scope is active (the app does nothing then). */
export async function openSession(now = Date.now()): Promise<Session | null> {
  await ensureSchema();
  const configs = await loadConfigs();
  const doc = latest(configs).doc;
  if (!isActive(doc)) return null;
  const jira = new JiraClient({ as: 'app' });
  return {
    jira,
    now,
    configs,
    names: await fieldNames(jira, doc, now),
    appAccount: await appAccountId(jira),
    statusCategory: await statusCategories(jira, now),
  };
}
