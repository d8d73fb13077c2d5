// Reads issues from Jira and stores their snapshots, keeping only those in scope. The issue trigger reads
// one issue with its latest changes inline; refreshes read many in bulk.

import { allComments, BULK_FETCH, CHANGELOG_BULK, bulkFetch, changelogs, searchIds } from '../platform/jira/api';
import type { IssueBean, JiraComment, JiraHistory } from '../platform/jira/schemas';
import * as store from '../platform/sql/store';
import { agentsAmong } from './agents';
import { latest } from './config';
import { toSnapshot, STANDARD_FIELDS, type FieldNames } from './jira-snapshot';
import { RELATION_LABEL } from './relations/create-once';
import { inScopeProject } from './scope';
import type { Session } from './session';
import { statusCategories } from './site-facts';
import type { Snapshot } from './snapshot';

/** Fields to ask Jira for: the standard ones the rules read, the configured custom ones, comments. */
export function jiraFields(names: FieldNames): string[] {
  const custom = [...names.idsByName.values()].flat();
  return [...STANDARD_FIELDS, 'comment', ...custom, ...(names.participantsField ? [names.participantsField] : [])];
}

export const projectOf = (bean: IssueBean) => ({
  id: bean.fields.project?.id ?? '',
  serviceDesk: bean.fields.project?.projectTypeKey === 'service_desk',
});

/** Whether an issue Jira returned is in the scope's projects (the scope's JQL is checked by the caller);
 * the reminders and reports the app files for the service manager never are. */
export const inScope = (s: Session, bean: IssueBean) =>
  inScopeProject(latest(s.configs).doc, projectOf(bean).id) && !(bean.fields.labels ?? []).includes(RELATION_LABEL);

/** The snapshot of an issue read from Jira: every comment (paged when Jira inlined only some), statuses
 * Jira added since the app last looked, and each comment author judged agent or not. */
export async function snapshotOf(s: Session, bean: IssueBean, histories: readonly JiraHistory[]): Promise<Snapshot> {
  const inline = bean.fields.comment;
  const comments: readonly JiraComment[] =
    inline && (inline.total ?? 0) > inline.comments.length
      ? await allComments(s.jira, bean.id)
      : (inline?.comments ?? []);
  const statusIds = histories.flatMap((h) =>
    h.items.filter((i) => (i.fieldId ?? i.field) === 'status').flatMap((i) => [i.from, i.to]),
  );
  const unknown = statusIds.filter((id): id is string => typeof id === 'string' && !s.statusCategory.has(id));
  if (unknown.length > 0) s.statusCategory = await statusCategories(s.jira, s.now, unknown);
  const project = projectOf(bean);
  const authors = [...new Set(comments.flatMap((c) => (c.author ? [c.author.accountId] : [])))];
  const agents = await agentsAmong(s.jira, latest(s.configs).doc, project, authors, s.now);
  return toSnapshot(bean, histories, comments, {
    names: s.names,
    appAccount: s.appAccount,
    statusCategory: s.statusCategory,
    agents,
    serviceDesk: project.serviceDesk,
  });
}

export const snapshotWrite = (snap: Snapshot): store.SnapshotWrite => ({
  id: snap.issue.id,
  key: snap.issue.key,
  project: snap.issue.project,
  jiraUpdated: snap.updated,
  createdAt: snap.issue.created,
  snapshot: JSON.stringify(snap),
});

/** The ids among these that the scope's JQL narrowing keeps (one search, only when there is one). */
async function narrowed(s: Session, ids: readonly string[]): Promise<readonly string[]> {
  const jql = latest(s.configs).doc.scope.jql;
  if (jql === undefined || ids.length === 0) return ids;
  const kept = new Set<string>();
  for await (const page of searchIds(s.jira, `id in (${ids.join(', ')}) AND (${jql})`))
    for (const id of page) kept.add(id);
  return ids.filter((id) => kept.has(id));
}

/** Loads issues from Jira in bulk (100 per call, changelogs 1,000 per call) and stores the snapshots of
 * those in scope; returns the ids stored. */
export async function refresh(s: Session, ids: readonly string[]): Promise<Set<string>> {
  const fields = jiraFields(s.names);
  const stored = new Set<string>();
  for (let i = 0; i < ids.length; i += CHANGELOG_BULK) {
    const chunk = await narrowed(s, ids.slice(i, i + CHANGELOG_BULK));
    const histories = await changelogs(s.jira, chunk);
    for (let j = 0; j < chunk.length; j += BULK_FETCH) {
      const beans = (await bulkFetch(s.jira, chunk.slice(j, j + BULK_FETCH), fields)).filter((b) => inScope(s, b));
      const snaps = [];
      for (const bean of beans) snaps.push(await snapshotOf(s, bean, histories.get(bean.id) ?? []));
      await store.saveSnapshots(snaps.map(snapshotWrite));
      for (const b of beans) stored.add(b.id);
    }
  }
  return stored;
}
