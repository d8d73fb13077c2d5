// The admin page's resolver: function names and response types, shared by src/ and the Custom UI (zod-free:
// the browser bundle imports this file; payload schemas are in admin-payloads.ts).

import type { Effect } from '../domain/config/effects';

export { EFFECTS, type Effect } from '../domain/config/effects';

export const ADMIN = {
  getConfig: 'admin.getConfig',
  activateConfig: 'admin.activateConfig',
  checkSetup: 'admin.checkSetup',
  recalculate: 'admin.recalculate',
  recalculationProgress: 'admin.recalculationProgress',
  previewConfig: 'admin.previewConfig',
  siteOptions: 'admin.siteOptions',
  version: 'admin.version',
  activity: 'admin.activity',
} as const;

/** One thing found when a configuration is checked against the site: a blocking one refuses activation. */
export interface SetupFinding {
  /** JSON path in the configuration ('' for the whole document). */
  readonly path: string;
  readonly severity: 'blocking' | 'warning';
  readonly code:
    | 'invalid'
    | 'scope-empty'
    | 'scope-jql'
    | 'project-missing'
    | 'issue-type-missing'
    | 'status-missing'
    | 'field-missing'
    | 'field-ambiguous'
    | 'link-type-missing'
    | 'group-missing'
    | 'agent-role-missing'
    | 'holidays-ending'
    | 'customer-missing';
  readonly message: string;
}

/** What the configuration turns on: where the app works and which changes it makes to Jira. */
export interface SetupReport {
  readonly scope: {
    readonly projects: ReadonlyArray<{ readonly id: string; readonly key: string; readonly name: string }>;
    readonly jql?: string;
    /** Jira's approximate count of the issues in scope; null when there is no valid scope to count. */
    readonly approximateIssues: number | null;
  };
  readonly effectsOn: readonly Effect[];
}

export interface SetupCheck {
  readonly findings: readonly SetupFinding[];
  /** Site ids the names resolved to (what activation saves in `resolved`). */
  readonly resolved: {
    readonly fields: Readonly<Record<string, readonly string[]>>;
    readonly groups: Readonly<Record<string, string>>;
  };
  /** Null when the document's shape is invalid (the site is then not read). */
  readonly report: SetupReport | null;
}

/** The configuration in force and the versions before it (activatedAt null: the default template, never saved). */
export interface AdminConfigView {
  readonly active: { readonly version: number; readonly activatedAt: number | null; readonly doc: unknown };
  readonly versions: ReadonlyArray<{
    readonly version: number;
    readonly activatedAt: number;
    /** The admin's accountId; null for the template's record and versions saved before it was kept. */
    readonly activatedBy: string | null;
    /** That admin's display name, when Jira still knows the account. */
    readonly activatedByName: string | null;
  }>;
}

/** What the setup pickers offer, read as the app: what the app can see is what it can work with. */
export interface SiteOptions {
  readonly projects: ReadonlyArray<{ readonly id: string; readonly key: string; readonly name: string }>;
  readonly statuses: ReadonlyArray<{
    readonly id: string;
    readonly name: string;
    readonly category: 'new' | 'indeterminate' | 'done';
  }>;
  /** Custom fields (the configuration names only those). */
  readonly fields: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly linkTypes: ReadonlyArray<{ readonly id: string; readonly name: string }>;
  readonly groups: ReadonlyArray<{ readonly groupId: string; readonly name: string }>;
}

/** One saved configuration version (admin.version). */
export interface ConfigVersionView {
  readonly version: number;
  readonly activatedAt: number;
  readonly activatedBy: string | null;
  readonly doc: unknown;
}

/** What came of an action: done; skipped by the app (switched off, nothing to do); refused by Jira; or
 * still claimed by a run (in progress, or waiting for its lease after Jira failed). */
export type ActionOutcome = 'done' | 'skipped' | 'refused' | 'pending';

export interface ActivityAction {
  readonly at: number;
  readonly issueId: string;
  /** Null when the app holds no record of the issue (a shared problem claim, or a pruned issue). */
  readonly issueKey: string | null;
  readonly action: string;
  readonly outcome: ActionOutcome;
  /** Jira's message when it refused; what was created or why it was skipped otherwise. */
  readonly detail: string | null;
}

export interface ActivityJob {
  readonly jobId: string;
  readonly kind: string;
  readonly status: string;
  readonly processed: number;
  readonly total: number | null;
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** A page of the activity log, newest first. */
export interface ActivityPage {
  readonly actions: readonly ActivityAction[];
  /** The next page's number; null on the last page. */
  readonly nextPage: number | null;
  /** The latest recalculation jobs (on the first page only; later pages repeat none). */
  readonly jobs: readonly ActivityJob[];
}

export const ACTIVITY_PAGE_SIZE = 25;

/** admin.recalculationProgress: a recalculation job's progress (null when none ever ran). */
export interface RecalculationProgress {
  readonly jobId: string;
  readonly status: 'running' | 'done' | 'superseded';
  readonly processed: number;
  /** Jira's approximate count of the open issues in scope when it started. */
  readonly total: number | null;
  readonly startedAt: number;
  readonly updatedAt: number;
}

/** admin.activateConfig's answer: the version saved and the recalculation it started. */
export interface Activation {
  readonly version: number;
  readonly recalculation: RecalculationProgress | null;
  /** Warnings the check found (nothing blocked). */
  readonly findings: readonly SetupFinding[];
}

/** admin.activateConfig's refusal: what blocked it, or where the document is invalid, by JSON path. */
export interface ActivationRefusal {
  readonly code: 'invalid' | 'blocked' | 'busy' | 'forbidden';
  readonly message: string;
  readonly findings?: readonly SetupFinding[];
  readonly issues?: ReadonlyArray<{ readonly path: string; readonly message: string }>;
}
