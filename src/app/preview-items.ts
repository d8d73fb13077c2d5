// The what-if's input read from the app's own SQL rows, writing nothing: each issue's stored snapshot and
// the app's own events (its timeline), its stored state (which groups of actions are already done), and
// the group memberships the rules read (SQL first; a membership not yet known is read from Jira, not kept).

import type { ConfigHistory } from '../domain/config/compile';
import type { WhatIfIssue } from '../domain/what-if';
import type { JiraClient } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import { directoriesOf } from './customers/directory';
import { groupsFor, groupsOfIssue } from './groups';
import { parseAppEvent, parseSnapshot, type Snapshot } from './snapshot';
import { parseState } from './state-json';

export async function whatIfItems(
  jira: JiraClient,
  configs: ConfigHistory,
  ids: readonly string[],
  now: number,
): Promise<WhatIfIssue[]> {
  const rows = await store.loadIssues(ids);
  const snaps = new Map<string, Snapshot>();
  for (const [id, row] of rows) snaps.set(id, parseSnapshot(row.snapshot));
  const groups = await groupsFor(jira, configs, [...snaps.values()], now, true);
  const events = await store.appEvents(ids);
  const directories = await directoriesOf([...snaps.values()]);
  const items: WhatIfIssue[] = [];
  for (const id of ids) {
    const row = rows.get(id);
    const snap = snaps.get(id);
    if (!row || !snap) continue; // deleted meanwhile
    const issueGroups = groupsOfIssue(snap, groups);
    items.push({
      issue: {
        ...snap.issue,
        ...(issueGroups ? { groups: issueGroups } : {}),
        ...(row.state === null ? {} : { property: parseState(row.state) }),
        ...(directories.has(snap.issue.projectId) ? { customers: directories.get(snap.issue.projectId)! } : {}),
      },
      timeline: [...snap.timeline, ...(events.get(id) ?? []).map(parseAppEvent)],
    });
  }
  return items;
}
