// The Jira groups of the people the rules look at (the reporter for classification, the assignees for
// OLA tiers by group), read only when the configuration uses them. Memberships are kept in SQL for a
// day, so a user's groups cost one call a day however many issues they touch.

import { z } from 'zod';
import { groupsRead } from '../domain/config/fields';
import type { ConfigHistory } from '../domain/config/compile';
import { userGroups } from '../platform/jira/api';
import type { JiraClient } from '../platform/jira/client';
import { setSiteValue, siteValues } from '../platform/sql/store';
import type { Snapshot } from './snapshot';

const DAY = 86_400_000;
const cached = z.object({ at: z.number(), groups: z.array(z.string()) });

/** The accounts of an issue whose groups the configuration reads. */
function accountsOf(snap: Snapshot, read: { reporter: boolean; assignees: boolean }): string[] {
  const out = new Set<string>();
  if (read.reporter && snap.issue.fields.reporter) out.add(snap.issue.fields.reporter);
  if (read.assignees) {
    if (snap.issue.fields.assignee) out.add(snap.issue.fields.assignee);
    for (const e of snap.timeline) {
      if (e.type !== 'changed') continue;
      for (const c of e.changes)
        if (c.field === 'assignee') for (const v of [c.from, c.to]) if (typeof v === 'string') out.add(v);
    }
  }
  return [...out];
}

/** Groups by account for a batch of issues; empty when no rule reads groups. A read-only caller (the
 * what-if preview) takes memberships from SQL whatever their age and stores none it reads from Jira. */
export async function groupsFor(
  jira: JiraClient,
  configs: ConfigHistory,
  snaps: readonly Snapshot[],
  now: number,
  readOnly = false,
): Promise<Map<string, readonly string[]>> {
  const read = { reporter: false, assignees: false };
  for (const { config } of configs) {
    const r = groupsRead(config.doc);
    read.reporter ||= r.reporter;
    read.assignees ||= r.assignees;
  }
  if (!read.reporter && !read.assignees) return new Map();
  return userGroupsCached(jira, [...new Set(snaps.flatMap((s) => accountsOf(s, read)))], now, readOnly);
}

/** Each account's group names: from SQL when read within a day, else from Jira (one call per account). */
export async function userGroupsCached(
  jira: JiraClient,
  accounts: readonly string[],
  now: number,
  readOnly = false,
): Promise<Map<string, readonly string[]>> {
  const out = new Map<string, readonly string[]>();
  const stored = await siteValues(accounts.map((a) => `groups:${a}`));
  for (const a of accounts) {
    const hit = stored.get(`groups:${a}`);
    const c = hit === undefined ? undefined : cached.parse(JSON.parse(hit));
    if (c && (readOnly || now - c.at < DAY)) {
      out.set(a, c.groups);
      continue;
    }
    const groups = await userGroups(jira, a);
    if (!readOnly) await setSiteValue(`groups:${a}`, JSON.stringify({ at: now, groups }));
    out.set(a, groups);
  }
  return out;
}

/** The part of `all` an issue needs, as the domain's IssueInput.groups. */
export function groupsOfIssue(
  snap: Snapshot,
  all: ReadonlyMap<string, readonly string[]>,
): Record<string, readonly string[]> | undefined {
  if (all.size === 0) return undefined;
  const out: Record<string, readonly string[]> = {};
  for (const a of accountsOf(snap, { reporter: true, assignees: true })) {
    const g = all.get(a);
    if (g) out[a] = g;
  }
  return out;
}
