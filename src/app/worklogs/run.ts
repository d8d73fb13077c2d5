// The scheduled worklog sync: nothing while no configuration with a scope is active; otherwise the scope's
// project keys (one Jira call) and the service's zone, then the incremental sync.

import { projectsWith } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { ensureSchema } from '../../platform/sql/schema';
import { latest, loadConfigs } from '../config';
import { isActive } from '../scope';
import { zoneOf } from '../service-zone';
import { syncWorklogs, type WorklogSyncReport } from './sync';

export type WorklogRunReport = WorklogSyncReport | { readonly active: false };

export async function runWorklogSync(now = Date.now()): Promise<WorklogRunReport> {
  await ensureSchema();
  const doc = latest(await loadConfigs()).doc;
  if (!isActive(doc)) return { active: false };
  const jira = new JiraClient({ as: 'app' });
  const ids = doc.scope.projects;
  const numeric = ids.filter((p) => /^\d+$/.test(p));
  // The scope names projects by id (a key is taken as it is); a project Jira no longer shows has no key.
  const keys = [
    ...(numeric.length > 0 ? await projectsWith(jira, 'id', numeric) : []).map((p) => p.key),
    ...ids.filter((p) => !/^\d+$/.test(p)),
  ];
  return syncWorklogs(jira, { ids, keys }, zoneOf(doc), now);
}
