// Worklogs for accounting, read incrementally: Jira's list of worklogs changed since the stored mark, a
// page (1,000 ids) at a time, oldest first; the details of each page in one call (POST /worklog/list);
// those on issues of projects in scope written by worklog id (month in the service's zone), others
// dropped; then Jira's list of deleted worklogs removes rows. The mark moves after every page, so a run
// cut short (time, a 429, a crash) resumes where it stood, and the write by id (newest `updated` wins)
// never counts a worklog twice. Jira leaves the last minute out of both lists: the mark never passes it.
// The issue of a worklog is known from what the app holds, else asked of Jira in bulk (100 a call) once.

import { randomUUID } from 'node:crypto';
import { monthOf } from '../../domain/months';
import { bulkFetch } from '../../platform/jira/api';
import { RateLimitedError, type JiraClient } from '../../platform/jira/client';
import { changedWorklogs, worklogDetails, type WorklogDetail } from '../../platform/jira/worklogs';
import { remainingMs } from '../../platform/runtime';
import * as store from '../../platform/sql/store';
import * as sql from '../../platform/sql/worklogs';

export const SYNC_LOCK = 'worklog-sync';
/** A holder silent this long is gone (an invocation lives at most 15 minutes). */
const LOCK_STALE_MS = 16 * 60_000;
/** Time one page needs (two or three Jira calls and the writes); a run stops with less left. */
const PAGE_RESERVE_MS = 60_000;
/** Issues one bulk fetch takes. */
const BULK = 100;
/** A first run reads deletions from this far back (no row can predate the first run's reads). */
const FIRST_DELETED_LOOKBACK_MS = 5 * 60_000;

export interface SyncScope {
  /** The configuration's scope as stored (project ids), which keys the 'updated' mark. */
  readonly ids: readonly string[];
  /** Their keys, what worklog rows carry. */
  readonly keys: readonly string[];
}

export interface WorklogSyncReport {
  readonly pages: number;
  /** Worklog ids Jira listed as changed / deleted. */
  readonly changed: number;
  readonly deleted: number;
  /** Rows written (in scope) and removed (deleted, moved out of scope, or the scope narrowed). */
  readonly written: number;
  readonly removed: number;
  /** Issues whose project was asked of Jira. */
  readonly issuesLookedUp: number;
  /** Both lists read up to Jira's last minute. */
  readonly caughtUp: boolean;
  readonly stoppedBy?: 'time' | 'rate-limit' | 'locked' | 'stuck';
}

interface Tally {
  pages: number;
  changed: number;
  deleted: number;
  written: number;
  removed: number;
  issuesLookedUp: number;
}

export async function syncWorklogs(
  jira: JiraClient,
  scope: SyncScope,
  zone: string,
  now: number,
): Promise<WorklogSyncReport> {
  const t: Tally = { pages: 0, changed: 0, deleted: 0, written: 0, removed: 0, issuesLookedUp: 0 };
  const owner = randomUUID();
  if (!(await store.takeLock(SYNC_LOCK, owner, now, LOCK_STALE_MS)))
    return { ...t, caughtUp: false, stoppedBy: 'locked' };
  try {
    const scopeKey = [...scope.ids].sort().join(',');
    const marks = await sql.marks();
    let updatedMark = marks.get('updated');
    if (updatedMark?.scope !== scopeKey) {
      // A new scope (or the first run): rows of projects that left go; every worklog is read again.
      if (updatedMark !== undefined) t.removed += await sql.keepOnlyProjects(scope.keys);
      updatedMark = { since: 0, scope: scopeKey };
    }
    let deletedMark = marks.get('deleted');
    if (deletedMark === undefined) {
      // Recorded now: a first read of the 'updated' list may take several runs, and what is deleted meanwhile
      // must still be removed.
      deletedMark = { since: now - FIRST_DELETED_LOOKBACK_MS, scope: '' };
      await sql.setMark('deleted', deletedMark);
    }
    const keys = new Set(scope.keys);
    const beat = () => store.beat(SYNC_LOCK, owner, Date.now());

    const updated = await walk(jira, 'updated', updatedMark, t, beat, async (ids) => {
      t.changed += ids.length;
      const details = await worklogDetails(jira, ids);
      const projects = await projectsOf(jira, details, t);
      const kept = details.filter((d) => keys.has(projects.get(d.issueId) ?? ''));
      await sql.upsertWorklogs(
        kept.map((d) => ({
          worklogId: d.id,
          issueId: d.issueId,
          project: projects.get(d.issueId)!,
          author: d.author ?? '',
          started: d.started,
          month: monthOf(d.started, zone),
          seconds: d.seconds,
          updated: d.updated,
        })),
      );
      t.written += kept.length;
      // Listed but not kept: gone meanwhile, hidden, or on an issue out of scope (perhaps moved there).
      const keptIds = new Set(kept.map((d) => d.id));
      t.removed += await sql.deleteWorklogs(ids.filter((id) => !keptIds.has(id)));
    });
    if (updated !== null) return { ...t, caughtUp: false, stoppedBy: updated };
    const deleted = await walk(jira, 'deleted', deletedMark, t, beat, async (ids) => {
      t.deleted += ids.length;
      t.removed += await sql.deleteWorklogs(ids);
    });
    if (deleted !== null) return { ...t, caughtUp: false, stoppedBy: deleted };
    return { ...t, caughtUp: true };
  } catch (e) {
    if (e instanceof RateLimitedError) return { ...t, caughtUp: false, stoppedBy: 'rate-limit' };
    throw e;
  } finally {
    await store.releaseLock(SYNC_LOCK, owner);
  }
}

/** Reads one of Jira's lists from `mark` page by page, handing each page's ids to `take`, then storing the
 * mark; answers why it stopped early, or null once Jira said it was the last page. */
async function walk(
  jira: JiraClient,
  list: sql.WorklogList,
  mark: sql.Mark,
  t: Tally,
  beat: () => Promise<boolean>,
  take: (ids: number[]) => Promise<void>,
): Promise<'time' | 'stuck' | 'locked' | null> {
  let since = mark.since;
  /** Ids the previous page took at its youngest instant: the next page (from that instant) lists them again. */
  let taken = new Set<number>();
  for (;;) {
    if (remainingMs() < PAGE_RESERVE_MS) return 'time';
    const page = await changedWorklogs(jira, list, since);
    t.pages++;
    const fresh = page.changes.filter((c) => !(c.at === since && taken.has(c.id)));
    if (fresh.length > 0) await take(fresh.map((c) => c.id));
    taken = new Set(page.changes.filter((c) => c.at === page.until).map((c) => c.id));
    // Jira's next page starts at the last one's youngest instant (inclusive). After the last page nothing
    // can still come at or before that instant (the lists end a minute back), so the mark passes it.
    const next = page.until === null ? since : page.lastPage ? page.until + 1 : page.until;
    const advanced = next > since;
    since = Math.max(since, next);
    if (advanced || page.lastPage) await sql.setMark(list, { since, scope: mark.scope });
    if (page.lastPage) return null;
    if (!advanced) return 'stuck'; // a full page of one instant: Jira's paging cannot pass it
    if (!(await beat())) return 'locked';
  }
}

/** The project key of each worklog's issue: what the app holds, else Jira's answer (kept for next time). */
async function projectsOf(jira: JiraClient, details: readonly WorklogDetail[], t: Tally): Promise<Map<string, string>> {
  const ids = [...new Set(details.map((d) => d.issueId))];
  const known = await sql.issueProjects(ids);
  const unknown = ids.filter((id) => !known.has(id));
  const learnt: Array<[string, string]> = [];
  for (let i = 0; i < unknown.length; i += BULK) {
    const part = unknown.slice(i, i + BULK);
    t.issuesLookedUp += part.length;
    for (const issue of await bulkFetch(jira, part, ['project'])) {
      const key = issue.fields.project?.key;
      if (key !== undefined) learnt.push([issue.id, key]);
    }
  }
  if (learnt.length > 0) await sql.saveIssueProjects(learnt);
  for (const [id, key] of learnt) known.set(id, key);
  return known;
}
