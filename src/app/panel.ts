// The SLA panel on an issue: what it shows, and the agent's actions (escalate a tier, override the
// responsibility verdict with a reason, request a satisfaction survey). The caller's own Jira
// permissions decide: each use case asks Jira, as the user, before reading or acting.

import { customerDirectory } from './customers/directory';
import { explainClocks, type ClockStory } from '../domain/explain';
import type { ItrState } from '../domain/state';
import { myPermissions, setProperty, editIssue } from '../platform/jira/api';
import { JiraClient } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import type { PanelView } from '../contract/panel';
import { latest } from './config';
import { describe, inactiveView } from './panel-view';
import { evaluateIssues } from './evaluate-issues';
import { openSession, type Session } from './session';
import { groupsFor, groupsOfIssue } from './groups';
import { parseAppEvent, parseSnapshot } from './snapshot';
import { parseState } from './state-json';
import { openCaseSurvey } from './surveys/case-survey';

export class PanelError extends Error {
  constructor(
    readonly code: 'forbidden' | 'notFound' | 'invalid' | 'inactive',
    message: string,
    /** The payload field at fault, when one is. */
    readonly path?: string,
  ) {
    super(message);
  }
}

export async function demand(
  issueId: string,
  permission: 'BROWSE_PROJECTS' | 'EDIT_ISSUES',
  doing: string,
): Promise<void> {
  const user = new JiraClient({ as: 'user' }); // the caller: Forge knows who invoked the resolver
  const have = await myPermissions(user, issueId, [permission]);
  if (!have[permission]) {
    throw new PanelError(
      'forbidden',
      permission === 'EDIT_ISSUES'
        ? `You need the Edit issues permission on this issue to ${doing}.`
        : 'You cannot see this issue.',
    );
  }
}

export async function panelView(issueId: string): Promise<PanelView> {
  const user = new JiraClient({ as: 'user' });
  const have = await myPermissions(user, issueId, ['BROWSE_PROJECTS', 'EDIT_ISSUES']);
  if (!have['BROWSE_PROJECTS']) throw new PanelError('forbidden', 'You cannot see this issue.');
  const s = await openSession();
  if (!s) return inactiveView(Date.now());
  let row = (await store.loadIssues([issueId])).get(issueId);
  let state = row?.state ? parseState(row.state) : null;
  if (state === null) {
    // An issue the app has not evaluated yet (installed without a recalculation): evaluate it now.
    const [write] = await evaluateIssues(s, [issueId]);
    if (write) await setProperty(s.jira, write.id, write.value);
    state = write?.value ?? null;
    row = (await store.loadIssues([issueId])).get(issueId);
  }
  const cfg = latest(s.configs);
  const story = state && row ? await clockStory(s, issueId, row.snapshot, state) : null;
  const customerName = state?.customer && row ? await customerNameOf(row.snapshot, state.customer) : null;
  return {
    ...describe(cfg, state, s.now, have['EDIT_ISSUES'] === true, story, customerName),
    configVersion: cfg.doc.version,
  };
}

/** The customer record's name; a field value that matched no record is shown as it is. */
async function customerNameOf(snapshot: string, customer: string): Promise<string> {
  const dir = await customerDirectory(parseSnapshot(snapshot).issue.projectId);
  return dir.customers.find((c) => c.id === customer)?.name ?? customer;
}

/** The clocks' timelines and the escalations' instants, from the stored history as evaluation reads it. */
async function clockStory(s: Session, issueId: string, snapshot: string, state: ItrState): Promise<ClockStory> {
  const snap = parseSnapshot(snapshot);
  const groups = groupsOfIssue(snap, await groupsFor(s.jira, s.configs, [snap], s.now));
  const events = ((await store.appEvents([issueId])).get(issueId) ?? []).map(parseAppEvent);
  const issue = {
    ...snap.issue,
    ...(groups ? { groups } : {}),
    customers: await customerDirectory(snap.issue.projectId),
  };
  return explainClocks(issue, [...snap.timeline, ...events], s.configs, s.now, state.done);
}

/** The session for acting on an issue: the app must be active and the issue in its scope. */
export async function managing(issueId: string): Promise<Session> {
  const s = await openSession();
  if (!s)
    throw new PanelError('inactive', 'ITR is not active on this site yet: a Jira admin chooses its projects first.');
  const row = (await store.loadIssues([issueId])).get(issueId);
  if (row && !row.in_scope) throw new PanelError('inactive', 'This issue is outside the projects ITR manages.');
  return s;
}

/** Records an app event once (by request id), re-evaluates the issue and writes its property. */
async function act(issueId: string, requestId: string, event: Record<string, unknown>): Promise<ItrState | null> {
  const s = await managing(issueId);
  return addEventAndEvaluate(s, issueId, requestId, s.now, event);
}

/** Records an app event at `at` once (by its id), then evaluates the issue at once, so the actions the
 * event makes due are carried out now, and writes its property. */
export async function addEventAndEvaluate(
  s: Session,
  issueId: string,
  eventId: string,
  at: number,
  event: Record<string, unknown>,
): Promise<ItrState | null> {
  await store.addAppEvent(issueId, eventId, at, JSON.stringify({ at, ...event }));
  const [write] = await evaluateIssues(s, [issueId]);
  if (write) await setProperty(s.jira, write.id, write.value);
  return write?.value ?? null;
}

export async function escalateTier(
  issueId: string,
  accountId: string,
  requestId: string,
  reason: string,
): Promise<ItrState | null> {
  await demand(issueId, 'EDIT_ISSUES', 'escalate it');
  return act(issueId, requestId, { type: 'escalationRequested', by: accountId, reason });
}

export async function overrideResponsibility(
  issueId: string,
  accountId: string,
  requestId: string,
  party: string,
  supplier: string | undefined,
  reason: string,
): Promise<ItrState | null> {
  await demand(issueId, 'EDIT_ISSUES', 'override its responsibility');
  const s = await managing(issueId);
  const parties: readonly string[] = latest(s.configs).doc.responsibility.parties.map((p) => p.id);
  if (!parties.includes(party))
    throw new PanelError('invalid', `Unknown party '${party}'; expected one of ${parties.join(', ')}.`, 'party');
  if (party === 'supplier' && !supplier)
    throw new PanelError('invalid', 'Name the supplier held responsible.', 'supplier');
  return act(issueId, requestId, {
    type: 'responsibilityOverridden',
    by: accountId,
    party,
    ...(supplier ? { supplier } : {}),
    reason,
  });
}

/** Case-by-case follow-up (逐单回访) on an agent's request: the reporter gets the survey link (once per issue,
 * however often it is asked for). */
export async function requestSurvey(issueId: string, accountId: string, requestId: string): Promise<void> {
  await demand(issueId, 'EDIT_ISSUES', 'request a survey');
  const s = await managing(issueId);
  if (!(await store.claimAction(issueId, `survey:${requestId}`, s.now))) return;
  const row = (await store.loadIssues([issueId])).get(issueId);
  if (!row) {
    await store.releaseClaim(issueId, `survey:${requestId}`);
    throw new PanelError('notFound', 'ITR has not evaluated this issue yet: open its panel again in a moment.');
  }
  const state = row.state ? parseState(row.state) : null;
  try {
    await openCaseSurvey(s.jira, parseSnapshot(row.snapshot), state, s.now, true);
  } catch (e) {
    await store.releaseClaim(issueId, `survey:${requestId}`); // not sent: the same request may try again
    throw e;
  }
  await editIssue(s.jira, issueId, { update: { labels: [{ add: 'survey-requested' }] } });
  await store.finishAction(issueId, `survey:${requestId}`, 'done', accountId, s.now);
}
