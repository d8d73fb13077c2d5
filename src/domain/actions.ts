// What evaluation asks the platform to do. Declarative: each action names its effect and carries
// idempotency keys (fires once per cycle / threshold / event, however often the issue is evaluated) and
// the instant it became due.

import type { Message } from './text';

export type Recipient =
  { readonly role: 'assignee' | 'reporter' | 'watchers' } | { readonly group: string } | { readonly owner: string };

export type ActionBody =
  | { readonly type: 'comment'; readonly text: Message; readonly internal: boolean }
  | { readonly type: 'notify'; readonly to: readonly Recipient[]; readonly text: Message }
  | { readonly type: 'setPriority'; readonly grade: string; readonly jiraPriority: string }
  /** Carry out only while `fromTier` still holds the issue: a late timeout must not move it twice. */
  | {
      readonly type: 'reassign';
      readonly fromTier: string | null;
      readonly toTier: string;
      readonly accountId?: string;
      readonly field?: string;
      readonly fieldValue?: string;
    }
  | { readonly type: 'addLabel'; readonly label: string }
  | { readonly type: 'transition'; readonly status: string }
  | {
      readonly type: 'createIssue';
      readonly purpose: 'problem' | 'ltc' | 'ipd';
      readonly project: string;
      readonly issueType: string;
      readonly summary: Message;
      readonly description: Message;
      readonly linkType: string;
      /** Other issues to link to the new one (the incidents behind a problem). */
      readonly alsoLink: readonly string[];
    }
  | { readonly type: 'link'; readonly purpose: 'problem'; readonly to: string; readonly linkType: string };

/**
 * `key` names one action; `group` the actions that fall due together (a threshold step, a complaint, a
 * timeout). The state's `done` list records groups: a group is carried out whole, and the platform keeps
 * its own per-action record for a run that stops halfway.
 */
export type Action = ActionBody & { readonly key: string; readonly group: string; readonly dueAt: number };
