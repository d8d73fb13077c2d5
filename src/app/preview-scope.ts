// Which stored issues a preview examines: those of the projects both the configuration in force and the
// draft have in scope, updated since `since`, newest first up to the cap, narrowed by the draft's scope
// JQL when it differs (one search per 1,000 ids). Issues of projects only the draft adds, and those the
// JQL in force leaves out, are not held by the app: the answer names them rather than reading Jira.

import type { ConfigDoc } from '../domain/config/schema';
import { projectsWith } from '../platform/jira/api';
import type { JiraClient } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import { narrowByJql } from './preview-jql';

export interface PreviewScope {
  readonly ids: readonly string[];
  readonly matched: number;
  readonly unpreviewedProjects: readonly string[];
  readonly leavingScope: number;
  readonly jqlChanged: boolean;
}

export async function previewScope(
  jira: JiraClient,
  current: ConfigDoc,
  draft: ConfigDoc,
  since: number,
  cap: number,
): Promise<PreviewScope | { readonly jqlError: string }> {
  const inForce = current.scope.projects;
  const drafted = draft.scope.projects;
  const all = [...new Set([...inForce, ...drafted])];
  const keyOf = new Map((all.length > 0 ? await projectsWith(jira, 'id', all) : []).map((p) => [p.id, p.key]));
  const keys = (ids: readonly string[]) => ids.flatMap((id) => keyOf.get(id) ?? []);
  const found = await store.recentIssues(keys(drafted.filter((id) => inForce.includes(id))), since, cap);
  const dropped = keys(inForce.filter((id) => !drafted.includes(id)));
  let leavingScope = dropped.length > 0 ? (await store.recentIssues(dropped, since, 0)).matched : 0;
  let ids = found.ids;
  const jql = draft.scope.jql;
  const jqlChanged = jql !== current.scope.jql;
  if (jql !== undefined && jqlChanged) {
    const narrowed = await narrowByJql(jira, ids, jql);
    if (!narrowed.ok) return { jqlError: narrowed.message };
    leavingScope += ids.length - narrowed.ids.length;
    ids = narrowed.ids;
  }
  return {
    ids,
    matched: found.matched,
    unpreviewedProjects: drafted.filter((id) => !inForce.includes(id)).map((id) => keyOf.get(id) ?? id),
    leavingScope,
    // Only a JQL in force can have left out issues the draft's scope takes in.
    jqlChanged: jqlChanged && current.scope.jql !== undefined,
  };
}
