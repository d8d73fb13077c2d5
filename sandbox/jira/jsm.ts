// Jira Service Management projects in one call: project type service_desk, JSM's default statuses in
// their categories, the service desk roles with their members, customers (portal-only accounts), request
// participants (a user-list field on each request) and app accounts.

import type { StatusCategoryKey } from './jql';
import type { Field, Project, Site, User } from './site';

/** The statuses JSM's default workflows (IT support, service request, incident, change) use. */
export const JSM_STATUSES: ReadonlyArray<{ name: string; category: StatusCategoryKey }> = [
  { name: 'Waiting for support', category: 'new' },
  { name: 'Open', category: 'new' },
  { name: 'Reopened', category: 'new' },
  { name: 'Work in progress', category: 'indeterminate' },
  { name: 'Waiting for customer', category: 'indeterminate' },
  { name: 'Pending', category: 'indeterminate' },
  { name: 'Escalated', category: 'indeterminate' },
  { name: 'Resolved', category: 'done' },
  { name: 'Completed', category: 'done' },
  { name: 'Canceled', category: 'done' },
  { name: 'Declined', category: 'done' },
  { name: 'Closed', category: 'done' },
];

export const JSM_ISSUE_TYPES = ['Service request', 'Incident', 'Problem', 'Change'] as const;
export const REQUEST_PARTICIPANTS = 'Request participants';

type Person = Pick<User, 'accountId' | 'displayName'> & Partial<Pick<User, 'groups'>>;

export interface ServiceProjectSeed {
  readonly key: string;
  readonly name: string;
  /** Existing users on the Service Desk Team role (agents). */
  readonly agents: readonly string[];
  /** Portal customers, created as accounts of type 'customer' (Service Desk Customers role). */
  readonly customers?: readonly Person[];
  /** App accounts (type 'app'), e.g. an automation bot acting on requests. */
  readonly apps?: readonly Person[];
  readonly admins?: readonly string[];
  readonly developers?: readonly string[];
  readonly issueTypes?: readonly string[];
}

export function addServiceProject(site: Site, seed: ServiceProjectSeed): Project {
  for (const s of JSM_STATUSES) site.addStatus(s.name, s.category);
  const issueTypes = seed.issueTypes ?? JSM_ISSUE_TYPES;
  for (const t of issueTypes) if (!site.issueTypes.includes(t)) site.issueTypes.push(t);
  requestParticipants(site);
  const account = (p: Person, accountType: 'customer' | 'app'): string => {
    const own = [seed.key];
    site.users.set(p.accountId, { groups: [], ...p, accountType, browse: own, edit: own });
    for (const g of p.groups ?? []) site.groups.add(g);
    return p.accountId;
  };
  const customers = (seed.customers ?? []).map((c) => account(c, 'customer'));
  const apps = (seed.apps ?? []).map((a) => account(a, 'app'));
  return site.addProject({
    key: seed.key,
    name: seed.name,
    typeKey: 'service_desk',
    issueTypes,
    workflow: JSM_STATUSES.map((s) => s.name),
    roles: new Map([
      ['Administrators', seed.admins ?? []],
      ['Service Desk Team', [...seed.agents, ...apps]],
      ['Service Desk Customers', customers],
      ['Developers', seed.developers ?? []],
    ]),
  });
}

/** The request participants field (customers and agents added to a request), created once per site. */
export function requestParticipants(site: Site): Field {
  return site.field(REQUEST_PARTICIPANTS) ?? site.addField(REQUEST_PARTICIPANTS, 'users');
}
