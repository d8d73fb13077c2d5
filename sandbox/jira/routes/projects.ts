// Projects as Jira describes them: the project (with its type), its roles and their members, and the
// statuses of its workflow; the site's statuses with their categories.

import { BASE, projectJson, statusDetailsJson } from '../rest-shapes';
import type { Project } from '../site';
import { notFound, type Handler, type JiraRequest, type RouteContext } from './types';

function projectOf(req: JiraRequest, ctx: RouteContext): Project {
  const ref = req.params['projectIdOrKey'] ?? '';
  const p = [...ctx.site.projects.values()].find((x) => x.key === ref || x.id === ref);
  if (!p || !ctx.site.may(req.accountId, 'browse', p.key)) throw notFound(`Project ${ref}`);
  return p;
}

export const getProject: Handler = (req, ctx) => {
  const p = projectOf(req, ctx);
  const types = p.issueTypes ?? ctx.site.issueTypes;
  return {
    status: 200,
    body: {
      ...projectJson(p),
      issueTypes: types.map((name) => ({ id: String(ctx.site.issueTypes.indexOf(name) + 1), name, subtask: false })),
    },
  };
};

/** Role name → its URL, as Jira lists a project's roles. */
export const projectRoles: Handler = (req, ctx) => {
  const p = projectOf(req, ctx);
  const url = (name: string) => `${BASE}/rest/api/3/project/${p.key}/role/${ctx.site.roleId(name)}`;
  return { status: 200, body: Object.fromEntries([...p.roles.keys()].map((name) => [name, url(name)])) };
};

export const projectRole: Handler = (req, ctx) => {
  const p = projectOf(req, ctx);
  const id = req.params['id'] ?? '';
  const name = [...p.roles.keys()].find((n) => ctx.site.roleId(n) === id);
  if (name === undefined) throw notFound(`Project role ${id}`);
  const actors = (p.roles.get(name) ?? []).map((accountId, i) => ({
    id: i + 1,
    displayName: ctx.site.users.get(accountId)?.displayName ?? accountId,
    type: 'atlassian-user-role-actor',
    actorUser: { accountId },
  }));
  return {
    status: 200,
    body: { self: `${BASE}/rest/api/3/project/${p.key}/role/${id}`, id: Number(id), name, description: name, actors },
  };
};

export const statuses: Handler = (_req, ctx) => ({
  status: 200,
  body: [...ctx.site.statuses.values()].map(statusDetailsJson),
});

/** The statuses of the project's workflow, per issue type (one workflow for all here). */
export const projectStatuses: Handler = (req, ctx) => {
  const p = projectOf(req, ctx);
  const workflow = ctx.site.workflow(p.key).map(statusDetailsJson);
  return {
    status: 200,
    body: (p.issueTypes ?? ctx.site.issueTypes).map((name) => {
      const id = String(ctx.site.issueTypes.indexOf(name) + 1);
      return { self: `${BASE}/rest/api/3/issuetype/${id}`, id, name, subtask: false, statuses: workflow };
    }),
  };
};
