// Hourly reconciliation: Forge may drop a product event, and the sweep evaluates the app's stored
// snapshots without reading Jira, so a lost event would leave an issue stale for good. Once an hour the
// app asks Jira which issues changed in the last 65 minutes (ids and `updated`, 100 a call), reloads
// those changed after both the stored snapshot and the app's own last change to them (or never seen),
// and evaluates them.

import { searchUpdated } from '../platform/jira/api';
import * as store from '../platform/sql/store';
import { refresh } from './load-issues';
import { scopeJql } from './scope';
import { latest } from './config';
import { openSession } from './session';
import { evaluateChunks, pushWork } from './sweep';

export const RECONCILE_WINDOW = 'updated >= "-65m"';

export interface ReconcileReport {
  readonly changed: number;
  readonly stale: number;
  readonly evaluated: number;
}

export async function reconcile(): Promise<ReconcileReport> {
  const s = await openSession();
  const jql = s && scopeJql(latest(s.configs).doc, RECONCILE_WINDOW, 'updated ASC');
  if (!s || !jql) return { changed: 0, stale: 0, evaluated: 0 };
  let changed = 0;
  const stale: string[] = [];
  let token: string | null = null;
  do {
    const page = await searchUpdated(s.jira, jql, token);
    changed += page.issues.length;
    const rows = await store.loadIssues(page.issues.map((i) => i.id));
    for (const i of page.issues) {
      const row = rows.get(i.id);
      // Changed after what the app stored and after the app's own last change to it: an event was missed.
      if (!row || i.updated > Math.max(row.jira_updated, row.app_changed_at ?? -1)) stale.push(i.id);
    }
    token = page.next;
  } while (token);
  if (stale.length === 0) return { changed, stale: 0, evaluated: 0 };
  await refresh(s, stale);
  const { evaluated, left } = await evaluateChunks(s, stale);
  if (left.length > 0) await pushWork(left);
  return { changed, stale: stale.length, evaluated };
}
