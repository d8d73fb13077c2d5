// Whether the user who invoked this resolver is a Jira administrator, asked of Jira as that user.

import { myGlobalPermission } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';

export async function isJiraAdmin(): Promise<boolean> {
  return myGlobalPermission(new JiraClient({ as: 'user' }), 'ADMINISTER');
}
