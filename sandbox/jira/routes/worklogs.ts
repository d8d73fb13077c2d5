// Worklogs: an issue's worklogs one at a time (add, read, edit, delete), and Jira's incremental lists
// (ids changed or deleted since an instant, 1,000 a page, the last minute left out) with the details of
// up to 1,000 ids at once. Permissions as Jira's, modelled simply: Browse projects to read; Work on issues
// (here: Edit issues) to add and to change one's own; Administer projects to change anyone's.

import { adfError } from '../adf';
import { BASE, userJson } from '../rest-shapes';
import type { Issue, Site } from '../site';
import { LIST_PAGE, type Change, type Worklog } from '../worklogs';
import { JiraHttpError, notFound, obj, type Handler, type JiraRequest, type RouteContext } from './types';

/** Jira's worklog instants: '2021-01-17T12:34:00.000+0000'. */
export const jiraInstant = (ms: number): string => new Date(ms).toISOString().replace('Z', '+0000');

const STARTED = /^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3})([+-])(\d{2})(\d{2})$/;

function parseStarted(v: unknown): number {
  const m = typeof v === 'string' ? STARTED.exec(v) : null;
  const ms = m ? Date.parse(`${m[1]}${m[2]}${m[3]}:${m[4]}`) : NaN;
  if (!Number.isFinite(ms))
    throw new JiraHttpError(400, [], {
      started: `Invalid date '${String(v)}': Jira expects yyyy-MM-dd'T'HH:mm:ss.SSSZ, e.g. 2021-01-17T12:34:00.000+0000.`,
    });
  return ms;
}

const UNIT_SECONDS: Readonly<Record<string, number>> = { w: 5 * 8 * 3600, d: 8 * 3600, h: 3600, m: 60 };

/** '1d 2h 30m' (Jira's defaults: 8 h a day, 5 days a week) in seconds; NaN when unreadable. */
function parseDuration(v: string): number {
  const parts = v.trim().split(/\s+/);
  let total = 0;
  for (const p of parts) {
    const m = /^(\d+(?:\.\d+)?)([wdhm]?)$/.exec(p);
    if (!m) return NaN;
    total += Number(m[1]) * UNIT_SECONDS[m[2] || 'm']!;
  }
  return Math.round(total);
}

export function formatDuration(seconds: number): string {
  const out: string[] = [];
  let left = seconds;
  for (const [unit, size] of Object.entries(UNIT_SECONDS)) {
    const n = Math.floor(left / size);
    if (n > 0) out.push(`${n}${unit}`);
    left -= n * size;
  }
  return out.join(' ') || '0m';
}

function timeSpent(body: Record<string, unknown>, required: boolean): number | undefined {
  const secs = body['timeSpentSeconds'];
  const text = body['timeSpent'];
  if (secs === undefined && text === undefined) {
    if (!required) return undefined;
    throw new JiraHttpError(400, [], { timeLogged: 'You must indicate the time spent working.' });
  }
  const n = secs !== undefined ? Number(secs) : parseDuration(String(text));
  if (!Number.isInteger(n) || n <= 0)
    throw new JiraHttpError(400, [], { timeLogged: 'Invalid time duration entered.' });
  return n;
}

function commentOf(body: Record<string, unknown>): unknown {
  const c = body['comment'];
  if (c === undefined || c === null) return undefined;
  if (adfError(c) !== null)
    throw new JiraHttpError(400, [], {
      comment: 'Comment must be an Atlassian Document (see the Atlassian Document Format).',
    });
  return c;
}

export function worklogJson(site: Site, w: Worklog) {
  return {
    self: `${BASE}/rest/api/3/issue/${w.issueId}/worklog/${w.id}`,
    author: userJson(site, w.author),
    updateAuthor: userJson(site, w.updateAuthor),
    ...(w.comment === undefined ? {} : { comment: w.comment }),
    created: jiraInstant(w.created),
    updated: jiraInstant(w.updated),
    started: jiraInstant(w.started),
    timeSpent: formatDuration(w.seconds),
    timeSpentSeconds: w.seconds,
    id: String(w.id),
    issueId: String(w.issueId),
  };
}

function issueOf(req: JiraRequest, ctx: RouteContext): Issue {
  const ref = req.params['issueIdOrKey'] ?? '';
  const issue = ctx.site.issue(ref);
  if (!issue || !ctx.site.may(req.accountId, 'browse', issue.project)) throw notFound(`Issue ${ref}`);
  return issue;
}

function worklogOf(req: JiraRequest, ctx: RouteContext, issue: Issue): Worklog {
  const id = req.params['id'] ?? '';
  const w = /^\d+$/.test(id) ? ctx.site.worklogs.byId.get(Number(id)) : undefined;
  if (!w || w.issueId !== issue.id)
    throw new JiraHttpError(404, [`Cannot find worklog with id: ${id} on issue ${issue.key}.`]);
  return w;
}

/** Adding (own: null) or changing a worklog: Work on issues, and for someone else's, Administer projects. */
function mayWork(req: JiraRequest, site: Site, issue: Issue, owner: string | null): void {
  if (!site.may(req.accountId, 'edit', issue.project))
    throw new JiraHttpError(403, ['You do not have the permission to work on this issue.']);
  if (
    owner !== null &&
    req.accountId !== null &&
    owner !== req.accountId &&
    !site.may(req.accountId, 'administer', issue.project)
  )
    throw new JiraHttpError(403, ["You do not have the permission to change another user's worklog."]);
}

export const getIssueWorklogs: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx);
  const after = Number(req.query.get('startedAfter') ?? -Infinity);
  const before = Number(req.query.get('startedBefore') ?? Infinity);
  const all = ctx.site.worklogs.ofIssue(issue.id).filter((w) => w.started >= after && w.started < before);
  const startAt = Number(req.query.get('startAt') ?? 0);
  const maxResults = Math.min(Number(req.query.get('maxResults') ?? 5000), 5000);
  const worklogs = all.slice(startAt, startAt + maxResults);
  ctx.read(worklogs.length);
  return {
    status: 200,
    body: { startAt, maxResults, total: all.length, worklogs: worklogs.map((w) => worklogJson(ctx.site, w)) },
  };
};

export const addWorklog: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx);
  mayWork(req, ctx.site, issue, null);
  const body = obj(req.body);
  const seconds = timeSpent(body, true)!;
  if (body['started'] === undefined)
    throw new JiraHttpError(400, [], { started: 'You must specify when the work started.' });
  const started = parseStarted(body['started']);
  const comment = commentOf(body);
  const w = ctx.site.worklogs.add(
    { issueId: issue.id, author: req.accountId ?? 'itr-app', started, seconds, comment },
    ctx.site.clock(),
  );
  return { status: 201, body: worklogJson(ctx.site, w) };
};

export const getWorklog: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx);
  const w = worklogOf(req, ctx, issue);
  ctx.read(1);
  return { status: 200, body: worklogJson(ctx.site, w) };
};

export const updateWorklog: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx);
  const w = worklogOf(req, ctx, issue);
  mayWork(req, ctx.site, issue, w.author);
  const body = obj(req.body);
  const seconds = timeSpent(body, false);
  const started = body['started'] === undefined ? undefined : parseStarted(body['started']);
  const comment = commentOf(body);
  ctx.site.worklogs.update(
    w,
    {
      ...(seconds === undefined ? {} : { seconds }),
      ...(started === undefined ? {} : { started }),
      ...(comment === undefined ? {} : { comment }),
    },
    req.accountId ?? 'itr-app',
    ctx.site.clock(),
  );
  return { status: 200, body: worklogJson(ctx.site, w) };
};

export const deleteWorklog: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx);
  const w = worklogOf(req, ctx, issue);
  mayWork(req, ctx.site, issue, w.author);
  ctx.site.worklogs.remove(w, ctx.site.clock());
  return { status: 204 };
};

function since(req: JiraRequest): number {
  const raw = req.query.get('since') ?? '0';
  if (!/^-?\d+$/.test(raw)) throw new JiraHttpError(400, [`The value '${raw}' of 'since' is not a valid number.`]);
  return Number(raw);
}

/** A page of Jira's ChangedWorklogs: up to 1,000 changes from `since`, and the next page's URL. */
function changedPage(path: string, from: number, listed: readonly Change[]) {
  const values = listed.slice(0, LIST_PAGE);
  const lastPage = listed.length <= LIST_PAGE;
  const until = values.at(-1)?.at ?? from;
  return {
    values: values.map((c) => ({ worklogId: c.worklogId, updatedTime: c.at, properties: [] })),
    since: from,
    until,
    self: `${BASE}${path}?since=${from}`,
    lastPage,
    ...(lastPage ? {} : { nextPage: `${BASE}${path}?since=${until}` }),
  };
}

export const updatedWorklogs: Handler = (req, ctx) => {
  const from = since(req);
  const body = changedPage('/rest/api/3/worklog/updated', from, ctx.site.worklogs.updatedSince(from, ctx.site.clock()));
  ctx.read(body.values.length);
  return { status: 200, body };
};

export const deletedWorklogs: Handler = (req, ctx) => {
  const from = since(req);
  const body = changedPage('/rest/api/3/worklog/deleted', from, ctx.site.worklogs.deletedSince(from, ctx.site.clock()));
  ctx.read(body.values.length);
  return { status: 200, body };
};

/** Details of up to 1,000 worklog ids: those that exist on issues the caller may browse. */
export const listWorklogs: Handler = (req, ctx) => {
  const ids = obj(req.body)['ids'];
  if (!Array.isArray(ids)) throw new JiraHttpError(400, [], { ids: 'The list of worklog ids is required.' });
  if (ids.length > LIST_PAGE)
    throw new JiraHttpError(400, [`The number of worklog ids must not exceed ${LIST_PAGE}, but was ${ids.length}.`]);
  const found = [...new Set(ids.map(Number))].flatMap((id) => {
    const w = ctx.site.worklogs.byId.get(id);
    const issue = w ? ctx.site.issue(w.issueId) : undefined;
    return w && issue && ctx.site.may(req.accountId, 'browse', issue.project) ? [w] : [];
  });
  ctx.read(found.length);
  return { status: 200, body: found.map((w) => worklogJson(ctx.site, w)) };
};
