// Saved filters (Get filter, Search for filters): a filter is visible to its owner and to those it is
// shared with (everyone signed in, a group they are in, a project they may browse, or them by name); the
// app, calling as itself, sees every filter. Filters live beside the site, seeded by the demo and tests.

import { BASE, userJson } from '../rest-shapes';
import type { Site } from '../site';
import { JiraHttpError, list, type Handler } from './types';

export type FilterShare =
  | { readonly type: 'loggedin' }
  | { readonly type: 'group'; readonly group: string }
  | { readonly type: 'project'; readonly project: string }
  | { readonly type: 'user'; readonly accountId: string };

export interface SavedFilter {
  readonly id: string;
  readonly name: string;
  readonly description?: string;
  readonly jql: string;
  readonly owner: string;
  readonly shares: readonly FilterShare[];
}

const filtersOf = new WeakMap<Site, Map<string, SavedFilter>>();

function filters(site: Site): Map<string, SavedFilter> {
  let m = filtersOf.get(site);
  if (!m) filtersOf.set(site, (m = new Map<string, SavedFilter>()));
  return m;
}

/** Saves a filter (ids numbered from 10000 as Jira's are); returns it. */
export function addFilter(site: Site, f: Omit<SavedFilter, 'id'>): SavedFilter {
  const m = filters(site);
  const saved = { ...f, id: String(10000 + m.size) };
  m.set(saved.id, saved);
  return saved;
}

export function visibleTo(site: Site, accountId: string | null, f: SavedFilter): boolean {
  if (accountId === null || f.owner === accountId) return true;
  const user = site.users.get(accountId);
  if (!user) return false;
  return f.shares.some((s) => {
    switch (s.type) {
      case 'loggedin':
        return true;
      case 'group':
        return user.groups.includes(s.group);
      case 'project':
        return site.may(accountId, 'browse', s.project);
      case 'user':
        return s.accountId === accountId;
    }
  });
}

function shareJson(site: Site, s: FilterShare, i: number) {
  switch (s.type) {
    case 'loggedin':
      return { id: i + 1, type: 'loggedin' };
    case 'group':
      return { id: i + 1, type: 'group', group: { name: s.group } };
    case 'project': {
      const p = site.projects.get(s.project);
      return { id: i + 1, type: 'project', project: p ? { id: p.id, key: p.key, name: p.name } : { key: s.project } };
    }
    case 'user':
      return { id: i + 1, type: 'user', user: userJson(site, s.accountId) };
  }
}

function filterJson(site: Site, f: SavedFilter, withJql: boolean) {
  return {
    self: `${BASE}/rest/api/3/filter/${f.id}`,
    id: f.id,
    name: f.name,
    ...(f.description === undefined ? {} : { description: f.description }),
    owner: userJson(site, f.owner),
    ...(withJql ? { jql: f.jql } : {}),
    viewUrl: `${BASE}/issues/?filter=${f.id}`,
    searchUrl: `${BASE}/rest/api/3/search/jql?jql=${encodeURIComponent(f.jql)}`,
    favourite: false,
    favouritedCount: 0,
    sharePermissions: f.shares.map((s, i) => shareJson(site, s, i)),
  };
}

export const getFilter: Handler = (req, ctx) => {
  const id = req.params['id'] ?? '';
  const f = filters(ctx.site).get(id);
  if (!f || !visibleTo(ctx.site, req.accountId, f))
    throw new JiraHttpError(400, [
      `The selected filter is not available to you, perhaps it has been deleted or had its permissions changed.`,
    ]);
  ctx.read(1);
  return { status: 200, body: filterJson(ctx.site, f, true) };
};

/** Filters the caller may see, by name (substring, case-insensitive), id or owner; `expand=jql` adds each one's JQL. */
export const searchFilters: Handler = (req, ctx) => {
  const name = (req.query.get('filterName') ?? '').toLowerCase();
  const ids = list(req.query, 'id');
  const owner = req.query.get('accountId');
  const expand = list(req.query, 'expand');
  const all = [...filters(ctx.site).values()]
    .filter((f) => visibleTo(ctx.site, req.accountId, f))
    .filter((f) => f.name.toLowerCase().includes(name))
    .filter((f) => ids.length === 0 || ids.includes(f.id))
    .filter((f) => owner === null || f.owner === owner)
    .sort((a, b) => a.name.localeCompare(b.name));
  const startAt = Number(req.query.get('startAt') ?? 0);
  const maxResults = Math.min(Number(req.query.get('maxResults') ?? 50), 100);
  const values = all.slice(startAt, startAt + maxResults);
  ctx.read(values.length);
  return {
    status: 200,
    body: {
      self: `${BASE}/rest/api/3/filter/search`,
      startAt,
      maxResults,
      total: all.length,
      isLast: startAt + values.length >= all.length,
      values: values.map((f) => filterJson(ctx.site, f, expand.includes('jql'))),
    },
  };
};
