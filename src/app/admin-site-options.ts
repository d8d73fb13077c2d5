// What the admin page's pickers offer: the site's projects, statuses with Jira's categories, custom
// fields, link types and groups, read as the app (what the app can see is what it will work with).

import type { SiteOptions } from '../contract/admin';
import * as api from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';
import { categoryOfKey } from './jira-snapshot';

const byName = <T extends { readonly name: string }>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => a.name.localeCompare(b.name));

export async function siteOptions(): Promise<SiteOptions> {
  const jira = new JiraClient({ as: 'app' });
  const [projects, statuses, fields, linkTypes, groups] = await Promise.all([
    api.allProjects(jira),
    api.statuses(jira),
    api.fields(jira),
    api.issueLinkTypes(jira),
    api.allGroups(jira),
  ]);
  // A status name can exist once per team-managed project: the pickers offer each name once.
  const seen = new Set<string>();
  const named = statuses.filter((st) => !seen.has(st.name) && seen.add(st.name));
  return {
    projects: [...projects].sort((a, b) => a.key.localeCompare(b.key)).map(({ id, key, name }) => ({ id, key, name })),
    statuses: byName(named).map((st) => ({
      id: st.id,
      name: st.name,
      category: categoryOfKey(st.statusCategory?.key),
    })),
    fields: byName(fields.filter((f) => f.custom === true)).map(({ id, name }) => ({ id, name })),
    linkTypes: byName(linkTypes).map(({ id, name }) => ({ id, name })),
    groups: byName(groups).map(({ groupId, name }) => ({ groupId, name })),
  };
}
