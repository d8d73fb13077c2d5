// Carries out the actions an evaluation asks for, each at most once. An action is claimed in SQL before
// the call to Jira and marked done after it. A claim left by a run that died mid-call is checked against
// Jira where a repeat would show (comments carry their key as a comment property, created issues a
// label); idempotent actions (priority, labels, reassignment, transitions, links) are simply done again;
// a notification whose fate is unknown is not sent twice.

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
  /** Statuses of this issue's actions from an earlier run (key → status). */
  readonly statuses: ReadonlyMap<string, store.ActionStatus>;
}

export interface CarryResult {
  /** Issues created for this one (problem, LTC, IPD), to record in the state. */
  readonly links: ItrState['links'];
  /** The app's own changes to the issue's fields (they raise no event for it), and the fields after them. */
  readonly effects: readonly FieldChange[];
  readonly fields: IssueFields;
  readonly carried: number;
}

/** Both languages: comments and notifications are read by people of either. */
const bilingual = (m: Message) => `${renderMessage(m, 'en')}\n${renderMessage(m, 'zh')}`;
const marker = (issueId: string, key: string) => `itr-${createHash('sha256').update(`${issueId} ${key}`).digest('hex').slice(0, 12)}`;
/** Problems are shared by many incidents: their claims live under issue 0. */
const owner = (issueId: string, a: Action) => (a.type === 'createIssue' && a.purpose === 'problem' ? '0' : issueId);
const COMMENT_KEY = 'itr.action';

export async function carryOut(actions: readonly Action[], x: CarryContext): Promise<CarryResult> {
  const links: { problem?: string; ltc?: string; ipd?: string } = { ...x.state.links };
  const effects: FieldChange[] = [];
  const fields = { ...x.issue.fields, custom: { ...x.issue.fields.custom } };
  let carried = 0;
  for (const a of actions) {
    const holder = owner(x.issue.id, a);
    const status = x.statuses.get(a.key);
    if (status === 'done' || status === 'skipped') continue;
    if (status === 'claimed') {
      const found = await alreadyDone(a, x);
      if (found !== false) {
        if (typeof found === 'string' && a.type === 'createIssue') links[a.purpose] = found;
        await store.finishAction(holder, a.key, 'done', typeof found === 'string' ? found : 'verified after an interrupted run', x.now);
        continue;
      }
    } else if (!(await store.claimAction(holder, a.key, x.now))) {
      continue; // another run holds it
    }
    try {
      const detail = await perform(a, x, fields);
      if (detail.created && a.type === 'createIssue') links[a.purpose] = detail.created;
      effects.push(...(detail.effects ?? []));
      carried++;
      await store.finishAction(holder, a.key, detail.skipped ? 'skipped' : 'done', detail.note, x.now);
    } catch (e) {
      if (e instanceof RateLimitedError) throw e; // stays claimed: the next run checks and carries on
      if (!(e instanceof JiraError)) throw e;
      await store.finishAction(holder, a.key, 'skipped', e.message.slice(0, 1000), x.now);
    }
  }
  return { links, effects, fields, carried };
}

/** For a claim left by an interrupted run: false when Jira shows no trace, else true or the created key. */
async function alreadyDone(a: Action, x: CarryContext): Promise<boolean | string> {
  switch (a.type) {
    case 'comment':
      return (await jiraApi.comments(x.jira, x.issue.id)).some((c) => c.properties?.some((p) => p.key === COMMENT_KEY && p.value === a.key) === true);
    case 'createIssue': {
      for await (const ids of jiraApi.searchIds(x.jira, `labels = "${marker(x.issue.id, a.key)}"`, 1)) if (ids[0]) return (await jiraApi.bulkFetch(x.jira, [ids[0]], ['key']))[0]?.key ?? true;
      return false;
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
function change(fields: { -readonly [K in keyof IssueFields]: IssueFields[K] }, field: string, to: FieldChange['to']): FieldChange {
  const std = field in fields && field !== 'custom';
  const from = std ? (fields[field as keyof IssueFields] as FieldChange['from']) : fields.custom[field] ?? null;
  if (std) (fields as Record<string, unknown>)[field] = to;
  else fields.custom = { ...fields.custom, [field]: to };
  return { field, from, to };
}

async function perform(a: Action, x: CarryContext, fields: { -readonly [K in keyof IssueFields]: IssueFields[K] }): Promise<Outcome> {
  const { jira, issue } = x;
  switch (a.type) {
    case 'comment':
      await jiraApi.addComment(jira, issue.id, adfFromText(bilingual(a.text)), [
        { key: COMMENT_KEY, value: a.key },
        ...(a.internal ? [{ key: 'sd.public.comment', value: { internal: true } }] : []),
      ]);
      return { note: null };
    case 'notify': {
      const to: { assignee?: boolean; reporter?: boolean; watchers?: boolean; groups?: Array<{ name: string }> } = {};
      const groups: string[] = [];
      for (const r of a.to) {
        if ('role' in r) to[r.role] = true;
        else groups.push('group' in r ? r.group : r.owner);
      }
      if (groups.length > 0) to.groups = groups.map((name) => ({ name }));
      const text = bilingual(a.text);
      await jiraApi.notify(jira, issue.id, { subject: `[${issue.key}] ${text.split('\n')[0]!}`, textBody: text, to });
      return { note: null };
    }
    case 'setPriority':
      await jiraApi.editIssue(jira, issue.id, { fields: { priority: { name: a.jiraPriority } } });
      return { effects: [change(fields, 'priority', a.jiraPriority)], note: a.jiraPriority };
    case 'addLabel':
      await jiraApi.editIssue(jira, issue.id, { update: { labels: [{ add: a.label }] } });
      return { effects: fields.labels.includes(a.label) ? [] : [change(fields, 'labels', [...fields.labels, a.label])], note: a.label };
    case 'transition': {
      const moved = await jiraApi.transitionTo(jira, issue.id, a.status);
      return moved ? { effects: [change(fields, 'status', a.status)], note: a.status } : { note: `no transition to ${a.status}`, skipped: true };
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
      if (Object.keys(edit).length === 0) return { note: `no field or account configured for ${a.toTier}`, skipped: true };
      await jiraApi.editIssue(jira, issue.id, { fields: edit });
      return { effects, note: a.toTier };
    }
    case 'createIssue': {
      const created = await jiraApi.createIssue(jira, {
        project: { key: a.project },
        issuetype: { name: a.issueType },
        summary: renderMessage(a.summary, 'en') + ' / ' + renderMessage(a.summary, 'zh'),
        description: adfFromText(`${bilingual(a.description)}\n${issue.key}`),
        labels: [marker(x.issue.id, a.key)],
      });
      await jiraApi.linkIssues(jira, a.linkType, issue.key, created.key);
      for (const other of a.alsoLink) await jiraApi.linkIssues(jira, a.linkType, other, created.key);
      if (a.purpose === 'problem' && x.state.problem) await store.addProblem(created.key, x.state.problem.rule, x.state.problem.scope, x.now);
      return { note: created.key, created: created.key };
    }
    case 'link':
      await jiraApi.linkIssues(jira, a.linkType, issue.key, a.to);
      return { note: a.to };
  }
}
