// Jira Service Management's organizations of a service desk and their users, every page read (JSM pages
// by start/limit and says isLastPage).

import { route } from '@forge/api';
import { z } from 'zod';
import type { JiraClient } from './client';

const PAGE = 50;

const page = <T extends z.ZodType>(value: T) =>
  z.looseObject({ start: z.number(), size: z.number(), isLastPage: z.boolean(), values: z.array(value) });

const organization = z.looseObject({ id: z.coerce.string(), name: z.string() });
const user = z.looseObject({
  accountId: z.string(),
  displayName: z.string().optional(),
  emailAddress: z.string().optional(),
});
export type JsmOrganization = z.infer<typeof organization>;
export type JsmUser = z.infer<typeof user>;

async function all<T>(next: (start: number) => Promise<{ size: number; isLastPage: boolean; values: T[] }>) {
  const out: T[] = [];
  for (let start = 0; ;) {
    const p = await next(start);
    out.push(...p.values);
    if (p.isLastPage || p.size === 0) return out;
    start += p.size;
  }
}

/** The organizations of the service desk of a project (JSM takes the project id for the service desk id). */
export function serviceDeskOrganizations(jira: JiraClient, projectId: string): Promise<JsmOrganization[]> {
  return all((start) =>
    jira.call(
      route`/rest/servicedeskapi/servicedesk/${projectId}/organization?start=${start}&limit=${PAGE}`,
      {},
      page(organization),
    ),
  );
}

export function organizationUsers(jira: JiraClient, organizationId: string): Promise<JsmUser[]> {
  return all((start) =>
    jira.call(
      route`/rest/servicedeskapi/organization/${organizationId}/user?start=${start}&limit=${PAGE}`,
      {},
      page(user),
    ),
  );
}
