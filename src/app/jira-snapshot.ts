// Jira's REST shapes mapped onto what the domain knows of an issue: current fields (custom ones under the
// names the configuration uses), Jira's status categories, and the timeline of changes and comments with
// each comment's author judged (agent or not) by what the site says of them.

import type { FieldChange, FieldValue, StatusCategory, TimelineEvent } from '../domain/issue';
import type { IssueBean, JiraComment, JiraHistory } from '../platform/jira/schemas';
import { textFromAdf } from './adf';
import type { Snapshot } from './snapshot';

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

/** Custom field ids ↔ the configuration's names for them. A name has one id, or one per team-managed
 * project that has its own field of that name. */
export interface FieldNames {
  readonly idsByName: ReadonlyMap<string, readonly string[]>;
  readonly nameById: ReadonlyMap<string, string>;
  /** JSM's request participants field, when the site has one: participants are never agents. */
  readonly participantsField: string | null;
}

/** What the mapping needs to know of the site beyond the issue. */
export interface SiteTerms {
  readonly names: FieldNames;
  /** The app's own account: its comments are no response to anyone. */
  readonly appAccount: string;
  /** Jira's category of every status, by status id (changelog items carry ids). */
  readonly statusCategory: ReadonlyMap<string, StatusCategory>;
  /** Accounts that act for the service in this issue's project (see agents.ts). */
  readonly agents: ReadonlySet<string>;
  readonly serviceDesk: boolean;
}

const time = (iso: string | undefined) => (iso === undefined ? 0 : Date.parse(iso));

/** Jira's status category keys; anything else ("undefined") reads as in progress. */
export function categoryOfKey(key: string | undefined): StatusCategory {
  return key === 'new' || key === 'done' ? key : 'indeterminate';
}

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

const isComponents = (it: JiraHistory['items'][number]) =>
  (it.fieldId ?? it.field) === 'components' || it.field === 'Component';

/** Components change one item per component; the list before each change is found walking back from now. */
function componentLists(ordered: readonly JiraHistory[], now: readonly string[]) {
  const lists = new Map<string, { from: string[]; to: string[] }>();
  let after = [...now];
  for (let i = ordered.length - 1; i >= 0; i--) {
    const items = ordered[i]!.items.filter(isComponents);
    if (items.length === 0) continue;
    let before = [...after];
    for (const it of items) {
      if (it.toString) before = before.filter((c) => c !== it.toString);
      if (it.fromString && !before.includes(it.fromString)) before.push(it.fromString);
    }
    lists.set(ordered[i]!.id, { from: before, to: after });
    after = before;
  }
  return lists;
}

/** The accounts a comment's author must not be to count as an agent: the request's participants. */
function participantsOf(bean: IssueBean, names: FieldNames): Set<string> {
  const v = names.participantsField === null ? null : customValue(bean.fields[names.participantsField]);
  return new Set<string>(Array.isArray(v) ? (v as readonly string[]) : typeof v === 'string' ? [v] : []);
}

export function toSnapshot(
  bean: IssueBean,
  histories: readonly JiraHistory[],
  comments: readonly JiraComment[],
  site: SiteTerms,
): Snapshot {
  const f = bean.fields;
  const custom: Record<string, FieldValue> = {};
  const fieldIds: Record<string, string> = {};
  for (const [name, ids] of site.names.idsByName) {
    let value: FieldValue = null;
    for (const id of ids) {
      if (!(id in f)) continue; // Jira answers only the fields this issue's project has
      value ??= customValue((f as Record<string, unknown>)[id]);
      if (ids.length > 1) fieldIds[name] = id;
    }
    custom[name] = value;
  }
  const components = (f.components ?? []).map((c) => c.name);
  const status = f.status?.name ?? '';
  const statusCategories: Record<string, StatusCategory> = {};
  const ordered = [...histories].sort((a, b) => time(a.created) - time(b.created) || Number(a.id) - Number(b.id));
  const lists = componentLists(ordered, components);

  const timeline: TimelineEvent[] = [];
  for (const h of ordered) {
    const changes: FieldChange[] = [];
    for (const it of h.items) {
      if (isComponents(it)) continue;
      if ((it.fieldId ?? it.field) === 'status') {
        for (const [id, name] of [
          [it.from, it.fromString],
          [it.to, it.toString],
        ] as const) {
          const category = id ? site.statusCategory.get(id) : undefined;
          if (name && category) statusCategories[name] = category;
        }
      }
      const c = changeOf(it, site.names);
      if (c) changes.push(c);
    }
    const comps = lists.get(h.id);
    if (comps) changes.push({ field: 'components', from: comps.from, to: comps.to });
    if (changes.length > 0) timeline.push({ at: time(h.created), type: 'changed', changes });
  }
  if (f.status) statusCategories[status] = categoryOfKey(f.status.statusCategory?.key);

  const reporter = f.reporter?.accountId ?? null;
  const participants = participantsOf(bean, site.names);
  for (const c of comments) {
    const author = c.author?.accountId;
    if (!author || author === site.appAccount) continue; // the app's own notes are no response to anyone
    const restricted = (c.visibility !== undefined && c.visibility !== null) || c.jsdPublic === false; // role/group, or a JSM internal note
    const agent =
      site.agents.has(author) &&
      author !== reporter &&
      !participants.has(author) &&
      c.author?.accountType !== 'app' &&
      c.author?.accountType !== 'customer';
    timeline.push({ at: time(c.created), type: 'commented', author, public: !restricted, agent });
  }
  timeline.sort((a, b) => a.at - b.at);

  return {
    issue: {
      id: bean.id,
      key: bean.key,
      project: f.project?.key ?? bean.key.split('-')[0]!,
      projectId: f.project?.id ?? '',
      ...(Object.keys(fieldIds).length > 0 ? { fieldIds } : {}),
      ...(f.reporter?.emailAddress ? { reporterEmail: f.reporter.emailAddress } : {}),
      serviceDesk: site.serviceDesk,
      issueType: f.issuetype?.name ?? '',
      created: time(f.created),
      statusCategories,
      fields: {
        status,
        priority: f.priority?.name ?? null,
        assignee: f.assignee?.accountId ?? null,
        reporter,
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
