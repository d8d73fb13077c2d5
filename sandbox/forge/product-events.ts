// Jira product events in the shape Forge delivers them to a trigger handler (Forge's Jira events
// reference): `eventType`, the `issue` with a few fields (users as {accountId}), `atlassianId` (who caused
// it), `associatedUsers`, the `changelog` of an update (items with fieldtype and fieldId), the `comment` of
// a comment event, and `context` (cloudId, the trigger's moduleKey).

import { commentJson, projectJson, statusJson } from '../jira/rest-shapes';
import type { Site, SiteEvent } from '../jira/site';

const user = (accountId: string | null) => (accountId === null ? null : { accountId });

export function productEvent(site: Site, e: SiteEvent, context: { cloudId: string; moduleKey: string }) {
  const i = e.issue;
  const project = site.projects.get(i.project);
  const typeId = String(site.issueTypes.indexOf(i.issuetype) + 1);
  const issue = {
    id: String(i.id),
    key: i.key,
    fields: {
      summary: i.summary,
      issuetype: { id: typeId, name: i.issuetype, subtask: false },
      creator: user(i.reporter),
      created: new Date(i.created).toISOString(),
      project: project ? projectJson(project) : null,
      reporter: user(i.reporter),
      assignee: user(i.assignee),
      updated: new Date(i.updated).toISOString(),
      status: statusJson(site, i.status),
    },
  };
  const base = {
    eventType: e.type,
    issue,
    ...(e.by === null ? {} : { atlassianId: e.by, associatedUsers: [{ accountId: e.by }] }),
    context,
  };
  switch (e.type) {
    case 'avi:jira:updated:issue':
      return {
        ...base,
        changelog: {
          id: e.history.id,
          items: e.history.items.map((item) => ({
            ...item,
            fieldtype: site.field(item.fieldId)?.custom === true ? 'custom' : 'jira',
          })),
        },
      };
    case 'avi:jira:commented:issue':
      return { ...base, comment: commentJson(site, e.comment, false) };
    default:
      return base;
  }
}
