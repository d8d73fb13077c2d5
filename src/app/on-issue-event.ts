// An issue was created, updated, commented or deleted. Nothing happens while no configuration with a scope
// is active. An issue outside the scope is left alone (one that just left it has its clocks stopped); a
// problem the app opened is closed in its records when Jira closes it. Otherwise the app reads the issue as
// it is now (one call: fields, changelog and comments), keeps that snapshot unless a newer one is stored
// (events arrive late, twice, out of order), evaluates, carries out what is due and writes the `itr`
// property (a second call). A stale event therefore never overwrites newer state. An issue that resolved
// gets its one case-by-case survey.

import type { StatusCategory } from '../domain/issue';
import { changelogs, getIssue, searchPage, setProperty } from '../platform/jira/api';
import { JiraError } from '../platform/jira/client';
import type { IssueBean } from '../platform/jira/schemas';
import { ensureSchema } from '../platform/sql/schema';
import * as store from '../platform/sql/store';
import { latest } from './config';
import { evaluateIssues, storeSnapshot } from './evaluate-issues';
import { categoryOfKey } from './jira-snapshot';
import { inScope, jiraFields, snapshotOf } from './load-issues';
import { inScopeProject } from './scope';
import { openSession, type Session } from './session';
import { isResolved, openCaseSurvey } from './surveys/case-survey';
import { parseState } from './state-json';

export type IssueEventOutcome = 'evaluated' | 'stale' | 'deleted' | 'gone' | 'inactive' | 'outOfScope';

export interface IssueEvent {
  readonly issueId: string;
  readonly key?: string | undefined;
  /** From the event, when it says: an issue of a project out of scope costs no call to Jira. */
  readonly projectId?: string | undefined;
  readonly deleted: boolean;
}

export async function onIssueEvent(e: IssueEvent): Promise<IssueEventOutcome> {
  if (e.deleted) {
    await ensureSchema();
    await store.deleteIssue(e.issueId); // only Jira's word that the issue is gone removes what the app kept
    return 'deleted';
  }
  const s = await openSession();
  if (!s) return 'inactive';
  const doc = latest(s.configs).doc;
  if (e.projectId !== undefined && !inScopeProject(doc, e.projectId)) {
    if (e.key !== undefined && mayBeProblem(s, e.key) && (await store.isOpenProblem(e.key)))
      await closeProblemIfDone(s, e.issueId);
    await leaveScope(s, e.issueId);
    return 'outOfScope';
  }
  let bean: IssueBean;
  try {
    bean = await getIssue(s.jira, e.issueId, jiraFields(s.names));
  } catch (err) {
    if (err instanceof JiraError && err.status === 404) {
      await store.deleteIssue(e.issueId); // read as the app, which sees every issue in scope: it is gone
      return 'gone';
    }
    throw err;
  }
  if (mayBeProblem(s, bean.key) && (await store.isOpenProblem(bean.key))) await closeProblem(bean, s.now);
  if (!inScope(s, bean) || !(await matchesScopeJql(s, bean.id))) {
    await leaveScope(s, e.issueId);
    return 'outOfScope';
  }
  const inline = bean.changelog;
  // The issue carries its latest 100 changes inline; a longer history comes whole from the bulk endpoint.
  const histories =
    inline && (inline.total ?? 0) > inline.histories.length
      ? ((await changelogs(s.jira, [e.issueId])).get(e.issueId) ?? [])
      : (inline?.histories ?? []);
  const snap = await snapshotOf(s, bean, histories);
  const kept = await storeSnapshot(snap);
  if (!kept) return 'stale';
  const [write] = await evaluateIssues(s, [e.issueId]);
  if (write) await setProperty(s.jira, write.id, write.value);
  if (isResolved(snap)) await openCaseSurvey(s.jira, snap, write?.value ?? null, s.now);
  return 'evaluated';
}

/** Only issues in a project the problem rules open problems in can be one (no SQL read for the rest). */
const mayBeProblem = (s: Session, key: string): boolean =>
  latest(s.configs).doc.problems.some((p) => key.startsWith(`${p.project}-`));

/** The scope's JQL narrowing, asked of Jira for this one issue (one call, only when there is one). */
async function matchesScopeJql(s: Session, issueId: string): Promise<boolean> {
  const jql = latest(s.configs).doc.scope.jql;
  if (jql === undefined) return true;
  return (await searchPage(s.jira, `id = ${issueId} AND (${jql})`, null, 1)).ids.length > 0;
}

/** An issue that left the scope (moved, or the scope shrank): its clocks stop where they were and its
 * property says so; what the app recorded stays as history. */
async function leaveScope(s: Session, issueId: string): Promise<void> {
  const state = await store.leaveScope(issueId);
  if (state !== null) await setProperty(s.jira, issueId, { ...parseState(state), nextCheckAt: null, outOfScope: true });
}

const categoryOfBean = (bean: IssueBean): StatusCategory => categoryOfKey(bean.fields.status?.statusCategory?.key);

async function closeProblem(bean: IssueBean, now: number): Promise<void> {
  if (categoryOfBean(bean) === 'done') await store.closeProblem(bean.key, now);
}

async function closeProblemIfDone(s: Session, issueId: string): Promise<void> {
  await closeProblem(await getIssue(s.jira, issueId, ['status']), s.now);
}
