// The admin page's resolver: function names and response types, shared by src/ and the Custom UI (zod-free:
// the browser bundle imports this file; payload schemas are in admin-payloads.ts).

import type { Effect } from '../domain/config/schema';

export const ADMIN = {
  getConfig: 'admin.getConfig',
  activateConfig: 'admin.activateConfig',
  checkSetup: 'admin.checkSetup',
  recalculate: 'admin.recalculate',
  recalculationProgress: 'admin.recalculationProgress',
  previewConfig: 'admin.previewConfig',
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
    | 'holidays-ending';
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
  readonly versions: ReadonlyArray<{ readonly version: number; readonly activatedAt: number }>;
}
