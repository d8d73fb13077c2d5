// Site objects rendered the way Jira's REST v3 answers them (only the parts a client reads).

import type { Comment, Field, FieldValue, History, Issue, Project, Site, Status } from './site';

export const BASE = 'https://itr-sandbox.atlassian.net';

export function userJson(site: Site, accountId: string | null) {
  if (accountId === null) return null;
  const u = site.users.get(accountId);
  return {
    accountId,
    accountType: u?.accountType ?? 'atlassian',
    active: true,
    displayName: u?.displayName ?? accountId,
    ...(u?.emailAddress ? { emailAddress: u.emailAddress } : {}),
    self: `${BASE}/rest/api/3/user?accountId=${accountId}`,
  };
}

const CATEGORIES = {
  new: { id: 2, key: 'new', name: 'To Do', colorName: 'blue-gray' },
  indeterminate: { id: 4, key: 'indeterminate', name: 'In Progress', colorName: 'yellow' },
  done: { id: 3, key: 'done', name: 'Done', colorName: 'green' },
} as const;

export function statusJson(site: Site, name: string) {
  const s = site.statuses.get(name);
  const { id, key, name: catName } = CATEGORIES[s?.category ?? 'new'];
  return { id: s?.id ?? '0', name, statusCategory: { id, key, name: catName } };
}

/** A StatusDetails, as GET /status and /project/{key}/statuses list them. */
export function statusDetailsJson(s: Status) {
  const c = CATEGORIES[s.category];
  return {
    self: `${BASE}/rest/api/3/status/${s.id}`,
    id: s.id,
    name: s.name,
    description: '',
    iconUrl: `${BASE}/images/icons/statuses/generic.png`,
    statusCategory: { self: `${BASE}/rest/api/3/statuscategory/${String(c.id)}`, ...c },
  };
}

export function projectJson(p: Project) {
  return {
    self: `${BASE}/rest/api/3/project/${p.id}`,
    id: p.id,
    key: p.key,
    name: p.name,
    projectTypeKey: p.typeKey,
    simplified: p.simplified === true,
    style: p.simplified === true ? 'next-gen' : 'classic',
  };
}

function customJson(site: Site, f: Field, v: FieldValue) {
  if (v === null) return null;
  switch (f.kind) {
    case 'option':
      return { value: String(v) };
    case 'options':
      return (Array.isArray(v) ? (v as readonly string[]) : [String(v)]).map((value) => ({ value }));
    case 'number':
      return Number(v);
    case 'users':
      return (Array.isArray(v) ? (v as readonly string[]) : [String(v)]).map((a) => userJson(site, a));
    default:
      return v;
  }
}

/** Every navigable field, by id. */
function allFields(site: Site, issue: Issue): Record<string, unknown> {
  const project = site.projects.get(issue.project);
  const out: Record<string, unknown> = {
    summary: issue.summary,
    description: issue.description,
    issuetype: { name: issue.issuetype, id: String(site.issueTypes.indexOf(issue.issuetype) + 1) },
    project: project ? projectJson(project) : null,
    status: statusJson(site, issue.status),
    priority:
      issue.priority === null
        ? null
        : { name: issue.priority, id: String(site.priorities.indexOf(issue.priority) + 1) },
    assignee: userJson(site, issue.assignee),
    reporter: userJson(site, issue.reporter),
    resolution: issue.resolution === null ? null : { name: issue.resolution },
    labels: issue.labels,
    components: issue.components.map((name) => ({ name })),
    duedate: issue.duedate,
    created: new Date(issue.created).toISOString(),
    updated: new Date(issue.updated).toISOString(),
    issuelinks: site.links
      .filter((l) => l.inward === issue.id || l.outward === issue.id)
      .map((l) => {
        const other = site.issues.get(l.inward === issue.id ? l.outward : l.inward);
        const side = l.inward === issue.id ? 'outwardIssue' : 'inwardIssue';
        return { id: l.id, type: { name: l.type }, [side]: { id: String(other?.id), key: other?.key } };
      }),
  };
  for (const f of site.fields) if (f.custom) out[f.id] = customJson(site, f, issue.custom[f.id] ?? null);
  return out;
}

/** A JSM comment property saying the comment is an internal note. */
export const isInternal = (v: unknown) =>
  typeof v === 'object' && v !== null && (v as { internal?: unknown }).internal === true;

export function commentJson(site: Site, c: Comment, withProperties: boolean) {
  return {
    id: c.id,
    author: userJson(site, c.author),
    body: c.body,
    created: new Date(c.created).toISOString(),
    updated: new Date(c.created).toISOString(),
    ...(c.visibility ? { visibility: c.visibility } : {}),
    jsdPublic: !isInternal(c.properties['sd.public.comment']), // JSM: an internal note
    ...(withProperties ? { properties: Object.entries(c.properties).map(([key, value]) => ({ key, value })) } : {}),
  };
}

export function historyJson(site: Site, h: History) {
  return { id: h.id, author: userJson(site, h.author), created: new Date(h.created).toISOString(), items: h.items };
}

/** `fields` as Jira reads it: ids or names, `*all`, `*navigable`, `-x` exclusions; default per caller. */
export function selectFields(
  site: Site,
  requested: readonly string[] | undefined,
  fallback: readonly string[],
): (id: string) => boolean {
  const list = (requested && requested.length > 0 ? requested : fallback)
    .flatMap((f) => f.split(','))
    .map((f) => f.trim())
    .filter(Boolean);
  const all = list.includes('*all') || list.includes('*navigable');
  const include = new Set(
    list.filter((f) => !f.startsWith('-') && !f.startsWith('*')).map((f) => site.field(f)?.id ?? f),
  );
  const exclude = new Set(list.filter((f) => f.startsWith('-')).map((f) => site.field(f.slice(1))?.id ?? f.slice(1)));
  return (id) => !exclude.has(id) && (all || include.has(id));
}

export interface IssueView {
  readonly fields?: readonly string[] | undefined;
  readonly properties?: readonly string[] | undefined;
  readonly expand?: string | undefined;
}

const INLINE_COMMENTS = 100;

/** An IssueBean; `objects` counts what was read (issue, comments, histories) for the points report. */
export function issueJson(
  site: Site,
  issue: Issue,
  view: IssueView,
  fallback: readonly string[],
  count: (objects: number) => void,
) {
  const want = selectFields(site, view.fields, fallback);
  const fields: Record<string, unknown> = {};
  let objects = 1;
  if (want('comment') || want('*comment')) {
    fields['comment'] = {
      // Jira inlines the latest 100 comments; `total` tells a client there are more to page through.
      comments: issue.comments.slice(-INLINE_COMMENTS).map((c) => commentJson(site, c, false)),
      total: issue.comments.length,
      maxResults: INLINE_COMMENTS,
      startAt: Math.max(0, issue.comments.length - INLINE_COMMENTS),
    };
    objects += Math.min(issue.comments.length, INLINE_COMMENTS);
  }
  for (const [id, v] of Object.entries(allFields(site, issue))) if (want(id)) fields[id] = v;
  const props: Record<string, unknown> = {};
  for (const k of view.properties ?? [])
    for (const key of k.split(','))
      if (issue.properties.has(key.trim())) props[key.trim()] = issue.properties.get(key.trim());
  const expand = (view.expand ?? '').split(',').map((e) => e.trim());
  const out: Record<string, unknown> = {
    id: String(issue.id),
    key: issue.key,
    self: `${BASE}/rest/api/3/issue/${issue.id}`,
    fields,
  };
  if (Object.keys(props).length > 0) out['properties'] = props;
  if (expand.includes('changelog')) {
    // Jira gives the most recent changes, newest first (the rest through the changelog endpoints).
    const histories = issue.changelog
      .slice(-100)
      .reverse()
      .map((h) => historyJson(site, h));
    out['changelog'] = { startAt: 0, maxResults: 100, total: issue.changelog.length, histories };
    objects += histories.length;
  }
  count(objects);
  return out;
}
