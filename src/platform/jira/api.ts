// The Jira operations the app uses, each one REST call (or one per page), with the fewest fields asked.

import { route } from '@forge/api';
import type { BulkChangelogRequest } from 'jira.js/dist/cloud/models/bulkChangelogRequest';
import type { BulkFetchIssueRequest } from 'jira.js/dist/cloud/models/bulkFetchIssueRequest';
import type { IssueUpdateDetails } from 'jira.js/dist/cloud/models/issueUpdateDetails';
import type { LinkIssueRequest } from 'jira.js/dist/cloud/models/linkIssueRequest';
import type { MultiIssueEntityProperties } from 'jira.js/dist/cloud/models/multiIssueEntityProperties';
import type { Notification } from 'jira.js/dist/cloud/models/notification';
import { z } from 'zod';
import { JiraError, type JiraClient } from './client';
import * as s from './schemas';

export const ITR_PROPERTY = 'itr';
export const SEARCH_PAGE = 5000; // ids-only pages
export const BULK_FETCH = 100;
export const CHANGELOG_BULK = 1000;
export const PROPERTY_MULTI = 100;

/** One page of a JQL search, ids only. */
export async function searchPage(
  jira: JiraClient,
  jql: string,
  token: string | null,
  pageSize = SEARCH_PAGE,
): Promise<{ ids: string[]; next: string | null }> {
  const body = { jql, maxResults: pageSize, fields: ['id'], ...(token ? { nextPageToken: token } : {}) };
  const page = await jira.call(route`/rest/api/3/search/jql`, { method: 'POST', body, retrySafe: true }, s.searchPage);
  return { ids: page.issues.map((i) => i.id), next: page.nextPageToken ?? null };
}

/** One page of a JQL search with each issue's `updated` (100 a page: Jira serves fewer with fields). */
export async function searchUpdated(
  jira: JiraClient,
  jql: string,
  token: string | null,
): Promise<{ issues: Array<{ id: string; updated: number }>; next: string | null }> {
  const body = { jql, maxResults: 100, fields: ['updated'], ...(token ? { nextPageToken: token } : {}) };
  const page = await jira.call(
    route`/rest/api/3/search/jql`,
    { method: 'POST', body, retrySafe: true },
    s.searchPageUpdated,
  );
  return {
    issues: page.issues.map((i) => ({ id: i.id, updated: Date.parse(i.fields.updated) })),
    next: page.nextPageToken ?? null,
  };
}

/** Ids of the issues a JQL query finds, a page at a time. */
export async function* searchIds(jira: JiraClient, jql: string, pageSize = SEARCH_PAGE): AsyncGenerator<string[]> {
  let token: string | null = null;
  do {
    const page = await searchPage(jira, jql, token, pageSize);
    yield page.ids;
    token = page.next;
  } while (token);
}

export async function approximateCount(jira: JiraClient, jql: string): Promise<number> {
  return (
    await jira.call(
      route`/rest/api/3/search/approximate-count`,
      { method: 'POST', body: { jql }, retrySafe: true },
      z.looseObject({ count: z.number() }),
    )
  ).count;
}

export async function getIssue(jira: JiraClient, id: string, fields: readonly string[]): Promise<s.IssueBean> {
  return jira.call(route`/rest/api/3/issue/${id}?fields=${fields.join(',')}&expand=changelog`, {}, s.issueBean);
}

export async function bulkFetch(
  jira: JiraClient,
  ids: readonly string[],
  fields: readonly string[],
): Promise<s.IssueBean[]> {
  const body: BulkFetchIssueRequest = { issueIdsOrKeys: [...ids], fields: [...fields] };
  return (await jira.call(route`/rest/api/3/issue/bulkfetch`, { method: 'POST', body, retrySafe: true }, s.bulkIssues))
    .issues;
}

/** Every changelog entry of up to 1,000 issues, oldest first, by issue id. */
export async function changelogs(jira: JiraClient, ids: readonly string[]): Promise<Map<string, s.JiraHistory[]>> {
  const out = new Map<string, s.JiraHistory[]>();
  let token: string | undefined;
  do {
    const body: BulkChangelogRequest = {
      issueIdsOrKeys: [...ids],
      maxResults: 10000,
      ...(token ? { nextPageToken: token } : {}),
    };
    const page = await jira.call(
      route`/rest/api/3/changelog/bulkfetch`,
      { method: 'POST', body, retrySafe: true },
      s.changelogPage,
    );
    for (const l of page.issueChangeLogs) out.set(l.issueId, [...(out.get(l.issueId) ?? []), ...l.changeHistories]);
    token = page.nextPageToken;
  } while (token);
  return out;
}

/** The ids of an issue's latest comments, newest first (Jira serves at most 100 a page). */
export async function latestCommentIds(jira: JiraClient, id: string): Promise<string[]> {
  const page = await jira.call(
    route`/rest/api/3/issue/${id}/comment?orderBy=-created&maxResults=100`,
    {},
    z.looseObject({ comments: z.array(s.comment) }),
  );
  return page.comments.map((c) => c.id);
}

/** Every comment of an issue, oldest first, a page of 100 at a time. */
export async function allComments(jira: JiraClient, id: string): Promise<s.JiraComment[]> {
  const out: s.JiraComment[] = [];
  for (;;) {
    const page = await jira.call(
      route`/rest/api/3/issue/${id}/comment?orderBy=created&startAt=${String(out.length)}&maxResults=100`,
      {},
      z.looseObject({ comments: z.array(s.comment), total: z.number().optional() }),
    );
    out.push(...page.comments);
    if (page.comments.length === 0 || out.length >= (page.total ?? 0)) return out;
  }
}

/** Comments by id with their properties (only this endpoint expands properties). */
export async function commentsWithProperties(jira: JiraClient, ids: readonly string[]): Promise<s.JiraComment[]> {
  if (ids.length === 0) return [];
  const page = await jira.call(
    route`/rest/api/3/comment/list?expand=properties`,
    { method: 'POST', body: { ids: ids.map(Number) }, retrySafe: true },
    z.looseObject({ values: z.array(s.comment) }),
  );
  return page.values;
}

export async function setProperty(jira: JiraClient, id: string, value: unknown): Promise<void> {
  await jira.call(route`/rest/api/3/issue/${id}/properties/${ITR_PROPERTY}`, { method: 'PUT', body: value }, null);
}

/** Jira runs the bulk set as a task; the app does not wait for it (SQL holds the state of record). */
export async function setPropertiesMulti(
  jira: JiraClient,
  entries: ReadonlyArray<{ id: string; value: unknown }>,
): Promise<void> {
  const body: MultiIssueEntityProperties = {
    issues: entries.map((e) => ({ issueID: Number(e.id), properties: { [ITR_PROPERTY]: e.value } })),
  };
  await jira.call(
    route`/rest/api/3/issue/properties/multi`,
    { method: 'POST', body, redirect: 'manual', retrySafe: true },
    null,
  ); // setting a value twice is harmless
}

export async function editIssue(jira: JiraClient, id: string, body: IssueUpdateDetails): Promise<void> {
  await jira.call(route`/rest/api/3/issue/${id}`, { method: 'PUT', body }, null);
}

export async function transitionTo(jira: JiraClient, id: string, status: string): Promise<boolean> {
  const t = (await jira.call(route`/rest/api/3/issue/${id}/transitions`, {}, s.transitions)).transitions.find(
    (x) => x.to.name === status,
  );
  if (!t) return false;
  await jira.call(
    route`/rest/api/3/issue/${id}/transitions`,
    { method: 'POST', body: { transition: { id: t.id } } },
    null,
  );
  return true;
}

export async function addComment(
  jira: JiraClient,
  id: string,
  body: unknown,
  properties: ReadonlyArray<{ key: string; value: unknown }>,
  visibility?: { type: 'role' | 'group'; value: string },
): Promise<void> {
  const request = { body, properties, ...(visibility ? { visibility } : {}) };
  await jira.call(route`/rest/api/3/issue/${id}/comment`, { method: 'POST', body: request }, s.comment);
}

/** Creates an issue with entity properties set in the same call (the app marks what it creates). */
export async function createIssue(
  jira: JiraClient,
  fields: Record<string, unknown>,
  properties: ReadonlyArray<{ key: string; value: unknown }> = [],
): Promise<{ id: string; key: string }> {
  const body: IssueUpdateDetails = { fields, properties: properties.map((p) => ({ key: p.key, value: p.value })) };
  return jira.call(route`/rest/api/3/issue`, { method: 'POST', body }, s.created);
}

export async function linkIssues(jira: JiraClient, type: string, inwardKey: string, outwardKey: string): Promise<void> {
  const body: LinkIssueRequest = {
    type: { name: type },
    inwardIssue: { key: inwardKey },
    outwardIssue: { key: outwardKey },
  };
  await jira.call(route`/rest/api/3/issueLink`, { method: 'POST', body }, null);
}

export async function notify(jira: JiraClient, id: string, body: Notification): Promise<void> {
  await jira.call(route`/rest/api/3/issue/${id}/notify`, { method: 'POST', body }, null);
}

export async function fields(jira: JiraClient): Promise<z.infer<typeof s.fieldList>> {
  return jira.call(route`/rest/api/3/field`, {}, s.fieldList);
}

/** Every status on the site with its category (changelog items name statuses by id). */
export async function statuses(jira: JiraClient): Promise<z.infer<typeof s.statusList>> {
  return jira.call(route`/rest/api/3/status`, {}, s.statusList);
}

/** A project's roles: name -> role id. */
export async function projectRoles(jira: JiraClient, projectId: string): Promise<Map<string, string>> {
  const roles = await jira.call(route`/rest/api/3/project/${projectId}/role`, {}, s.projectRoles);
  return new Map(Object.entries(roles).map(([name, url]) => [name, url.split('/').pop() ?? '']));
}

/** The users and groups in a project role. */
export async function roleActors(
  jira: JiraClient,
  projectId: string,
  roleId: string,
): Promise<{ accounts: string[]; groups: Array<{ name?: string | undefined; groupId?: string | undefined }> }> {
  const r = await jira.call(route`/rest/api/3/project/${projectId}/role/${roleId}`, {}, s.roleActors);
  return {
    accounts: r.actors.flatMap((a) => (a.actorUser ? [a.actorUser.accountId] : [])),
    groups: r.actors.flatMap((a) => (a.actorGroup ? [a.actorGroup] : [])),
  };
}

export async function myself(jira: JiraClient): Promise<z.infer<typeof s.myself>> {
  return jira.call(route`/rest/api/3/myself`, {}, s.myself);
}

/** Whether the caller (a user client) holds each permission on the issue. */
export async function myPermissions(
  jira: JiraClient,
  issueId: string,
  keys: readonly string[],
): Promise<Record<string, boolean>> {
  const p = await jira.call(
    route`/rest/api/3/mypermissions?issueId=${issueId}&permissions=${keys.join(',')}`,
    {},
    s.permissions,
  );
  return held(p, keys);
}

/** Whether the caller (a user client) holds each permission on the project. */
export async function myProjectPermissions(
  jira: JiraClient,
  projectKey: string,
  keys: readonly string[],
): Promise<Record<string, boolean>> {
  const p = await jira.call(
    route`/rest/api/3/mypermissions?projectKey=${projectKey}&permissions=${keys.join(',')}`,
    {},
    s.permissions,
  );
  return held(p, keys);
}

const held = (p: z.infer<typeof s.permissions>, keys: readonly string[]): Record<string, boolean> =>
  Object.fromEntries(keys.map((k) => [k, p.permissions[k]?.havePermission === true]));

export async function myGlobalPermission(jira: JiraClient, key: string): Promise<boolean> {
  const p = await jira.call(route`/rest/api/3/mypermissions?permissions=${key}`, {}, s.permissions);
  return p.permissions[key]?.havePermission === true;
}

/** Names of the groups a user belongs to; none for a user Jira does not know (deleted, anonymised). */
export async function userGroups(jira: JiraClient, accountId: string): Promise<string[]> {
  try {
    return (
      await jira.call(
        route`/rest/api/3/user/groups?accountId=${accountId}`,
        {},
        z.array(z.looseObject({ name: z.string() })),
      )
    ).map((g) => g.name);
  } catch (e) {
    if (e instanceof JiraError && e.status === 404) return [];
    throw e;
  }
}

/** Jira takes up to 50 ids, keys or group names per request. */
const LOOKUP = 50;
const chunks = <T>(xs: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(xs.length / LOOKUP) }, (_, i) => xs.slice(i * LOOKUP, (i + 1) * LOOKUP));

export type JiraProject = z.infer<typeof s.projectPage>['values'][number];

/** Projects by id or by key, each with its issue types; those Jira does not know (or hides) are absent. */
export async function projectsWith(
  jira: JiraClient,
  by: 'id' | 'keys',
  values: readonly string[],
): Promise<JiraProject[]> {
  const out: JiraProject[] = [];
  for (const part of chunks([...new Set(values)])) {
    const q = new URLSearchParams([
      ...part.map((v): [string, string] => [by, v]),
      ['expand', 'issueTypes'],
      ['maxResults', '50'],
    ]);
    out.push(...(await jira.call(route`/rest/api/3/project/search?${q}`, {}, s.projectPage)).values);
  }
  return out;
}

export async function issueLinkTypes(jira: JiraClient): Promise<Array<{ id: string; name: string }>> {
  return (await jira.call(route`/rest/api/3/issueLinkType`, {}, s.linkTypes)).issueLinkTypes;
}

/** Groups by name, with their ids; names Jira does not know are absent. */
export async function groupsByName(
  jira: JiraClient,
  names: readonly string[],
): Promise<Array<{ groupId: string; name: string }>> {
  const out: Array<{ groupId: string; name: string }> = [];
  for (const part of chunks([...new Set(names)])) {
    const q = new URLSearchParams([...part.map((n): [string, string] => ['groupName', n]), ['maxResults', '50']]);
    out.push(...(await jira.call(route`/rest/api/3/group/bulk?${q}`, {}, s.groupPage)).values);
  }
  return out;
}

/** Jira's errors for a JQL query (none: it is valid), validated as the caller. */
export async function jqlErrors(jira: JiraClient, jql: string): Promise<string[]> {
  const parsed = await jira.call(
    route`/rest/api/3/jql/parse?validation=strict`,
    { method: 'POST', body: { queries: [jql] }, retrySafe: true },
    s.parsedJql,
  );
  return parsed.queries.flatMap((q) => q.errors ?? []);
}

/** Every project the caller can browse, page by page (Jira's pages hold at most 50). */
export async function allProjects(jira: JiraClient): Promise<JiraProject[]> {
  const out: JiraProject[] = [];
  for (;;) {
    const q = new URLSearchParams([
      ['startAt', String(out.length)],
      ['maxResults', '50'],
      ['orderBy', 'key'],
    ]);
    const page = await jira.call(route`/rest/api/3/project/search?${q}`, {}, s.projectPage);
    out.push(...page.values);
    if (page.isLast !== false || page.values.length === 0) return out;
  }
}

/** Every group of the site, page by page. */
export async function allGroups(jira: JiraClient): Promise<Array<{ groupId: string; name: string }>> {
  const out: Array<{ groupId: string; name: string }> = [];
  for (;;) {
    const q = new URLSearchParams([
      ['startAt', String(out.length)],
      ['maxResults', '50'],
    ]);
    const page = await jira.call(route`/rest/api/3/group/bulk?${q}`, {}, s.groupPage);
    out.push(...page.values);
    if (page.isLast !== false || page.values.length === 0) return out;
  }
}

const userName = z.looseObject({ displayName: z.string().optional() });

/** A user's display name, or null when Jira no longer knows the account (or hides its name). */
export async function displayName(jira: JiraClient, accountId: string): Promise<string | null> {
  try {
    return (await jira.call(route`/rest/api/3/user?accountId=${accountId}`, {}, userName)).displayName ?? null;
  } catch (e) {
    if (e instanceof JiraError && e.status === 404) return null;
    throw e;
  }
}
