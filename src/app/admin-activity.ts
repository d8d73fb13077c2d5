// The activity log: what the app did to Jira lately, newest first, and what Jira refused (an action Jira
// answered with an error is recorded as skipped with Jira's message, by carry-out.ts), with the latest
// recalculation jobs.

import { ACTIVITY_PAGE_SIZE, type ActionOutcome, type ActivityPage } from '../contract/admin';
import { ensureSchema } from '../platform/sql/schema';
import * as store from '../platform/sql/store';

const JOBS = 10;

function outcomeOf(r: store.ActivityRow): ActionOutcome {
  if (r.status === 'done') return 'done';
  if (r.status === 'claimed') return 'pending';
  return r.detail?.startsWith(store.REFUSED_PREFIX) === true ? 'refused' : 'skipped';
}

export async function activityPage(page: number, refusedOnly: boolean): Promise<ActivityPage> {
  await ensureSchema();
  // One row more than a page tells whether another page follows.
  const [found, jobs] = await Promise.all([
    store.recentActions(refusedOnly, ACTIVITY_PAGE_SIZE + 1, page * ACTIVITY_PAGE_SIZE),
    page === 0 ? store.recentJobs(JOBS) : Promise.resolve([]),
  ]);
  return {
    actions: found.slice(0, ACTIVITY_PAGE_SIZE).map((r) => ({
      at: r.updated_at,
      issueId: String(r.issue_id),
      issueKey: r.issue_key,
      action: r.action_key,
      outcome: outcomeOf(r),
      detail: r.detail,
    })),
    nextPage: found.length > ACTIVITY_PAGE_SIZE ? page + 1 : null,
    jobs: jobs.map((j) => ({
      jobId: j.job_id,
      kind: j.kind,
      status: j.status,
      processed: j.processed,
      total: j.total,
      startedAt: j.started_at,
      updatedAt: j.updated_at,
    })),
  };
}
