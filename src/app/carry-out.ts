// Carries out the actions an evaluation asks for, each at most once. An action is claimed in SQL before
// the call to Jira and marked done after it. A claim younger than any invocation can live belongs to a
// run that may still be working: the action stays pending and the issue due again when the claim would
// have expired. An older claim was abandoned: one run takes it over and checks Jira where a repeat would
// show (comments carry their key as a comment property, created issues a marker label); idempotent
// actions (priority, labels, reassignment, transitions, links) are simply done again; a notification
// whose fate is unknown is not sent twice. A call Jira refused (rate limit) gives its claim back.

import { createHash } from 'node:crypto';
import type { Action } from '../domain/actions';
import type { FieldChange, IssueFields } from '../domain/issue';
import type { CompiledConfig } from '../domain/config/compile';
import type { ItrState } from '../domain/state';
import { renderMessage, type Message } from '../domain/text';
import * as jiraApi from '../platform/jira/api';
import { JiraError, RateLimitedError, type JiraClient } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import { adfFromText } from './adf';
import type { FieldNames, Snapshot } from './snapshot';

export interface CarryContext {
  readonly jira: JiraClient;
  readonly now: number;
  readonly issue: Snapshot['issue'];
  readonly state: ItrState;
  readonly cfg: CompiledConfig;
  readonly names: FieldNames;
  /** This issue's recorded actions, by key (problems shared by incidents are looked up as needed). */
  readonly records: ReadonlyMap<string, store.ActionRecord>;
}

export interface CarryResult {
  /** Issues created for this one (problem, LTC, IPD), to record in the state. */
  readonly links: ItrState['links'];
  /** The app's own changes to the issue's fields (they raise no event for it), and the fields after them. */
  readonly effects: readonly FieldChange[];
  readonly fields: IssueFields;
  readonly carried: number;
  /** Groups with an action another run may still be carrying out, and when its claim expires. */
  readonly pending: ReadonlyArray<{ readonly group: string; readonly retryAt: number }>;
}

/** Longer than any invocation lives (900 s): a claim this old has no live holder. */
export const CLAIM_LEASE_MS = 16 * 60_000;

/** Both languages: comments and notifications are read by people of either. */
const bilingual = (m: Message) => `${renderMessage(m, 'en')}\n${renderMessage(m, 'zh')}`;
const marker = (issueId: string, key: string) =>
  `itr-${createHash('sha256').update(`${issueId} ${key}`).digest('hex').slice(0, 12)}`;
/** Problems are shared by many incidents: their claims live under issue 0. */
export const holderOf = (issueId: string, a: Action): string =>
  a.type === 'createIssue' && a.purpose === 'problem' ? '0' : issueId;
const COMMENT_KEY = 'itr.action';
/** Atlassian account ids: 24 hex digits, or "<number>:<uuid>". */
const isAccountId = (s: string) =>
  /^[0-9a-f]{24}$/.test(s) || /^\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s);

export async function carryOut(actions: readonly Action[], x: CarryContext): Promise<CarryResult> {
  const links: { problem?: string; ltc?: string; ipd?: string } = { ...x.state.links };
  const effects: FieldChange[] = [];
  const pending: Array<{ group: string; retryAt: number }> = [];
  const fields = { ...x.issue.fields, custom: { ...x.issue.fields.custom } };
  let carried = 0;
  for (const a of actions) {
    const holder = holderOf(x.issue.id, a);
    const record = holder === x.issue.id ? x.records.get(a.key) : await store.actionRecord(holder, a.key);
    if (record?.status === 'done' || record?.status === 'skipped') continue;
    if (record) {
      // Claimed: by a run that may be alive (wait for its lease), or by a dead one (take over, check Jira).
      const expires = record.updatedAt + CLAIM_LEASE_MS;
      if (x.now < expires || !(await store.takeOverClaim(holder, a.key, record.updatedAt, x.now))) {
        pending.push({ group: a.group, retryAt: Math.max(expires, x.now + 60_000) });
        continue;
      }
      const found = await alreadyDone(a, x, holder);
      if (found !== false) {
        if (typeof found === 'string' && a.type === 'createIssue') links[a.purpose] = found;
        await store.finishAction(
          holder,
          a.key,
          'done',
          typeof found === 'string' ? found : 'verified after an interrupted run',
          x.now,
        );
        continue;
      }
    } else if (!(await store.claimAction(holder, a.key, x.now))) {
      pending.push({ group: a.group, retryAt: x.now + CLAIM_LEASE_MS }); // another run claimed it just now
      continue;
    }
    try {
      const detail = await perform(a, x, fields, holder);
      if (detail.created && a.type === 'createIssue') links[a.purpose] = detail.created;
      effects.push(...(detail.effects ?? []));
      carried++;
      await store.finishAction(holder, a.key, detail.skipped ? 'skipped' : 'done', detail.note, x.now);
    } catch (e) {
      if (e instanceof RateLimitedError) {
        await store.releaseClaim(holder, a.key); // Jira did not act: the next run carries it out
        throw e;
      }
      if (!(e instanceof JiraError)) throw e;
      if (e.status >= 500) {
        // Jira may or may not have acted: the claim stays, and its lease brings the issue back to check.
        pending.push({ group: a.group, retryAt: x.now + CLAIM_LEASE_MS });
        continue;
      }
      await store.finishAction(holder, a.key, 'skipped', e.message.slice(0, 1000), x.now); // refused as invalid
    }
  }
  return { links, effects, fields, carried, pending };
}

/** For a claim left by an interrupted run: false when Jira shows no trace, else true or the created key. */
async function alreadyDone(a: Action, x: CarryContext, holder: string): Promise<boolean | string> {
  switch (a.type) {
    case 'comment':
      // The dead run's comment, if Jira made it, is among the latest.
      return (await jiraApi.commentsWithProperties(x.jira, await jiraApi.latestCommentIds(x.jira, x.issue.id))).some(
        (c) => c.properties?.some((p) => p.key === COMMENT_KEY && p.value === a.key) === true,
      );
    case 'createIssue': {
      const existing = await createdBefore(x, holder, a.key);
      if (existing === null) return false;
      await linkCreated(a, x, existing); // the run may have died between creating and linking
      return existing;
    }
    case 'notify':
      return true; // at most once: a lost notification is better than a repeated one
    default:
      return false; // idempotent: doing it again changes nothing
  }
}

interface Outcome {
  /** Field changes made in Jira, also applied to `fields`. */
  readonly effects?: readonly FieldChange[];
  readonly note: string | null;
  readonly created?: string;
  readonly skipped?: boolean;
}

/** Records a change the app made: in `fields` (the issue as it now is) and as a timeline change. */
function change(
  fields: { -readonly [K in keyof IssueFields]: IssueFields[K] },
  field: string,
  to: FieldChange['to'],
): FieldChange {
  const std = field in fields && field !== 'custom';
  const from = std ? (fields[field as keyof IssueFields] as FieldChange['from']) : (fields.custom[field] ?? null);
  if (std) (fields as Record<string, unknown>)[field] = to;
  else fields.custom = { ...fields.custom, [field]: to };
  return { field, from, to };
}

/** The issue an earlier run created for this action, found by its marker label. */
async function createdBefore(x: CarryContext, holder: string, key: string): Promise<string | null> {
  const { ids } = await jiraApi.searchPage(x.jira, `labels = "${marker(holder, key)}"`, null, 1);
  return ids[0] === undefined ? null : ((await jiraApi.bulkFetch(x.jira, [ids[0]], ['key']))[0]?.key ?? null);
}

/** Links a created issue to this one (and to the incidents behind a problem), and records the problem. */
async function linkCreated(
  a: Extract<Action, { type: 'createIssue' }>,
  x: CarryContext,
  created: string,
): Promise<void> {
  await jiraApi.linkIssues(x.jira, a.linkType, x.issue.key, created);
  for (const other of a.alsoLink) await jiraApi.linkIssues(x.jira, a.linkType, other, created);
  if (a.purpose === 'problem' && x.state.problem)
    await store.addProblem(created, x.state.problem.rule, x.state.problem.scope, x.now);
}

async function perform(
  a: Action,
  x: CarryContext,
  fields: { -readonly [K in keyof IssueFields]: IssueFields[K] },
  holder: string,
): Promise<Outcome> {
  const { jira, issue } = x;
  switch (a.type) {
    case 'comment':
      await jiraApi.addComment(jira, issue.id, adfFromText(bilingual(a.text)), [
        { key: COMMENT_KEY, value: a.key },
        ...(a.internal ? [{ key: 'sd.public.comment', value: { internal: true } }] : []),
      ]);
      return { note: null };
    case 'notify': {
      const to: {
        assignee?: boolean;
        reporter?: boolean;
        watchers?: boolean;
        groups?: Array<{ name: string }>;
        users?: Array<{ accountId: string }>;
      } = {};
      const groups: string[] = [];
      const users: string[] = [];
      for (const r of a.to) {
        if ('role' in r) to[r.role] = true;
        else if ('group' in r) groups.push(r.group);
        else (isAccountId(r.owner) ? users : groups).push(r.owner); // a service owner is a person or a group
      }
      if (groups.length > 0) to.groups = groups.map((name) => ({ name }));
      if (users.length > 0) to.users = users.map((accountId) => ({ accountId }));
      const text = bilingual(a.text);
      const body = { subject: `[${issue.key}] ${text.split('\n')[0]!}`, textBody: text };
      try {
        await jiraApi.notify(jira, issue.id, { ...body, to });
        return { note: null };
      } catch (e) {
        // A configured group Jira does not know (it refused the whole call): the people it can still reach
        // hear of it, and the refusal is recorded for the admin.
        const reachable = {
          ...(to.assignee ? { assignee: true } : {}),
          ...(to.reporter ? { reporter: true } : {}),
          ...(to.watchers ? { watchers: true } : {}),
          ...(to.users ? { users: to.users } : {}),
        };
        if (!(e instanceof JiraError) || e.status !== 400 || !to.groups || Object.keys(reachable).length === 0) throw e;
        await jiraApi.notify(jira, issue.id, { ...body, to: reachable });
        return { note: `sent without groups: ${e.detail}`.slice(0, 1000) };
      }
    }
    case 'setPriority':
      await jiraApi.editIssue(jira, issue.id, { fields: { priority: { name: a.jiraPriority } } });
      return { effects: [change(fields, 'priority', a.jiraPriority)], note: a.jiraPriority };
    case 'addLabel':
      await jiraApi.editIssue(jira, issue.id, { update: { labels: [{ add: a.label }] } });
      return {
        effects: fields.labels.includes(a.label) ? [] : [change(fields, 'labels', [...fields.labels, a.label])],
        note: a.label,
      };
    case 'transition': {
      const moved = await jiraApi.transitionTo(jira, issue.id, a.status);
      return moved
        ? { effects: [change(fields, 'status', a.status)], note: a.status }
        : { note: `no transition to ${a.status}`, skipped: true };
    }
    case 'reassign': {
      if (x.state.tier !== null && x.state.tier !== a.fromTier && x.state.tier !== a.toTier) {
        return { note: `tier moved to ${x.state.tier} meanwhile`, skipped: true };
      }
      const edit: Record<string, unknown> = {};
      const effects: FieldChange[] = [];
      const fieldId = a.field === undefined ? undefined : x.names.idByName.get(a.field);
      if (a.field !== undefined && fieldId !== undefined && a.fieldValue !== undefined) {
        edit[fieldId] = { value: a.fieldValue };
        effects.push(change(fields, a.field, a.fieldValue));
      }
      const assignee = a.accountId ?? (fieldId !== undefined ? null : undefined); // null: back to the new tier's queue
      if (assignee !== undefined) {
        edit['assignee'] = assignee === null ? null : { accountId: assignee };
        if (fields.assignee !== assignee) effects.push(change(fields, 'assignee', assignee));
      }
      if (Object.keys(edit).length === 0)
        return { note: `no field or account configured for ${a.toTier}`, skipped: true };
      await jiraApi.editIssue(jira, issue.id, { fields: edit });
      return { effects, note: a.toTier };
    }
    case 'createIssue': {
      const created = await jiraApi.createIssue(jira, {
        project: { key: a.project },
        issuetype: { name: a.issueType },
        summary: renderMessage(a.summary, 'en') + ' / ' + renderMessage(a.summary, 'zh'),
        description: adfFromText(`${bilingual(a.description)}\n${issue.key}`),
        labels: [marker(holder, a.key)],
      });
      await linkCreated(a, x, created.key);
      return { note: created.key, created: created.key };
    }
    case 'link':
      await jiraApi.linkIssues(jira, a.linkType, issue.key, a.to);
      return { note: a.to };
  }
}
