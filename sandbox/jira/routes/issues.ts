// One issue at a time: get, edit, create, transitions, comments, links, notifications.

import { adfError } from '../adf';
import { commentJson, issueJson } from '../rest-shapes';
import type { FieldValue, Issue, Site } from '../site';
import { JiraHttpError, list, notFound, obj, type Handler, type JiraRequest, type RouteContext } from './types';

function find(req: JiraRequest, ctx: RouteContext, what: 'browse' | 'edit'): Issue {
  const ref = req.params['issueIdOrKey'] ?? '';
  const issue = ctx.site.issue(ref);
  if (!issue || !ctx.site.may(req.accountId, 'browse', issue.project)) throw notFound(`Issue ${ref}`);
  if (what === 'edit' && !ctx.site.may(req.accountId, 'edit', issue.project)) {
    throw new JiraHttpError(403, ['You do not have permission to edit issues in this project.']);
  }
  return issue;
}

const offScreen = (id: string) =>
  new JiraHttpError(400, [], { [id]: `Field '${id}' cannot be set. It is not on the appropriate screen, or unknown.` });

/** Refuses a field the project's create/edit screen does not show (Jira answers as for an unknown one). */
function checkOnScreen(site: Site, projectKey: string, id: string): void {
  const screen = site.projects.get(projectKey)?.screen;
  const f = site.field(id);
  if (f && screen && !screen.has(f.id) && !site.tolerate.has('field-not-on-screen')) throw offScreen(id);
}

/** Jira's due date: a real calendar day written 'YYYY-MM-DD'. */
function dueDate(v: unknown): string {
  const day = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
  if (!Number.isFinite(day) || new Date(day).toISOString().slice(0, 10) !== v)
    throw new JiraHttpError(400, [], { duedate: `Error parsing date string: ${String(v)}` });
  return v;
}

/** A rich-text field's value must be an ADF document (Jira refuses plain strings and malformed nodes). */
function adfValue(id: string, v: unknown): unknown {
  if (v === null) return null;
  if (adfError(v) !== null)
    throw new JiraHttpError(400, [], {
      [id]: 'Operation value must be an Atlassian Document (see the Atlassian Document Format)',
    });
  return v;
}

/** A REST field value ({name}, {accountId}, {value}, [{value}], plain) as the site stores it. */
function fieldValue(site: Site, id: string, v: unknown): FieldValue {
  if (v === null || v === undefined) return null;
  const f = site.field(id);
  if (!f) throw offScreen(id);
  if (f.id === 'duedate') return dueDate(v);
  const one = (x: unknown): string => {
    if (typeof x === 'string' || typeof x === 'number') return String(x);
    const o = obj(x, `value of ${id}`);
    const s = o['name'] ?? o['value'] ?? o['accountId'] ?? o['id'];
    if (typeof s !== 'string') throw new JiraHttpError(400, [], { [id]: `Could not read a value for field '${id}'.` });
    return s;
  };
  if (f.kind === 'users' && Array.isArray(v)) {
    const ids = v.map(one);
    const unknown = ids.filter((a) => !site.users.has(a));
    if (unknown.length > 0) throw new JiraHttpError(400, [], { [id]: `Users ${unknown.join(', ')} do not exist.` });
    return ids;
  }
  if (Array.isArray(v)) return v.map(one);
  if (f.id === 'priority' && !site.priorities.includes(one(v)))
    throw new JiraHttpError(400, [], { priority: `Priority name '${one(v)}' is not valid.` });
  if (f.id === 'assignee' && !site.users.has(one(v)))
    throw new JiraHttpError(400, [], { assignee: `User '${one(v)}' does not exist.` });
  return f.kind === 'number' ? Number(one(v)) : one(v);
}

function changesOf(site: Site, issue: Issue, body: Record<string, unknown>): Record<string, FieldValue> {
  const changes: Record<string, FieldValue> = {};
  const fields = body['fields'] === undefined ? {} : obj(body['fields'], 'fields');
  for (const [id, v] of Object.entries(fields)) {
    if (id === 'status')
      throw new JiraHttpError(400, [], { status: "Field 'status' cannot be set. Use a transition." });
    checkOnScreen(site, issue.project, id);
    changes[id] = fieldValue(site, id, v);
  }
  const update = body['update'] === undefined ? {} : obj(body['update'], 'update');
  for (const [id, ops] of Object.entries(update)) {
    checkOnScreen(site, issue.project, id);
    if (!Array.isArray(ops)) throw new JiraHttpError(400, [], { [id]: 'Update operations must be a list.' });
    let current = site.value(issue, site.field(id)?.id ?? id);
    let values = Array.isArray(current)
      ? [...(current as readonly string[])]
      : current === null
        ? []
        : [String(current)];
    for (const op of ops) {
      const o = obj(op, `update of ${id}`);
      if ('add' in o) {
        // A multi-value field is a set: adding what is there already changes nothing (no history item).
        const added = String(fieldValue(site, id, o['add']));
        if (!values.includes(added)) values = [...values, added];
      } else if ('remove' in o) values = values.filter((x) => x !== fieldValue(site, id, o['remove']));
      else if ('set' in o)
        values = (() => {
          const s = fieldValue(site, id, o['set']);
          return Array.isArray(s) ? [...(s as readonly string[])] : s === null ? [] : [String(s)];
        })();
    }
    current = values;
    changes[id] = current;
  }
  return changes;
}

export const getIssue: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'browse');
  const fields = list(req.query, 'fields');
  return {
    status: 200,
    body: issueJson(
      ctx.site,
      issue,
      { fields, properties: list(req.query, 'properties'), expand: req.query.get('expand') ?? undefined },
      ['*all'],
      ctx.read,
    ),
  };
};

export const editIssue: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'edit');
  ctx.site.update(issue, changesOf(ctx.site, issue, obj(req.body)), req.accountId);
  return { status: 204 };
};

/** What every create screen has: where the issue goes and what it is. */
const CREATE_ALWAYS = new Set(['project', 'issuetype', 'summary']);

export const createIssue: Handler = (req, ctx) => {
  const { site } = ctx;
  const fields = obj(obj(req.body)['fields'], 'fields');
  const pick = (k: string, keys: readonly string[]) => {
    const v = fields[k];
    if (typeof v !== 'object' || v === null) return undefined;
    const o = v as Record<string, unknown>;
    for (const key of keys) if (typeof o[key] === 'string') return o[key];
    return undefined;
  };
  const projectRef = pick('project', ['key', 'id']);
  const project = [...site.projects.values()].find((p) => p.key === projectRef || p.id === projectRef)?.key;
  const typeRef = pick('issuetype', ['name', 'id']);
  const issuetype = site.issueTypes.find((t, i) => t === typeRef || String(i + 1) === typeRef);
  const errors: Record<string, string> = {};
  const offered = project === undefined ? null : site.projects.get(project)?.issueTypes;
  if (project === undefined) errors['project'] = 'Specify a valid project ID or key';
  if (issuetype === undefined) errors['issuetype'] = 'Specify an issue type';
  else if (offered && !offered.includes(issuetype) && !site.tolerate.has('issue-type-not-in-project'))
    errors['issuetype'] = 'The issue type selected is invalid.';
  if (typeof fields['summary'] !== 'string' || fields['summary'].trim() === '')
    errors['summary'] = 'You must specify a summary of the issue.';
  if (project === undefined || issuetype === undefined || Object.keys(errors).length > 0)
    throw new JiraHttpError(400, [], errors);
  if (!site.may(req.accountId, 'edit', project))
    throw new JiraHttpError(403, ['You do not have permission to create issues in this project.']);
  for (const id of Object.keys(fields)) {
    if (!site.field(id)) throw offScreen(id);
    if (!CREATE_ALWAYS.has(id)) checkOnScreen(site, project, id);
  }
  const custom: Record<string, FieldValue> = {};
  for (const f of site.fields)
    if (f.custom && fields[f.id] !== undefined) custom[f.id] = fieldValue(site, f.id, fields[f.id]);
  const labels = fields['labels'];
  const components = fields['components'];
  const issue = site.createIssue(
    {
      project,
      issuetype,
      summary: String(fields['summary']),
      reporter: req.accountId,
      description: adfValue('description', fields['description'] ?? null),
      ...(fields['duedate'] ? { duedate: dueDate(fields['duedate']) } : {}),
      labels: Array.isArray(labels) ? labels.map(String) : [],
      components: Array.isArray(components) ? components.map((c) => String(fieldValue(site, 'components', c))) : [],
      custom,
      ...(fields['priority'] ? { priority: String(fieldValue(site, 'priority', fields['priority'])) } : {}),
      ...(fields['assignee'] ? { assignee: String(fieldValue(site, 'assignee', fields['assignee'])) } : {}),
    },
    req.accountId,
  );
  // Entity properties set with the issue (IssueUpdateDetails.properties), as Jira does in the same call.
  const properties = obj(req.body)['properties'];
  if (Array.isArray(properties))
    for (const p of properties as Array<{ key?: unknown; value?: unknown }>)
      if (typeof p.key === 'string') site.setProperty(issue, p.key, p.value);
  return { status: 201, body: { id: String(issue.id), key: issue.key, self: `/rest/api/3/issue/${issue.id}` } };
};

export const deleteIssue: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'edit');
  ctx.site.deleteIssue(issue, req.accountId);
  return { status: 204 };
};

export const getTransitions: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'browse');
  const transitions = ctx.site
    .workflow(issue.project)
    .filter((s) => s.name !== issue.status)
    .map((s) => ({ id: s.id, name: s.name, to: { id: s.id, name: s.name, statusCategory: { key: s.category } } }));
  return { status: 200, body: { transitions } };
};

export const doTransition: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'edit');
  const b = obj(req.body);
  const id = obj(b['transition'], 'transition')['id'];
  const to = ctx.site.workflow(issue.project).find((s) => s.id === String(id) && s.name !== issue.status);
  if (!to) throw new JiraHttpError(400, [`Transition id '${String(id)}' is not valid for this issue.`]);
  const changes: Record<string, FieldValue> = {
    ...changesOf(ctx.site, issue, { fields: b['fields'] ?? {}, update: b['update'] ?? {} }),
    status: to.name,
  };
  if (to.category !== 'done') changes['resolution'] = null;
  else if (changes['resolution'] === undefined && issue.resolution === null) changes['resolution'] = 'Done';
  ctx.site.update(issue, changes, req.accountId);
  return { status: 204 };
};

export const getComments: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'browse');
  const start = Number(req.query.get('startAt') ?? 0);
  const max = Math.min(Number(req.query.get('maxResults') ?? 100), 100); // Jira Cloud serves 100 at most
  const ordered = req.query.get('orderBy') === '-created' ? [...issue.comments].reverse() : issue.comments;
  const comments = ordered.slice(start, start + max);
  ctx.read(comments.length);
  return {
    status: 200,
    body: {
      comments: comments.map((c) => commentJson(ctx.site, c, false)),
      startAt: start,
      maxResults: max,
      total: issue.comments.length,
    },
  };
};

export const addComment: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'edit');
  const b = obj(req.body);
  const body = obj(b['body'], 'comment body');
  if (body['type'] !== 'doc')
    throw new JiraHttpError(400, [], { comment: 'Comment body must be an Atlassian Document Format document.' });
  const vis = b['visibility'] === undefined ? null : obj(b['visibility'], 'visibility');
  const visibility = vis
    ? {
        type: vis['type'] === 'group' ? ('group' as const) : ('role' as const),
        value: String(vis['value'] ?? vis['identifier']),
      }
    : null;
  const props: Record<string, unknown> = {};
  if (Array.isArray(b['properties']))
    for (const p of b['properties']) props[String(obj(p, 'property')['key'])] = obj(p, 'property')['value'];
  const author = req.accountId ?? 'itr-app';
  const c = ctx.site.comment(issue, author, body, visibility, props, req.accountId);
  return { status: 201, body: commentJson(ctx.site, c, true) };
};

export const linkIssues: Handler = (req, ctx) => {
  const { site } = ctx;
  const b = obj(req.body);
  const type = String(obj(b['type'], 'type')['name']);
  if (!site.linkTypes.some((t) => t.name === type) && !site.tolerate.has('unknown-link-type'))
    throw new JiraHttpError(404, [`No issue link type with name '${type}' found.`]);
  const side = (k: string) => {
    const ref = obj(b[k], k);
    const issue = site.issue(String(ref['key'] ?? ref['id']));
    if (!issue) throw notFound(`Issue ${String(ref['key'] ?? ref['id'])}`);
    if (!site.may(req.accountId, 'edit', issue.project))
      throw new JiraHttpError(403, ['You do not have the permission to link issues.']);
    return issue;
  };
  const inward = side('inwardIssue');
  const outward = side('outwardIssue');
  if (!site.links.some((l) => l.type === type && l.inward === inward.id && l.outward === outward.id)) {
    site.links.push({ id: site.id(), type, inward: inward.id, outward: outward.id });
  }
  return { status: 201 };
};

export const notify: Handler = (req, ctx) => {
  const issue = find(req, ctx, 'browse');
  const b = obj(req.body);
  const to = b['to'] === undefined ? {} : obj(b['to'], 'to');
  // Jira takes a group by groupId or by name; ids here are `g-<name>` (as /user/groups and /group/bulk give them).
  const groupName = (g: Record<string, unknown>) =>
    typeof g['groupId'] === 'string' ? g['groupId'].replace(/^g-/, '') : String(g['name']);
  const groups = Array.isArray(to['groups']) ? to['groups'].map((g) => groupName(obj(g, 'group'))) : [];
  const unknown = groups.filter((g) => !ctx.site.groups.has(g));
  if (unknown.length > 0) throw new JiraHttpError(400, [], { to: `Group(s) ${unknown.join(', ')} do not exist.` });
  if (!ctx.site.tolerate.has('notify-unresolvable-recipient')) checkRecipients(ctx.site, issue, to);
  ctx.site.notifications.push({
    issue: issue.key,
    subject: typeof b['subject'] === 'string' ? b['subject'] : '',
    ...(typeof b['textBody'] === 'string' ? { textBody: b['textBody'] } : {}),
    to: b['to'],
  });
  return { status: 204 };
};

/** The spec's 400 for a recipient Jira cannot resolve: the assignee (reporter) of an issue without one, or
 * an account it does not know. */
function checkRecipients(site: Site, issue: Issue, to: Record<string, unknown>): void {
  const users = Array.isArray(to['users']) ? to['users'].map((u) => String(obj(u, 'user')['accountId'])) : [];
  const invalid = [
    ...(to['assignee'] === true && issue.assignee === null ? ['assignee (the issue is unassigned)'] : []),
    ...(to['reporter'] === true && issue.reporter === null ? ['reporter (the issue has none)'] : []),
    ...users.filter((a) => !site.users.has(a)).map((a) => `user ${a} (no such account)`),
  ];
  if (invalid.length > 0) throw new JiraHttpError(400, [], { to: `The recipient is invalid: ${invalid.join(', ')}.` });
}

/** Comments by id, with their properties when asked (the only route that expands them). */
export const listComments: Handler = (req, ctx) => {
  const ids = obj(req.body)['ids'];
  if (!Array.isArray(ids) || ids.length === 0)
    throw new JiraHttpError(400, [], { ids: 'At least one comment id is required.' });
  if (ids.length > 1000) throw new JiraHttpError(400, [], { ids: 'At most 1000 comment ids.' });
  const wanted = new Set(ids.map(String));
  const withProps = (req.query.get('expand') ?? '').split(',').includes('properties');
  const values = [...ctx.site.issues.values()]
    .filter((i) => ctx.site.may(req.accountId, 'browse', i.project))
    .flatMap((i) => i.comments.filter((c) => wanted.has(c.id)))
    .map((c) => commentJson(ctx.site, c, withProps));
  ctx.read(values.length);
  return { status: 200, body: { values, startAt: 0, maxResults: values.length, total: values.length, isLast: true } };
};
