// Enumerating and loading issues: search/jql (token pages), issue/bulkfetch and changelog/bulkfetch.

import { compileJql, JqlError, type JqlIssue } from '../jql';
import { historyJson, issueJson } from '../rest-shapes';
import type { Issue, Site } from '../site';
import { JiraHttpError, list, obj, type Handler, type RouteContext } from './types';

const ID_FIELDS = new Set(['id', 'key']);

/** The JQL view of an issue: indexed property values only, as Jira's index holds them. */
export function jqlView(site: Site, issue: Issue, ctx: RouteContext): JqlIssue {
  return {
    id: issue.id,
    key: issue.key,
    project: issue.project,
    projectId: site.projects.get(issue.project)?.id ?? '',
    issuetype: issue.issuetype,
    status: issue.status,
    statusCategory: site.statuses.get(issue.status)?.category ?? 'new',
    priority: issue.priority,
    assignee: issue.assignee,
    reporter: issue.reporter,
    labels: issue.labels,
    components: issue.components,
    resolution: issue.resolution,
    created: issue.created,
    updated: issue.updated,
    summary: issue.summary,
    custom: issue.custom,
    changelog: issue.changelog,
    property(key, path) {
      const type = ctx.indexed.get(key)?.get(path);
      if (type === undefined) return undefined;
      let v = site.index.visible(issue.id, key, site.clock(), issue.properties.get(key));
      for (const part of path.split('.'))
        v = typeof v === 'object' && v !== null ? (v as Record<string, unknown>)[part] : undefined;
      if (type === 'number') return typeof v === 'number' ? v : undefined;
      if (Array.isArray(v)) return v.filter((x): x is string => typeof x === 'string');
      return typeof v === 'string' ? v : undefined;
    },
  };
}

interface SearchInput {
  jql: string;
  nextPageToken: string | undefined;
  maxResults: number;
  fields: string[];
  properties: string[];
  expand: string | undefined;
}

function matching(jql: string, req: { accountId: string | null }, ctx: RouteContext) {
  const { site } = ctx;
  if (!/\S/.test(jql.replace(/order\s+by[\s\S]*$/i, ''))) {
    throw new JiraHttpError(400, [
      'Unbounded JQL queries are not allowed here. Please add a search restriction to your query.',
    ]);
  }
  let compiled;
  try {
    compiled = compileJql(jql, {
      now: site.clock(),
      aliases: ctx.aliases,
      currentUser: req.accountId,
      customFields: site.fields.filter((f) => f.custom),
      members: (group) =>
        site.groups.has(group)
          ? [...site.users.values()].filter((u) => u.groups.includes(group)).map((u) => u.accountId)
          : undefined,
    });
  } catch (e) {
    if (e instanceof JqlError) throw new JiraHttpError(400, [e.message]);
    throw e;
  }
  const views: Array<{ issue: Issue; view: JqlIssue }> = [];
  for (const issue of site.issues.values()) {
    if (!site.may(req.accountId, 'browse', issue.project)) continue;
    const view = jqlView(site, issue, ctx);
    if (compiled.matches(view)) views.push({ issue, view });
  }
  views.sort((a, b) => compiled.compare(a.view, b.view));
  return views;
}

function search(input: SearchInput, req: { accountId: string | null }, ctx: RouteContext) {
  const { site } = ctx;
  const views = matching(input.jql, req, ctx);
  const idsOnly = input.fields.every((f) => ID_FIELDS.has(f));
  const cap = idsOnly ? 5000 : 100; // Jira returns fewer per page when fields are asked for
  const size = Math.max(1, Math.min(input.maxResults, cap));
  const start =
    input.nextPageToken === undefined ? 0 : Number(Buffer.from(input.nextPageToken, 'base64url').toString());
  if (!Number.isInteger(start) || start < 0)
    throw new JiraHttpError(400, ['The provided next page token is invalid or expired.']);
  const page = views.slice(start, start + size);
  const issues = page.map(({ issue }) =>
    idsOnly && input.properties.length === 0
      ? (ctx.read(1), { id: String(issue.id), ...(input.fields.includes('key') ? { key: issue.key } : {}) })
      : issueJson(
          site,
          issue,
          { fields: input.fields, properties: input.properties, expand: input.expand },
          ['id'],
          ctx.read,
        ),
  );
  const more = start + size < views.length;
  return {
    issues,
    isLast: !more,
    ...(more ? { nextPageToken: Buffer.from(String(start + size)).toString('base64url') } : {}),
  };
}

export const searchGet: Handler = (req, ctx) => {
  const q = req.query;
  return {
    status: 200,
    body: search(
      {
        jql: q.get('jql') ?? '',
        nextPageToken: q.get('nextPageToken') ?? undefined,
        maxResults: Number(q.get('maxResults') ?? 50),
        fields: list(q, 'fields').length > 0 ? list(q, 'fields') : ['id'],
        properties: list(q, 'properties'),
        expand: q.get('expand') ?? undefined,
      },
      req,
      ctx,
    ),
  };
};

export const searchPost: Handler = (req, ctx) => {
  const b = obj(req.body);
  const strings = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  return {
    status: 200,
    body: search(
      {
        jql: typeof b['jql'] === 'string' ? b['jql'] : '',
        nextPageToken: typeof b['nextPageToken'] === 'string' ? b['nextPageToken'] : undefined,
        maxResults: typeof b['maxResults'] === 'number' ? b['maxResults'] : 50,
        fields: strings(b['fields']).length > 0 ? strings(b['fields']) : ['id'],
        properties: strings(b['properties']),
        expand: typeof b['expand'] === 'string' ? b['expand'] : undefined,
      },
      req,
      ctx,
    ),
  };
};

function idsOf(b: Record<string, unknown>, max: number): string[] {
  const ids = b['issueIdsOrKeys'];
  if (!Array.isArray(ids) || ids.length === 0)
    throw new JiraHttpError(400, [], { issueIdsOrKeys: 'At least one issue ID or key is required.' });
  if (ids.length > max) throw new JiraHttpError(400, [], { issueIdsOrKeys: `The maximum number of issues is ${max}.` });
  return ids.map(String);
}

export const bulkFetch: Handler = (req, ctx) => {
  const b = obj(req.body);
  const ids = idsOf(b, 100);
  const fields = Array.isArray(b['fields']) ? b['fields'].map(String) : ['*navigable'];
  const properties = Array.isArray(b['properties']) ? b['properties'].map(String) : [];
  const expand = Array.isArray(b['expand']) ? b['expand'].map(String).join(',') : undefined;
  const found: Issue[] = [];
  const issueErrors: string[] = [];
  for (const id of ids) {
    const issue = ctx.site.issue(id);
    if (issue && ctx.site.may(req.accountId, 'browse', issue.project)) found.push(issue);
    else issueErrors.push(id);
  }
  found.sort((a, b2) => a.id - b2.id);
  return {
    status: 200,
    body: {
      issues: found.map((i) => issueJson(ctx.site, i, { fields, properties, expand }, fields, ctx.read)),
      issueErrors: issueErrors.map((id) => ({
        id,
        errorMessage: 'Issue does not exist or you do not have permission to see it.',
      })),
    },
  };
};

export const changelogBulkFetch: Handler = (req, ctx) => {
  const b = obj(req.body);
  const ids = idsOf(b, 1000);
  const fieldIds = Array.isArray(b['fieldIds']) ? b['fieldIds'].map(String) : [];
  if (fieldIds.length > 10) throw new JiraHttpError(400, [], { fieldIds: 'The maximum number of field IDs is 10.' });
  const maxResults = Math.min(typeof b['maxResults'] === 'number' ? b['maxResults'] : 1000, 10000);
  const start =
    typeof b['nextPageToken'] === 'string' ? Number(Buffer.from(b['nextPageToken'], 'base64url').toString()) : 0;
  const rows: Array<{ issueId: string; h: ReturnType<typeof historyJson>; at: number; n: number }> = [];
  for (const id of ids) {
    const issue = ctx.site.issue(id);
    if (!issue || !ctx.site.may(req.accountId, 'browse', issue.project)) continue;
    for (const h of issue.changelog) {
      const items = fieldIds.length === 0 ? h.items : h.items.filter((i) => fieldIds.includes(i.fieldId));
      if (items.length > 0)
        rows.push({ issueId: String(issue.id), h: { ...historyJson(ctx.site, h), items }, at: h.created, n: issue.id });
    }
  }
  rows.sort((a, c) => a.at - c.at || a.n - c.n);
  const page = rows.slice(start, start + maxResults);
  ctx.read(page.length);
  const byIssue = new Map<string, Array<ReturnType<typeof historyJson>>>();
  for (const r of page) byIssue.set(r.issueId, [...(byIssue.get(r.issueId) ?? []), r.h]);
  const more = start + maxResults < rows.length;
  return {
    status: 200,
    body: {
      issueChangeLogs: [...byIssue].map(([issueId, changeHistories]) => ({ issueId, changeHistories })),
      ...(more ? { nextPageToken: Buffer.from(String(start + maxResults)).toString('base64url') } : {}),
    },
  };
};

/** Jira answers an estimate; the emulator's is exact. */
export const approximateCount: Handler = (req, ctx) => {
  const jql = obj(req.body)['jql'];
  if (typeof jql !== 'string') throw new JiraHttpError(400, [], { jql: 'A JQL query is required.' });
  return { status: 200, body: { count: matching(jql, req, ctx).length } };
};
