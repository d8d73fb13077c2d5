// The snapshot: what the app stores of an issue (current fields, Jira's status categories, and the timeline
// of changes and comments, already in the domain's terms), so the sweep evaluates without reading Jira
// again. Checked field by field when read back from SQL.

import { z } from 'zod';
import type { IssueInput, StatusCategory, TimelineEvent } from '../domain/issue';

export interface Snapshot {
  readonly issue: Omit<IssueInput, 'property' | 'groups' | 'statusCategories'> & {
    readonly statusCategories: Readonly<Record<string, StatusCategory>>;
    readonly projectId: string;
    /** For a field name with several ids (team-managed projects), the one this issue has. */
    readonly fieldIds?: Readonly<Record<string, string>>;
    /** Service desks have internal notes; elsewhere the app's comments are restricted to a role. */
    readonly serviceDesk: boolean;
  };
  /** Changes and comments from Jira, oldest first. */
  readonly timeline: readonly TimelineEvent[];
  readonly updated: number;
}

const fieldValue = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
const change = z.object({ field: z.string(), from: fieldValue, to: fieldValue });
const timelineEvent = z.discriminatedUnion('type', [
  z.object({ at: z.number(), type: z.literal('changed'), changes: z.array(change) }),
  z.object({
    at: z.number(),
    type: z.literal('commented'),
    author: z.string(),
    public: z.boolean(),
    agent: z.boolean().optional(),
  }),
  z.object({ at: z.number(), type: z.literal('escalationRequested'), by: z.string(), reason: z.string() }),
  z.object({ at: z.number(), type: z.literal('complaint'), by: z.string(), via: z.enum(['customer', 'user']) }),
  z.object({
    at: z.number(),
    type: z.literal('responsibilityOverridden'),
    by: z.string(),
    party: z.string(),
    supplier: z.string().optional(),
    reason: z.string(),
  }),
]);
const statusCategory = z.enum(['new', 'indeterminate', 'done']);
const snapshotShape = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string(),
    project: z.string(),
    projectId: z.string(),
    fieldIds: z.record(z.string(), z.string()).optional(),
    reporterEmail: z.string().optional(),
    serviceDesk: z.boolean(),
    statusCategories: z.record(z.string(), statusCategory),
    issueType: z.string(),
    created: z.number(),
    fields: z.object({
      status: z.string(),
      priority: z.string().nullable(),
      assignee: z.string().nullable(),
      reporter: z.string().nullable(),
      resolution: z.string().nullable(),
      summary: z.string(),
      description: z.string(),
      labels: z.array(z.string()),
      components: z.array(z.string()),
      custom: z.record(z.string(), fieldValue),
    }),
  }),
  timeline: z.array(timelineEvent),
  updated: z.number(),
});
/**
 * Stored JSON checked against the shapes above (a failure names the field), then typed as the domain's:
 * the value is returned as read, since zod's optional keys admit `undefined` where the domain's do not.
 */
export function parseSnapshot(json: string): Snapshot {
  const v: unknown = JSON.parse(json);
  snapshotShape.parse(v);
  return v as Snapshot;
}

export function parseAppEvent(json: string): TimelineEvent {
  const v: unknown = JSON.parse(json);
  timelineEvent.parse(v);
  return v as TimelineEvent;
}
