// Issue entity properties: single get/set/delete and the asynchronous bulk set (a task to follow).

import { JiraHttpError, notFound, obj, type Handler, type JiraRequest, type RouteContext } from './types';

const MAX_BYTES = 32768;

function issueOf(req: JiraRequest, ctx: RouteContext, id: string, edit: boolean) {
  const issue = ctx.site.issue(id);
  if (!issue || !ctx.site.may(req.accountId, 'browse', issue.project)) throw notFound(`Issue ${id}`);
  if (edit && !ctx.site.may(req.accountId, 'edit', issue.project))
    throw new JiraHttpError(403, ['You do not have permission to edit issues in this project.']);
  return issue;
}

function checkSize(key: string, value: unknown): void {
  if (value === undefined) throw new JiraHttpError(400, ['The property value must be valid, non-empty JSON.']);
  if (Buffer.byteLength(JSON.stringify(value)) > MAX_BYTES)
    throw new JiraHttpError(400, [`The property '${key}' has a value that is longer than ${MAX_BYTES} bytes.`]);
}

export const getProperty: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx, req.params['issueIdOrKey'] ?? '', false);
  const key = req.params['propertyKey'] ?? '';
  if (!issue.properties.has(key)) throw new JiraHttpError(404, [`The property with key '${key}' does not exist.`]);
  ctx.read(1);
  return { status: 200, body: { key, value: issue.properties.get(key) } };
};

export const setProperty: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx, req.params['issueIdOrKey'] ?? '', true);
  const key = req.params['propertyKey'] ?? '';
  checkSize(key, req.body);
  const existed = issue.properties.has(key);
  issue.properties.set(key, req.body);
  return { status: existed ? 200 : 201 };
};

export const deleteProperty: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx, req.params['issueIdOrKey'] ?? '', true);
  if (!issue.properties.delete(req.params['propertyKey'] ?? ''))
    throw new JiraHttpError(404, ['The property does not exist.']);
  return { status: 204 };
};

/** Jira runs the bulk set as a task; here it runs at once and the task is complete when asked. */
export const setPropertiesMulti: Handler = (req, ctx) => {
  const entries = obj(req.body)['issues'];
  if (!Array.isArray(entries) || entries.length === 0)
    throw new JiraHttpError(400, ['The request must contain at least one issue.']);
  if (entries.length > 100) throw new JiraHttpError(400, ['The request may contain at most 100 issues.']);
  const parsed = entries.map((e) => {
    const o = obj(e, 'issue entry');
    const props = obj(o['properties'], 'properties');
    if (Object.keys(props).length > 10) throw new JiraHttpError(400, ['At most 10 properties may be set per issue.']);
    for (const [k, v] of Object.entries(props)) checkSize(k, v);
    return { issueId: String(o['issueID']), props };
  });
  const failed: Array<{ issueId: string; message: string }> = [];
  for (const { issueId, props } of parsed) {
    const issue = ctx.site.issue(issueId);
    if (!issue || !ctx.site.may(req.accountId, 'edit', issue.project)) {
      failed.push({ issueId, message: 'Issue does not exist or you do not have permission to edit it.' });
      continue;
    }
    for (const [k, v] of Object.entries(props)) issue.properties.set(k, v);
  }
  const id = ctx.site.id();
  ctx.site.tasks.set(id, failed);
  return { status: 303, headers: { location: `/rest/api/3/task/${id}` } };
};

export const getTask: Handler = (req, ctx) => {
  const id = req.params['taskId'] ?? '';
  const failed = ctx.site.tasks.get(id);
  if (!failed) throw new JiraHttpError(404, [`Task ${id} does not exist.`]);
  return { status: 200, body: { id, status: 'COMPLETE', progress: 100, result: { failed } } };
};
