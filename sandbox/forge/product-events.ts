// Jira product events in the shape Forge delivers them to a trigger handler.

import { commentJson, statusJson, userJson } from '../jira/rest-shapes';
import type { Site, SiteEvent } from '../jira/site';

export function productEvent(site: Site, e: SiteEvent) {
  const i = e.issue;
  const project = site.projects.get(i.project);
  const issue = {
    id: String(i.id),
    key: i.key,
    fields: {
      summary: i.summary,
      issuetype: { name: i.issuetype },
      project: { id: project?.id, key: i.project, name: project?.name },
      status: statusJson(site, i.status),
      assignee: userJson(site, i.assignee),
      reporter: userJson(site, i.reporter),
      created: new Date(i.created).toISOString(),
      updated: new Date(i.updated).toISOString(),
    },
  };
  const base = { eventType: e.type, atlassianId: e.by ?? undefined, issue };
  switch (e.type) {
    case 'avi:jira:updated:issue':
      return { ...base, changelog: { id: e.history.id, items: e.history.items } };
    case 'avi:jira:commented:issue':
      return { ...base, comment: commentJson(site, e.comment, false) };
    default:
      return base;
  }
}
