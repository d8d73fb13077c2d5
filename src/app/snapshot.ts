// Jira's REST shapes mapped onto what the domain knows of an issue: current fields (custom ones under
// the names the configuration uses) and the timeline of changes and comments. The snapshot is what the
// app stores, so the sweep evaluates without reading Jira again.

import { z } from 'zod';
import type { FieldChange, FieldValue, IssueInput, TimelineEvent } from '../domain/issue';
import type { IssueBean, JiraComment, JiraHistory } from '../platform/jira/schemas';
import { textFromAdf } from './adf';

export interface Snapshot {
  readonly issue: Omit<IssueInput, 'property'>;
  /** Changes and comments from Jira, oldest first. */
  readonly timeline: readonly TimelineEvent[];
  readonly updated: number;
}

const fieldValue = z.union([z.string(), z.number(), z.null(), z.array(z.string())]);
const change = z.object({ field: z.string(), from: fieldValue, to: fieldValue });
const timelineEvent = z.discriminatedUnion('type', [
  z.object({ at: z.number(), type: z.literal('changed'), changes: z.array(change) }),
  z.object({ at: z.number(), type: z.literal('commented'), author: z.string(), public: z.boolean() }),
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
const snapshotShape = z.object({
  issue: z.object({
    id: z.string(),
    key: z.string(),
    project: z.string(),
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
    groups: z.record(z.string(), z.array(z.string())).optional(),
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

/** Standard fields the app reads, besides the configuration's custom ones. */
export const STANDARD_FIELDS = [
  'summary',
  'description',
  'issuetype',
  'project',
  'status',
  'priority',
  'assignee',
  'reporter',
  'resolution',
  'labels',
  'components',
  'created',
  'updated',
] as const;

/** Custom field ids ↔ the configuration's names for them. */
export interface FieldNames {
  readonly idByName: ReadonlyMap<string, string>;
  readonly nameById: ReadonlyMap<string, string>;
}

const time = (iso: string | undefined) => (iso === undefined ? 0 : Date.parse(iso));

function customValue(v: unknown): FieldValue {
  if (v === null || v === undefined) return null;
  if (typeof v === 'string' || typeof v === 'number') return v;
  if (Array.isArray(v)) return v.map((x) => String(customValue(x) ?? '')).filter((x) => x !== '');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    const s = o['value'] ?? o['name'] ?? o['displayName'] ?? o['accountId'];
    return typeof s === 'string' ? s : null;
  }
  return typeof v === 'boolean' ? String(v) : null;
}

/** One change item as the domain reads it; null for fields the rules never look at. */
function changeOf(item: JiraHistory['items'][number], names: FieldNames): FieldChange | null {
  const id = item.fieldId ?? item.field;
  const str = (v: string | null | undefined) => v ?? null;
  switch (id) {
    case 'status':
    case 'priority':
    case 'resolution':
    case 'issuetype':
    case 'summary':
      return { field: id, from: str(item.fromString), to: str(item.toString) };
    case 'assignee':
    case 'reporter':
      return { field: id, from: str(item.from), to: str(item.to) };
    case 'labels': {
      const split = (v: string | null | undefined) => (v ?? '').split(' ').filter(Boolean);
      return { field: 'labels', from: split(item.fromString), to: split(item.toString) };
    }
    default: {
      const name = names.nameById.get(id);
      return name === undefined ? null : { field: name, from: str(item.fromString), to: str(item.toString) };
    }
  }
}

export function toSnapshot(
  bean: IssueBean,
  histories: readonly JiraHistory[],
  comments: readonly JiraComment[],
  names: FieldNames,
  appAccount: string,
): Snapshot {
  const f = bean.fields;
  const custom: Record<string, FieldValue> = {};
  for (const [name, id] of names.idByName) custom[name] = customValue((f as Record<string, unknown>)[id]);
  const components = (f.components ?? []).map((c) => c.name);

  // Components change one item per component; the list before each change is found walking back from now.
  const ordered = [...histories].sort((a, b) => time(a.created) - time(b.created) || Number(a.id) - Number(b.id));
  const componentLists = new Map<string, { from: string[]; to: string[] }>();
  let after = components;
  for (let i = ordered.length - 1; i >= 0; i--) {
    const items = ordered[i]!.items.filter(
      (it) => (it.fieldId ?? it.field) === 'components' || it.field === 'Component',
    );
    if (items.length === 0) continue;
    let before = [...after];
    for (const it of items) {
      if (it.toString) before = before.filter((c) => c !== it.toString);
      if (it.fromString && !before.includes(it.fromString)) before.push(it.fromString);
    }
    componentLists.set(ordered[i]!.id, { from: before, to: after });
    after = before;
  }

  const timeline: TimelineEvent[] = [];
  for (const h of ordered) {
    const changes: FieldChange[] = [];
    for (const it of h.items) {
      if ((it.fieldId ?? it.field) === 'components' || it.field === 'Component') continue;
      const c = changeOf(it, names);
      if (c) changes.push(c);
    }
    const comps = componentLists.get(h.id);
    if (comps) changes.push({ field: 'components', from: comps.from, to: comps.to });
    if (changes.length > 0) timeline.push({ at: time(h.created), type: 'changed', changes });
  }
  for (const c of comments) {
    const author = c.author?.accountId;
    if (!author || author === appAccount) continue; // the app's own notes are not a response to anyone
    const restricted = (c.visibility !== undefined && c.visibility !== null) || c.jsdPublic === false; // role/group, or a JSM internal note
    timeline.push({ at: time(c.created), type: 'commented', author, public: !restricted });
  }
  timeline.sort((a, b) => a.at - b.at);

  return {
    issue: {
      id: bean.id,
      key: bean.key,
      project: f.project?.key ?? bean.key.split('-')[0]!,
      issueType: f.issuetype?.name ?? '',
      created: time(f.created),
      fields: {
        status: f.status?.name ?? '',
        priority: f.priority?.name ?? null,
        assignee: f.assignee?.accountId ?? null,
        reporter: f.reporter?.accountId ?? null,
        resolution: f.resolution?.name ?? null,
        summary: f.summary ?? '',
        description: textFromAdf(f.description).trim(),
        labels: f.labels ?? [],
        components,
        custom,
      },
    },
    timeline,
    updated: time(f.updated),
  };
}
