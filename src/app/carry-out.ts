// Carries out the actions an evaluation asks for, each at most once. An action is claimed in SQL before
// the call to Jira and marked done after it. A claim left by a run that died mid-call is checked against
// Jira where a repeat would show (comments carry their key as a comment property, created issues a
// label); idempotent actions (priority, labels, reassignment, transitions, links) are simply done again;
// a notification whose fate is unknown is not sent twice.

import { createHash } from 'node:crypto';
import type { Action } from '../domain/actions';
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
  /** Whether Jira's copy of the issue changed, so the stored snapshot is out of date. */
  readonly changedIssue: boolean;
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
  let changedIssue = false;
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
      const detail = await perform(a, x);
      if (detail.created && a.type === 'createIssue') links[a.purpose] = detail.created;
      changedIssue ||= detail.changed;
      carried++;
      await store.finishAction(holder, a.key, detail.skipped ? 'skipped' : 'done', detail.note, x.now);
    } catch (e) {
      if (e instanceof RateLimitedError) throw e; // stays claimed: the next run checks and carries on
      if (!(e instanceof JiraError)) throw e;
      await store.finishAction(holder, a.key, 'skipped', e.message.slice(0, 1000), x.now);
    }
  }
  return { links, changedIssue, carried };
}

/** For a claim left by an interrupted run: false when Jira shows no trace, else true or the created key. */
async function alreadyDone(a: Action, x: CarryContext): Promise<boolean | string> {
  switch (a.type) {
    case 'comment':
      return (await jiraApi.comments(x.jira, x.issue.id)).some((c) => JSON.stringify(c).includes(`"${COMMENT_KEY}"`) && JSON.stringify(c).includes(a.key));
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
  readonly changed: boolean;
  readonly note: string | null;
  readonly created?: string;
  readonly skipped?: boolean;
}

async function perform(a: Action, x: CarryContext): Promise<Outcome> {
  const { jira, issue } = x;
  switch (a.type) {
    case 'comment':
      await jiraApi.addComment(jira, issue.id, adfFromText(bilingual(a.text)), [
        { key: COMMENT_KEY, value: a.key },
        ...(a.internal ? [{ key: 'sd.public.comment', value: { internal: true } }] : []),
      ]);
      return { changed: false, note: null };
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
      return { changed: false, note: null };
    }
    case 'setPriority':
      await jiraApi.editIssue(jira, issue.id, { fields: { priority: { name: a.jiraPriority } } });
      return { changed: true, note: a.jiraPriority };
    case 'addLabel':
      await jiraApi.editIssue(jira, issue.id, { update: { labels: [{ add: a.label }] } });
      return { changed: true, note: a.label };
    case 'transition': {
      const moved = await jiraApi.transitionTo(jira, issue.id, a.status);
      return { changed: moved, note: moved ? a.status : `no transition to ${a.status}`, skipped: !moved };
    }
    case 'reassign': {
      if (x.state.tier !== null && x.state.tier !== a.fromTier && x.state.tier !== a.toTier) {
        return { changed: false, note: `tier moved to ${x.state.tier} meanwhile`, skipped: true };
      }
      const fields: Record<string, unknown> = {};
      const fieldId = a.field === undefined ? undefined : x.names.idByName.get(a.field);
      if (fieldId !== undefined && a.fieldValue !== undefined) fields[fieldId] = { value: a.fieldValue };
      if (a.accountId !== undefined) fields['assignee'] = { accountId: a.accountId };
      else if (fieldId !== undefined) fields['assignee'] = null; // back to the new tier's queue
      if (Object.keys(fields).length === 0) return { changed: false, note: `no field or account configured for ${a.toTier}`, skipped: true };
      await jiraApi.editIssue(jira, issue.id, { fields });
      return { changed: true, note: a.toTier };
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
      return { changed: false, note: created.key, created: created.key };
    }
    case 'link':
      await jiraApi.linkIssues(jira, a.linkType, issue.key, a.to);
      return { changed: false, note: a.to };
  }
}
