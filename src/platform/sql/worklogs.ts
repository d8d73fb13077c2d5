// The app's copy of Jira's worklogs (itr_worklog), where the incremental sync stands (itr_worklog_mark)
// and the project of each issue a worklog names (itr_worklog_issue, else itr_issue).

import { z } from 'zod';
import { rows, write } from './store';

const num = z.coerce.number();
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');
const CHUNK = 500;

function* chunks<T>(xs: readonly T[], size = CHUNK): Generator<T[]> {
  for (let i = 0; i < xs.length; i += size) yield xs.slice(i, i + size);
}

export type WorklogList = 'updated' | 'deleted';

export interface Mark {
  readonly since: number;
  readonly scope: string;
}

export async function marks(): Promise<Map<WorklogList, Mark>> {
  const found = await rows(
    z.object({ list: z.enum(['updated', 'deleted']), since: num, scope: z.string() }),
    'SELECT list, since, scope FROM itr_worklog_mark',
  );
  return new Map(found.map((r) => [r.list, { since: r.since, scope: r.scope }]));
}

export async function setMark(list: WorklogList, mark: Mark): Promise<void> {
  await write(
    'INSERT INTO itr_worklog_mark (list, since, scope) VALUES (?, ?, ?) ON DUPLICATE KEY UPDATE since = VALUES(since), scope = VALUES(scope)',
    list,
    mark.since,
    mark.scope,
  );
}

/** The project key of each issue the app knows, from what it learnt for worklogs, else from itr_issue. */
export async function issueProjects(issueIds: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const row = z.object({ issue_id: num, project: z.string() });
  for (const part of chunks([...new Set(issueIds)])) {
    for (const r of await rows(
      row,
      `SELECT issue_id, project FROM itr_worklog_issue WHERE issue_id IN (${placeholders(part.length)})`,
      ...part.map(Number),
    ))
      out.set(String(r.issue_id), r.project);
    const missing = part.filter((id) => !out.has(id));
    if (missing.length === 0) continue;
    for (const r of await rows(
      row,
      `SELECT issue_id, project FROM itr_issue WHERE issue_id IN (${placeholders(missing.length)})`,
      ...missing.map(Number),
    ))
      out.set(String(r.issue_id), r.project);
  }
  return out;
}

export async function saveIssueProjects(entries: ReadonlyArray<readonly [string, string]>): Promise<void> {
  for (const part of chunks(entries))
    await write(
      `INSERT INTO itr_worklog_issue (issue_id, project) VALUES ${part.map(() => '(?, ?)').join(', ')}
       ON DUPLICATE KEY UPDATE project = VALUES(project)`,
      ...part.flatMap(([id, project]) => [Number(id), project]),
    );
}

export interface WorklogRow {
  readonly worklogId: number;
  readonly issueId: string;
  readonly project: string;
  readonly author: string;
  readonly started: number;
  readonly month: string;
  readonly seconds: number;
  readonly updated: number;
}

/** Writes worklogs by id; a row already holding a newer version (by Jira's `updated`) is kept. */
export async function upsertWorklogs(ws: readonly WorklogRow[]): Promise<void> {
  // MariaDB applies the assignments left to right, so `updated` is compared before it is replaced.
  const newer = 'VALUES(updated) >= updated';
  const set = (c: string) => `${c} = IF(${newer}, VALUES(${c}), ${c})`;
  for (const part of chunks(ws))
    await write(
      `INSERT INTO itr_worklog (worklog_id, issue_id, project, author, started, month, seconds, updated)
       VALUES ${part.map(() => '(?, ?, ?, ?, ?, ?, ?, ?)').join(', ')}
       ON DUPLICATE KEY UPDATE ${['issue_id', 'project', 'author', 'started', 'month', 'seconds', 'updated'].map(set).join(', ')}`,
      ...part.flatMap((w) => [
        w.worklogId,
        Number(w.issueId),
        w.project,
        w.author,
        w.started,
        w.month,
        w.seconds,
        w.updated,
      ]),
    );
}

/** Removes worklogs by id; how many rows went. */
export async function deleteWorklogs(ids: readonly number[]): Promise<number> {
  let n = 0;
  for (const part of chunks([...new Set(ids)]))
    n += await write(`DELETE FROM itr_worklog WHERE worklog_id IN (${placeholders(part.length)})`, ...part);
  return n;
}

/** Removes the worklogs of projects no longer in scope; how many rows went. */
export async function keepOnlyProjects(projects: readonly string[]): Promise<number> {
  if (projects.length === 0) return write('DELETE FROM itr_worklog');
  return write(`DELETE FROM itr_worklog WHERE project NOT IN (${placeholders(projects.length)})`, ...projects);
}
