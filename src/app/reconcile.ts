// Hourly reconciliation: Forge may drop a product event, and the sweep evaluates the app's stored
// snapshots without reading Jira, so a lost event would leave an issue stale for good. Each run asks Jira
// which issues changed since the stored watermark (less an overlap for clocks and Jira's index), oldest
// first, 100 a page; reloads those changed after both the stored snapshot and the app's own last change
// to them (or never seen), and evaluates them. The watermark moves after every page, so a run cut short
// (time, a page limit, a 429) and a run that never happened are both caught up by the next.

import { searchUpdated } from '../platform/jira/api';
import { remainingMs } from '../platform/runtime';
import * as store from '../platform/sql/store';
import { refresh } from './load-issues';
import { scopeJql } from './scope';
import { latest } from './config';
import type { Session } from './session';
import { evaluateChunks } from './evaluate-chunks';

export const WATERMARK = 'reconcile.watermark';
/** Looked back over by a first run (no watermark yet): an hourly run's span and some. */
const FIRST_LOOKBACK_MS = 65 * 60_000;
const OVERLAP_MS = 5 * 60_000;
/** Changed issues one run looks at; a longer backlog is worked off over the following runs. */
const MAX_CHANGED_PER_RUN = 5000;
/** Time a page (a reload and an evaluation of up to 100 issues) may need. */
const PAGE_RESERVE_MS = 60_000;

export interface ReconcileReport {
  readonly changed: number;
  readonly stale: number;
  readonly evaluated: number;
  /** Every change up to the run's start was looked at. */
  readonly caughtUp: boolean;
}

/** The issues updated at or after `since` (relative minutes: no time zone involved). */
export const changedSince = (since: number, now: number) =>
  `updated >= "-${Math.max(1, Math.ceil((now - since) / 60_000))}m"`;

export async function reconcile(s: Session): Promise<ReconcileReport> {
  const mark = await store.siteValue(WATERMARK);
  const since = mark === undefined ? s.now - FIRST_LOOKBACK_MS : Number(mark) - OVERLAP_MS;
  const jql = scopeJql(latest(s.configs).doc, changedSince(since, s.now), 'updated ASC');
  if (!jql) return { changed: 0, stale: 0, evaluated: 0, caughtUp: true };
  let changed = 0;
  let stale = 0;
  let evaluated = 0;
  let token: string | null = null;
  do {
    if (changed >= MAX_CHANGED_PER_RUN || remainingMs() < PAGE_RESERVE_MS)
      return { changed, stale, evaluated, caughtUp: false };
    const page = await searchUpdated(s.jira, jql, token);
    changed += page.issues.length;
    const rows = await store.loadIssues(page.issues.map((i) => i.id));
    // Changed after what the app stored and after the app's own last change to it: an event was missed.
    const missed = page.issues
      .filter((i) => {
        const row = rows.get(i.id);
        return !row || i.updated > Math.max(row.jira_updated, row.app_changed_at ?? -1);
      })
      .map((i) => i.id);
    if (missed.length > 0) {
      const kept = await refresh(s, missed); // those in scope
      const r = await evaluateChunks(
        s,
        missed.filter((id) => kept.has(id)),
      );
      stale += missed.length;
      evaluated += r.evaluated;
      if (r.left.length > 0) return { changed, stale, evaluated, caughtUp: false };
    }
    const last = page.issues.at(-1);
    if (last) await store.setSiteValue(WATERMARK, String(Math.min(last.updated, s.now)));
    token = page.next;
  } while (token);
  await store.setSiteValue(WATERMARK, String(s.now));
  return { changed, stale, evaluated, caughtUp: true };
}
