// Opening a project-page call: what the caller may do with the project's relationship records, asked of
// Jira as the caller (browsing the project lets them read; administering it lets them change), and — for
// a caller who may read — the schema in place.

import { myProjectPermissions } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';
import { ensureSchema } from '../platform/sql/schema';

export interface ProjectRights {
  readonly read: boolean;
  readonly change: boolean;
}

export async function openProject(projectKey: string): Promise<ProjectRights> {
  const p = await myProjectPermissions(new JiraClient({ as: 'user' }), projectKey, [
    'BROWSE_PROJECTS',
    'ADMINISTER_PROJECTS',
  ]);
  const read = p['BROWSE_PROJECTS'] === true;
  if (read) await ensureSchema();
  return { read, change: read && p['ADMINISTER_PROJECTS'] === true };
}
