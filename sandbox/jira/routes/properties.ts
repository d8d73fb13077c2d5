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
  ctx.site.setProperty(issue, key, req.body);
  return { status: existed ? 200 : 201 };
};

export const deleteProperty: Handler = (req, ctx) => {
  const issue = issueOf(req, ctx, req.params['issueIdOrKey'] ?? '', true);
  const key = req.params['propertyKey'] ?? '';
  if (!issue.properties.has(key)) throw new JiraHttpError(404, ['The property does not exist.']);
  ctx.site.setProperty(issue, key, undefined);
  return { status: 204 };
};

/** Jira runs the bulk set as a task: checked now, carried out when the task completes (Site.catchUp). */
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
  const task = ctx.site.tasks.submit({
    id: ctx.site.id(),
    submittedBy: req.accountId,
    submitted: ctx.site.clock(),
    entries: parsed,
  });
  ctx.site.catchUp(); // a task with no delay is complete at once
  return { status: 303, headers: { location: `/rest/api/3/task/${task.id}` } };
};

export const getTask: Handler = (req, ctx) => {
  const id = req.params['taskId'] ?? '';
  const task = ctx.site.tasks.get(id);
  if (!task) throw new JiraHttpError(404, [`Task ${id} does not exist.`]);
  const now = ctx.site.clock();
  const span = Math.max(1, task.finishAt - task.submitted);
  return {
    status: 200,
    body: {
      self: `/rest/api/3/task/${id}`,
      id,
      description: 'Bulk set issue properties',
      status: task.failed === null ? 'RUNNING' : 'COMPLETE',
      progress: task.failed === null ? Math.min(99, Math.floor(((now - task.submitted) / span) * 100)) : 100,
      submittedBy: 0,
      submitted: task.submitted,
      started: task.submitted,
      elapsedRuntime: Math.min(now, task.finishAt) - task.submitted,
      lastUpdate: Math.min(now, task.finishAt),
      ...(task.failed === null ? {} : { finished: task.finishAt, result: { failed: task.failed } }),
    },
  };
};
