// JSM customer organizations: named groups of customers, each linked to the service desks it raises
// requests with. Kept beside the site (a site without JSM has none) and renamed or re-membered by tests
// the way a service desk admin would in Jira.

import type { Site } from './site';

export interface Organization {
  readonly id: string;
  name: string;
  /** Account ids of its users, in the order they were added. */
  members: string[];
  /** Keys of the service desk projects it belongs to. */
  readonly serviceDesks: Set<string>;
}

const bySite = new WeakMap<Site, { next: number; readonly all: Map<string, Organization> }>();

function store(site: Site) {
  let s = bySite.get(site);
  if (!s) bySite.set(site, (s = { next: 1, all: new Map() }));
  return s;
}

export function organizations(site: Site): ReadonlyMap<string, Organization> {
  return store(site).all;
}

/** Creates an organization of `members` for the service desks `projects`; its id. */
export function addOrganization(
  site: Site,
  name: string,
  members: readonly string[],
  projects: readonly string[],
): string {
  const s = store(site);
  const id = String(s.next++);
  s.all.set(id, { id, name, members: [...members], serviceDesks: new Set(projects) });
  return id;
}

export function organization(site: Site, id: string): Organization {
  const o = store(site).all.get(id);
  if (!o) throw new Error(`no organization ${id}`);
  return o;
}
