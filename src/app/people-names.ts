// Display names for the people a page lists (engineers credited, follow-up owners), asked of Jira as the
// app once per distinct account; null for an account Jira no longer knows.

import { displayName } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';

export async function displayNames(accountIds: Iterable<string | null>): Promise<Map<string, string | null>> {
  const jira = new JiraClient({ as: 'app' });
  const names = new Map<string, string | null>();
  for (const id of new Set(accountIds)) if (id !== null) names.set(id, await displayName(jira, id));
  return names;
}
