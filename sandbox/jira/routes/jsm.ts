// Jira Service Management's organization routes, answered as JSM Cloud does: JSM's paging shape
// ({size, start, limit, isLastPage, values}), 404 for a project that is no service desk (or an unknown
// organization), 403 for a caller who is not an agent of the service desk.

import { organizations, type Organization } from '../jsm-organizations';
import { BASE } from '../rest-shapes';
import type { Site } from '../site';
import { JiraHttpError, type Handler, type JiraRequest } from './types';

/** JSM's page: `limit` (default 50, at most 50 as JSM caps it) from `start`. */
function jsmPage<T>(req: JiraRequest, all: readonly T[], path: string) {
  const start = Math.max(0, Number(req.query.get('start') ?? 0) || 0);
  const limit = Math.min(50, Math.max(1, Number(req.query.get('limit') ?? 50) || 50));
  const values = all.slice(start, start + limit);
  return {
    _expands: [],
    size: values.length,
    start,
    limit,
    isLastPage: start + values.length >= all.length,
    _links: { base: BASE, context: '', self: `${BASE}${path}?start=${start}&limit=${limit}` },
    values,
  };
}

/** Agents of a service desk: its Service Desk Team, its administrators, and the app. */
function isAgent(site: Site, accountId: string | null, projectKey: string): boolean {
  if (accountId === null) return true;
  return (
    site.projects.get(projectKey)?.roles.get('Service Desk Team')?.includes(accountId) === true ||
    site.may(accountId, 'administer', projectKey)
  );
}

/** The service desk a path names by id or project key (JSM takes a project identifier too). */
function serviceDesk(site: Site, id: string): string {
  const p = [...site.projects.values()].find((x) => x.id === id || x.key === id);
  if (!p || p.typeKey !== 'service_desk')
    throw new JiraHttpError(404, [
      `Service Desk with id ${id} does not exist or you do not have permission to see it.`,
    ]);
  return p.key;
}

const orgJson = (o: Organization) => ({
  id: o.id,
  name: o.name,
  _links: { self: `${BASE}/rest/servicedeskapi/organization/${o.id}` },
});

export const serviceDeskOrganizations: Handler = (req, ctx) => {
  const key = serviceDesk(ctx.site, req.params['serviceDeskId']!);
  if (!isAgent(ctx.site, req.accountId, key))
    throw new JiraHttpError(403, ['You do not have permission to view the organizations of this service desk.']);
  const all = [...organizations(ctx.site).values()].filter((o) => o.serviceDesks.has(key)).map(orgJson);
  const body = jsmPage(req, all, req.template.replace('{serviceDeskId}', req.params['serviceDeskId']!));
  ctx.read(body.values.length);
  return { status: 200, body };
};

export const organizationUsers: Handler = (req, ctx) => {
  const o = organizations(ctx.site).get(req.params['organizationId']!);
  if (!o) throw new JiraHttpError(404, [`Organization with id ${req.params['organizationId']} does not exist.`]);
  if (![...o.serviceDesks].some((key) => isAgent(ctx.site, req.accountId, key)))
    throw new JiraHttpError(403, ['You must be an agent of a service desk the organization belongs to.']);
  const users = o.members.map((accountId) => {
    const u = ctx.site.users.get(accountId);
    return {
      accountId,
      displayName: u?.displayName ?? accountId,
      ...(u?.emailAddress ? { emailAddress: u.emailAddress } : {}),
      active: true,
      timeZone: u?.timeZone ?? 'Asia/Shanghai',
      _links: {
        jiraRest: `${BASE}/rest/api/2/user?accountId=${accountId}`,
        self: `${BASE}/rest/api/3/user?accountId=${accountId}`,
      },
    };
  });
  const body = jsmPage(req, users, `/rest/servicedeskapi/organization/${o.id}/user`);
  ctx.read(body.values.length);
  return { status: 200, body };
};
