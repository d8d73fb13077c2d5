// Site metadata and the caller: fields, projects, permissions, myself.

import { projectJson, userJson } from '../rest-shapes';
import { JiraHttpError, list, notFound, page, type Handler } from './types';

export const getFields: Handler = (_req, ctx) => ({
  status: 200,
  body: ctx.site.fields.map((f) => ({
    id: f.id,
    key: f.id,
    name: f.name,
    custom: f.custom,
    navigable: true,
    searchable: true,
    schema: { type: f.kind === 'options' ? 'array' : f.kind },
    ...(f.project === undefined
      ? {}
      : { scope: { type: 'PROJECT', project: { id: ctx.site.projects.get(f.project)?.id ?? '0', key: f.project } } }),
  })),
});

/** Projects the caller may browse, filtered by `id` and `keys` (up to 50 each), with their issue types on
 * `expand=issueTypes`, a page at a time. */
export const searchProjects: Handler = (req, ctx) => {
  const { site } = ctx;
  const ids = list(req.query, 'id');
  const keys = list(req.query, 'keys');
  if (ids.length > 50 || keys.length > 50)
    throw new JiraHttpError(400, ['Up to 50 project ids or keys can be provided.']);
  const withTypes = list(req.query, 'expand').includes('issueTypes');
  const all = [...site.projects.values()]
    .filter(
      (p) =>
        site.may(req.accountId, 'browse', p.key) &&
        (ids.length === 0 || ids.includes(p.id)) &&
        (keys.length === 0 || keys.includes(p.key)),
    )
    .map((p) => ({
      ...projectJson(p),
      ...(withTypes
        ? {
            issueTypes: (p.issueTypes ?? site.issueTypes).map((name) => ({
              id: String(site.issueTypes.indexOf(name) + 1),
              name,
              subtask: false,
            })),
          }
        : {}),
    }));
  const body = page(req.query, all, 50);
  ctx.read(body.values.length);
  return { status: 200, body };
};

const KNOWN = new Set([
  'BROWSE_PROJECTS',
  'EDIT_ISSUES',
  'ADD_COMMENTS',
  'TRANSITION_ISSUES',
  'LINK_ISSUES',
  'ASSIGN_ISSUES',
  'ADMINISTER',
  'ADMINISTER_PROJECTS',
]);

export const myPermissions: Handler = (req, ctx) => {
  const wanted = list(req.query, 'permissions');
  if (wanted.length === 0) throw new JiraHttpError(400, ['The permissions query parameter is required.']);
  const unknown = wanted.filter((p) => !KNOWN.has(p));
  if (unknown.length > 0)
    throw new JiraHttpError(404, [`No project permissions found for key(s): ${unknown.join(', ')}.`]);
  const issueRef = req.query.get('issueId') ?? req.query.get('issueKey');
  let project = req.query.get('projectKey');
  if (issueRef !== null) {
    const issue = ctx.site.issue(issueRef);
    if (!issue) throw notFound(`Issue ${issueRef}`);
    project = issue.project;
  }
  const permissions: Record<string, unknown> = {};
  for (const p of wanted) {
    const what = p === 'BROWSE_PROJECTS' ? 'browse' : p === 'ADMINISTER_PROJECTS' ? 'administer' : 'edit';
    const have =
      p === 'ADMINISTER'
        ? req.accountId === null || ctx.site.users.get(req.accountId)?.admin === true
        : project === null
          ? ctx.site.may(req.accountId, what, '*')
          : ctx.site.may(req.accountId, what, project);
    permissions[p] = { key: p, name: p, type: 'PROJECT', havePermission: have };
  }
  return { status: 200, body: { permissions } };
};

export const myself: Handler = (req, ctx) => {
  if (req.accountId === null)
    return { status: 200, body: { accountId: 'itr-app', accountType: 'app', displayName: 'ITR for Jira' } };
  const u = ctx.site.users.get(req.accountId);
  return {
    status: 200,
    body: {
      ...userJson(ctx.site, req.accountId),
      locale: u?.locale ?? 'en_US',
      timeZone: u?.timeZone ?? 'Asia/Shanghai',
    },
  };
};

export const userGroups: Handler = (req, ctx) => {
  const accountId = req.query.get('accountId') ?? '';
  const u = ctx.site.users.get(accountId);
  if (!u) throw new JiraHttpError(404, [`The user with account ID '${accountId}' does not exist.`]);
  ctx.read(u.groups.length);
  return { status: 200, body: u.groups.map((name) => ({ name, groupId: `g-${name}` })) };
};

/** A user with their account type (atlassian, customer, app). */
export const getUser: Handler = (req, ctx) => {
  const accountId = req.query.get('accountId') ?? '';
  if (!ctx.site.users.has(accountId))
    throw new JiraHttpError(404, [`The user with account ID '${accountId}' does not exist.`]);
  ctx.read(1);
  return { status: 200, body: userJson(ctx.site, accountId) };
};
