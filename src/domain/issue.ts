// What the domain knows of a Jira issue: its current fields and its timeline of changes and app-relevant
// events. The app layer maps Jira's REST shapes onto these; the domain never sees Jira JSON.

import type { CustomerDirectory } from './customer';
import type { ItrState } from './state';

export type StatusCategory = 'new' | 'indeterminate' | 'done';
export type FieldValue = string | number | null | readonly string[];

/** Current values. Standard fields by their Jira ids; custom fields by id (customfield_10010). */
export interface IssueFields {
  readonly status: string;
  readonly priority: string | null;
  readonly assignee: string | null; // accountId
  readonly reporter: string | null; // accountId
  readonly resolution: string | null;
  readonly summary: string;
  readonly description: string; // plain text
  readonly labels: readonly string[];
  readonly components: readonly string[];
  readonly custom: Readonly<Record<string, FieldValue>>;
}

export interface IssueInput {
  readonly id: string;
  readonly key: string;
  readonly project: string;
  readonly issueType: string;
  readonly created: number;
  readonly fields: IssueFields;
  /** Jira's status category of each status this issue has been in, by name (from Jira, in any workflow
   * and language); the configuration's statuses override it. */
  readonly statusCategories?: Readonly<Record<string, StatusCategory>>;
  /** Groups of the people the rules look at (reporter, assignees over time). */
  readonly groups?: Readonly<Record<string, readonly string[]>>;
  /** The `itr` property as stored by the previous evaluation. */
  readonly property?: ItrState;
  /** The current reporter's email, where Jira shows it (their profile's visibility decides). */
  readonly reporterEmail?: string;
  /** The project's customer records (absent: the project has none). */
  readonly customers?: CustomerDirectory;
}

export interface FieldChange {
  readonly field: string; // 'status' | 'priority' | 'assignee' | 'resolution' | 'labels' | 'components' | custom id
  readonly from: FieldValue;
  readonly to: FieldValue;
}

export type TimelineEvent =
  | { readonly at: number; readonly type: 'changed'; readonly changes: readonly FieldChange[] }
  | {
      readonly at: number;
      readonly type: 'commented';
      readonly author: string;
      readonly public: boolean;
      /** Whether the author acts for the service (the platform decides by role, group and account type;
       * never the reporter, a request participant or an app). Absent: anyone but the reporter. */
      readonly agent?: boolean;
    }
  | { readonly at: number; readonly type: 'escalationRequested'; readonly by: string; readonly reason: string }
  | { readonly at: number; readonly type: 'complaint'; readonly by: string; readonly via: 'customer' | 'user' }
  | {
      readonly at: number;
      readonly type: 'responsibilityOverridden';
      readonly by: string;
      readonly party: string;
      readonly supplier?: string;
      readonly reason: string;
    };

/** Other incidents the incident-to-problem rules look at, and the problems already open. */
export interface ProblemContext {
  readonly incidents: ReadonlyArray<{
    key: string;
    created: number;
    service: string | null;
    components: readonly string[];
  }>;
  readonly openProblems: ReadonlyArray<{ key: string; rule: string; scope: string }>;
}
