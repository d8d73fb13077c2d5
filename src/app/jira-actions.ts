// What each action the rules ask for means in Jira, and how to tell whether an interrupted run already did
// it. Every kind of change beyond the app's own property can be switched off in the configuration; Jira's
// own rules decide the rest: notifications only to recipients Jira accepts, internal notes only in service
// desks (elsewhere the app's comments are restricted to a role, or not posted).

import { createHash } from 'node:crypto';
import type { Action } from '../domain/actions';
import type { CompiledConfig } from '../domain/config/compile';
import type { Effect } from '../domain/config/schema';
import type { FieldChange, IssueFields } from '../domain/issue';
import type { ItrState } from '../domain/state';
import { renderMessage, type Message } from '../domain/text';
import * as jiraApi from '../platform/jira/api';
import { JiraError, type JiraClient } from '../platform/jira/client';
import { adfFromText } from './adf';
import type { FieldNames } from './jira-snapshot';
import type { Snapshot } from './snapshot';

export interface ActionContext {
  readonly jira: JiraClient;
  readonly now: number;
  readonly issue: Snapshot['issue'];
  readonly state: ItrState;
  readonly cfg: CompiledConfig;
  readonly names: FieldNames;
}

export type MutableFields = { -readonly [K in keyof IssueFields]: IssueFields[K] };

export interface Outcome {
  /** Field changes made in Jira, also applied to the fields passed in. */
  readonly effects?: readonly FieldChange[];
  readonly note: string | null;
  readonly created?: string;
  readonly skipped?: boolean;
}

/** The configuration switch that governs an action. */
export function effectOf(a: Action): Effect {
  switch (a.type) {
    case 'comment':
      return 'comments';
    case 'notify':
      return 'notifications';
    case 'setPriority':
      return 'priority';
    case 'addLabel':
      return 'labels';
    case 'transition':
      return 'transitions';
    case 'reassign':
      return 'reassignment';
    case 'createIssue':
      return a.purpose === 'problem' ? 'problems' : a.purpose;
    case 'link':
      return 'links';
  }
}

/** Both languages: comments and notifications are read by people of either. */
const bilingual = (m: Message) => `${renderMessage(m, 'en')}\n${renderMessage(m, 'zh')}`;
export const COMMENT_KEY = 'itr.action';
/** The entity property that marks an issue the app created, so a run that died after creating it finds it
 * (indexed by manifest.yml: issue.property[itrCreated].marker). */
export const CREATED_PROPERTY = 'itrCreated';
export const createdMarker = (holder: string, key: string) =>
  `itr-${createHash('sha256').update(`${holder} ${key}`).digest('hex').slice(0, 12)}`;
/** Atlassian account ids: 24 hex digits, or "<number>:<uuid>". */
export const isAccountId = (s: string) =>
  /^[0-9a-f]{24}$/.test(s) || /^\d+:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/.test(s);

/** Records a change the app made: in `fields` (the issue as it now is) and as a timeline change. */
function change(fields: MutableFields, field: string, to: FieldChange['to']): FieldChange {
  const std = field in fields && field !== 'custom';
  const from = std ? (fields[field as keyof IssueFields] as FieldChange['from']) : (fields.custom[field] ?? null);
  if (std) (fields as Record<string, unknown>)[field] = to;
  else fields.custom = { ...fields.custom, [field]: to };
  return { field, from, to };
}

/** For a claim left by an interrupted run: whether Jira shows the action done. Created issues are found by
 * their marker (the key, when found). */
export async function alreadyDone(a: Action, x: ActionContext, holder: string): Promise<boolean | string> {
  switch (a.type) {
    case 'comment': {
      // The dead run's comment, if Jira made it, is among the latest.
      const latest = await jiraApi.commentsWithProperties(x.jira, await jiraApi.latestCommentIds(x.jira, x.issue.id));
      return latest.some((c) => c.properties?.some((p) => p.key === COMMENT_KEY && p.value === a.key) === true);
    }
    case 'createIssue': {
      const jql = `issue.property[${CREATED_PROPERTY}].marker = "${createdMarker(holder, a.key)}"`;
      const { ids } = await jiraApi.searchPage(x.jira, jql, null, 1);
      if (ids[0] === undefined) return false;
      return (await jiraApi.bulkFetch(x.jira, [ids[0]], ['key']))[0]?.key ?? false;
    }
    case 'notify':
      return true; // at most once: a lost notification is better than a repeated one
    default:
      return false; // idempotent: doing it again changes nothing
  }
}

/** Links an issue the app created to this one (and to the incidents behind a problem). */
export async function linkCreated(a: Extract<Action, { type: 'createIssue' }>, x: ActionContext, created: string) {
  await jiraApi.linkIssues(x.jira, a.linkType, x.issue.key, created);
  for (const other of a.alsoLink) await jiraApi.linkIssues(x.jira, a.linkType, other, created);
}

export async function perform(a: Action, x: ActionContext, fields: MutableFields, holder: string): Promise<Outcome> {
  const { jira, issue } = x;
  switch (a.type) {
    case 'comment':
      return comment(a, x);
    case 'notify':
      return notify(a, x, fields);
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
    case 'reassign':
      return reassign(a, x, fields);
    case 'createIssue': {
      const created = await jiraApi.createIssue(
        jira,
        {
          project: { key: a.project },
          issuetype: { name: a.issueType },
          summary: renderMessage(a.summary, 'en') + ' / ' + renderMessage(a.summary, 'zh'),
          description: adfFromText(`${bilingual(a.description)}\n${issue.key}`),
        },
        [{ key: CREATED_PROPERTY, value: { marker: createdMarker(holder, a.key) } }],
      );
      return { note: created.key, created: created.key };
    }
    case 'link':
      await jiraApi.linkIssues(jira, a.linkType, issue.key, a.to);
      return { note: a.to };
  }
}

async function comment(a: Extract<Action, { type: 'comment' }>, x: ActionContext): Promise<Outcome> {
  const properties: Array<{ key: string; value: unknown }> = [{ key: COMMENT_KEY, value: a.key }];
  let visibility: { type: 'role'; value: string } | undefined;
  if (x.issue.serviceDesk) {
    if (a.internal) properties.push({ key: 'sd.public.comment', value: { internal: true } });
  } else {
    // Outside a service desk there are no internal notes: a comment would reach everyone who can browse.
    const role = x.cfg.doc.commentRole;
    if (role === undefined)
      return { note: 'not posted: outside a service desk and no comment role is configured', skipped: true };
    visibility = { type: 'role', value: role };
  }
  await jiraApi.addComment(x.jira, x.issue.id, adfFromText(bilingual(a.text)), properties, visibility);
  return { note: null };
}

type To = NonNullable<Parameters<typeof jiraApi.notify>[2]['to']>;

/** Recipients Jira accepts: the assignee only when there is one, groups by groupId, people by account id. */
function recipients(a: Extract<Action, { type: 'notify' }>, x: ActionContext, fields: MutableFields) {
  const to: { assignee?: boolean; reporter?: boolean; watchers?: boolean } = {};
  const groupIds = new Set<string>();
  const users = new Set<string>();
  const dropped: string[] = [];
  const group = (name: string) => {
    const id = x.cfg.doc.resolved.groups[name];
    if (id === undefined) dropped.push(`group "${name}" (not resolved on this site)`);
    else groupIds.add(id);
  };
  const person = (who: string) => (isAccountId(who) ? users.add(who) : group(who));
  for (const r of a.to) {
    if ('role' in r) {
      if (r.role === 'assignee' && fields.assignee === null) dropped.push('assignee (unassigned)');
      else if (r.role === 'reporter' && fields.reporter === null) dropped.push('reporter (none)');
      else to[r.role] = true;
    } else if ('group' in r) group(r.group);
    else person(r.owner); // a service owner is a person or a group
  }
  const build = (): To => ({
    ...to,
    ...(groupIds.size > 0 ? { groups: [...groupIds].map((groupId) => ({ groupId })) } : {}),
    ...(users.size > 0 ? { users: [...users].map((accountId) => ({ accountId })) } : {}),
  });
  let fallback: string | null = null;
  if (Object.keys(build()).length === 0) {
    // Nobody valid is left: the service owner hears of it, else the configured fallback.
    const owner = x.state.service ? x.cfg.serviceById.get(x.state.service)?.owner : undefined;
    for (const who of [owner, x.cfg.doc.notifyFallback]) {
      if (who === undefined || Object.keys(build()).length > 0) continue;
      person(who);
      if (Object.keys(build()).length > 0) fallback = who;
    }
  }
  return { to: build(), dropped, fallback };
}

async function notify(
  a: Extract<Action, { type: 'notify' }>,
  x: ActionContext,
  fields: MutableFields,
): Promise<Outcome> {
  const { to, dropped, fallback } = recipients(a, x, fields);
  const findings = [
    ...(dropped.length > 0 ? [`not sent to ${dropped.join(', ')}`] : []),
    ...(fallback !== null ? [`sent to the fallback ${fallback}`] : []),
  ];
  if (Object.keys(to).length === 0) return { note: `${findings.join('; ')}; nobody left to notify`, skipped: true };
  const text = bilingual(a.text);
  const body = { subject: `[${x.issue.key}] ${text.split('\n')[0]!}`, textBody: text };
  try {
    await jiraApi.notify(x.jira, x.issue.id, { ...body, to });
    return { note: findings.length > 0 ? findings.join('; ').slice(0, 1000) : null };
  } catch (e) {
    // A group Jira does not know (it refused the whole call): the people it can still reach hear of it, and
    // the refusal is recorded for the admin.
    const { groups, ...reachable } = to;
    if (!(e instanceof JiraError) || e.status !== 400 || !groups || Object.keys(reachable).length === 0) throw e;
    await jiraApi.notify(x.jira, x.issue.id, { ...body, to: reachable });
    return { note: [...findings, `sent without groups: ${e.detail}`].join('; ').slice(0, 1000) };
  }
}

async function reassign(
  a: Extract<Action, { type: 'reassign' }>,
  x: ActionContext,
  fields: MutableFields,
): Promise<Outcome> {
  if (x.state.tier !== null && x.state.tier !== a.fromTier && x.state.tier !== a.toTier) {
    return { note: `tier moved to ${x.state.tier} meanwhile`, skipped: true };
  }
  const edit: Record<string, unknown> = {};
  const effects: FieldChange[] = [];
  const fieldId = a.field === undefined ? undefined : fieldIdFor(x, a.field);
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
  await jiraApi.editIssue(x.jira, x.issue.id, { fields: edit });
  return { effects, note: a.toTier };
}

/** The id of a named field on this issue: team-managed projects may each have their own of that name. */
const fieldIdFor = (x: ActionContext, name: string): string | undefined =>
  x.issue.fieldIds?.[name] ?? x.names.idsByName.get(name)?.[0];
