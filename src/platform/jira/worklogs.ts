// Jira's worklogs read incrementally: the ids changed (or deleted) since an instant, 1,000 a page, oldest
// first; then the details of up to 1,000 ids in one call. Never an issue's worklogs one issue at a time.

import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

/** Ids a page of the changed lists holds, and ids one /worklog/list call takes. */
export const WORKLOG_PAGE = 1000;

const changedList = z.looseObject({
  values: z.array(z.looseObject({ worklogId: z.number().int(), updatedTime: z.number().int() })),
  since: z.number().int().optional(),
  until: z.number().int().optional(),
  lastPage: z.boolean(),
});

export interface ChangedPage {
  readonly changes: ReadonlyArray<{ readonly id: number; readonly at: number }>;
  /** The instant of the youngest change on the page: where the next page starts (Jira's `since=until`). */
  readonly until: number | null;
  readonly lastPage: boolean;
}

/** One page of the worklogs changed ('updated') or deleted at or after `since` (epoch ms). Jira leaves
 * out the minute before the request: those come on a later call. */
export async function changedWorklogs(
  jira: JiraClient,
  which: 'updated' | 'deleted',
  since: number,
): Promise<ChangedPage> {
  const page =
    which === 'updated'
      ? await jira.call(route`/rest/api/3/worklog/updated?since=${since}`, {}, changedList)
      : await jira.call(route`/rest/api/3/worklog/deleted?since=${since}`, {}, changedList);
  return {
    changes: page.values.map((v) => ({ id: v.worklogId, at: v.updatedTime })),
    until: page.values.length === 0 ? null : (page.until ?? page.values.at(-1)!.updatedTime),
    lastPage: page.lastPage,
  };
}

/** Jira's worklog instant ('2021-01-17T12:34:00.000+0000') in epoch ms. */
const jiraInstant = z.string().transform((v, ctx) => {
  const m = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(?:\.\d+)?)(Z|[+-]\d{2}:?\d{2})$/.exec(v);
  const ms = m ? Date.parse(m[1]! + (m[2] === 'Z' ? 'Z' : `${m[2]!.slice(0, 3)}:${m[2]!.slice(-2)}`)) : NaN;
  if (!Number.isFinite(ms)) {
    ctx.addIssue({ code: 'custom', message: `not a Jira instant: '${v}'` });
    return z.NEVER;
  }
  return ms;
});

const worklogDetail = z.looseObject({
  id: z.string().regex(/^\d+$/),
  issueId: z.string().regex(/^\d+$/),
  author: z.looseObject({ accountId: z.string() }).nullable().optional(),
  started: jiraInstant,
  updated: jiraInstant,
  timeSpentSeconds: z.number().int().nonnegative(),
});

export interface WorklogDetail {
  readonly id: number;
  readonly issueId: string;
  /** null: Jira answered without an author (an anonymous or deleted account). */
  readonly author: string | null;
  readonly started: number;
  readonly updated: number;
  readonly seconds: number;
}

/** Details of up to 1,000 worklogs; ids Jira no longer has (or hides) are absent. */
export async function worklogDetails(jira: JiraClient, ids: readonly number[]): Promise<WorklogDetail[]> {
  if (ids.length === 0) return [];
  if (ids.length > WORKLOG_PAGE) throw new Error(`worklogDetails takes at most ${WORKLOG_PAGE} ids`);
  const found = await jira.call(
    route`/rest/api/3/worklog/list`,
    { method: 'POST', body: { ids: [...new Set(ids)] }, retrySafe: true },
    z.array(worklogDetail),
  );
  return found.map((w) => ({
    id: Number(w.id),
    issueId: w.issueId,
    author: w.author?.accountId ?? null,
    started: w.started,
    updated: w.updated,
    seconds: w.timeSpentSeconds,
  }));
}
