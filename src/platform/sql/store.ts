// Queries over the app's tables. Rows are validated on the way out; JSON columns stay strings here and
// are parsed (with zod) by the app, which knows their shapes.

import { sql, type UpdateQueryResponse } from '@forge/sql';
import { z } from 'zod';

type Param = string | number | null;

/** Rows of a query, each checked with `schema`. */
export async function rows<T>(schema: z.ZodType<T>, query: string, ...params: Param[]): Promise<T[]> {
  const r = await sql
    .prepare<unknown>(query)
    .bindParams(...params)
    .execute();
  return z.array(schema).parse(r.rows);
}

/** Runs a statement that changes rows; how many it changed. */
export async function write(query: string, ...params: Param[]): Promise<number> {
  const r = await sql
    .prepare<UpdateQueryResponse>(query)
    .bindParams(...params)
    .execute();
  return r.rows.affectedRows;
}

const num = z.coerce.number();
const placeholders = (n: number) => Array.from({ length: n }, () => '?').join(',');

export const issueRow = z.object({
  issue_id: num,
  issue_key: z.string(),
  project: z.string(),
  jira_updated: num,
  created_at: num,
  snapshot: z.string(),
  /** When the app last changed the issue itself (Jira's `updated` moves, and no event says so). */
  app_changed_at: num.nullable(),
  state: z.string().nullable(),
  next_check_at: num.nullable(),
  /** 0 once the issue left the scope: its clocks stopped, its history kept. */
  in_scope: num,
});
export type IssueRow = z.infer<typeof issueRow>;

export async function loadIssues(ids: readonly string[]): Promise<Map<string, IssueRow>> {
  const out = new Map<string, IssueRow>();
  for (let i = 0; i < ids.length; i += 500) {
    const chunk = ids.slice(i, i + 500);
    const found = await rows(
      issueRow,
      `SELECT issue_id, issue_key, project, jira_updated, created_at, snapshot, app_changed_at, state, next_check_at, in_scope FROM itr_issue WHERE issue_id IN (${placeholders(chunk.length)})`,
      ...chunk.map(Number),
    );
    for (const r of found) out.set(String(r.issue_id), r);
  }
  return out;
}

export interface SnapshotWrite {
  readonly id: string;
  readonly key: string;
  readonly project: string;
  readonly jiraUpdated: number;
  readonly createdAt: number;
  readonly snapshot: string;
}

const UPSERT_SNAPSHOT = `INSERT INTO itr_issue (issue_id, issue_key, project, jira_updated, created_at, snapshot) VALUES %ROWS%
     ON DUPLICATE KEY UPDATE
       snapshot = IF(VALUES(jira_updated) >= jira_updated, VALUES(snapshot), snapshot),
       issue_key = IF(VALUES(jira_updated) >= jira_updated, VALUES(issue_key), issue_key),
       jira_updated = GREATEST(jira_updated, VALUES(jira_updated)),
       in_scope = 1`;

/** Forge SQL takes requests up to 1 MiB: multi-row statements are cut well below (in UTF-8 bytes: Chinese
 * text takes three per character). */
const MAX_BATCH_BYTES = 400_000;

function batches<T>(items: readonly T[], size: (t: T) => number, max = 100): T[][] {
  const out: T[][] = [];
  let cur: T[] = [];
  let chars = 0;
  for (const it of items) {
    const n = size(it);
    if (cur.length > 0 && (cur.length >= max || chars + n > MAX_BATCH_BYTES)) {
      out.push(cur);
      cur = [];
      chars = 0;
    }
    cur.push(it);
    chars += n;
  }
  if (cur.length > 0) out.push(cur);
  return out;
}

/**
 * Stores what Jira said, one statement per batch, unless a newer snapshot of an issue is already stored:
 * events arrive late and out of order, and an older one must never overwrite newer data.
 */
export async function saveSnapshots(ws: readonly SnapshotWrite[]): Promise<void> {
  for (const b of batches(ws, (w) => Buffer.byteLength(w.snapshot))) {
    await write(
      UPSERT_SNAPSHOT.replace('%ROWS%', b.map(() => '(?, ?, ?, ?, ?, ?)').join(', ')),
      ...b.flatMap((w) => [Number(w.id), w.key, w.project, w.jiraUpdated, w.createdAt, w.snapshot]),
    );
  }
}

/** Stores one snapshot (as saveSnapshots); returns whether it is the one kept. */
export async function saveSnapshot(w: SnapshotWrite): Promise<boolean> {
  await saveSnapshots([w]);
  const [row] = await rows(
    z.object({ jira_updated: num }),
    'SELECT jira_updated FROM itr_issue WHERE issue_id = ?',
    Number(w.id),
  );
  return row !== undefined && row.jira_updated === w.jiraUpdated;
}

/** The app's own changes, applied to the stored snapshot unless Jira's newer copy arrived meanwhile. */
export async function amendSnapshot(id: string, basedOn: number, snapshot: string, changedAt: number): Promise<void> {
  await write(
    'UPDATE itr_issue SET snapshot = ?, app_changed_at = ? WHERE issue_id = ? AND jira_updated = ?',
    snapshot,
    changedAt,
    Number(id),
    basedOn,
  );
}

export interface StateWrite {
  readonly id: string;
  /** The snapshot (Jira's `updated`) it was evaluated from: a state from an older snapshot is dropped. */
  readonly basedOn: number;
  readonly state: string;
  readonly nextCheckAt: number | null;
  /** When the most urgent goal breaches (epoch ms), for "At risk now". */
  readonly breachAt: number | null;
  readonly open: boolean;
  readonly configVersion: number;
  readonly evaluatedAt: number;
  readonly service: string | null;
  readonly components: readonly string[];
  readonly incident: boolean;
}

const STATE_COLUMNS = [
  'state',
  'next_check_at',
  'open_flag',
  'config_version',
  'evaluated_at',
  'service',
  'components',
  'incident',
  'breach_at',
] as const;

/**
 * Evaluated states, one UPDATE per batch (a CASE per column), each only where the stored snapshot is still
 * the one evaluated: a newer event's state is never overwritten by an evaluation of older data. Returns
 * the ids whose state was written.
 */
export async function saveStates(ws: readonly StateWrite[]): Promise<Set<string>> {
  const written = new Set<string>();
  for (const b of batches(ws, (w) => Buffer.byteLength(w.state))) {
    const rowsOf = b.map((w): Param[] => [
      w.state,
      w.nextCheckAt,
      w.open ? 1 : 0,
      w.configVersion,
      w.evaluatedAt,
      w.service,
      JSON.stringify(w.components),
      w.incident ? 1 : 0,
      w.breachAt,
    ]);
    const params: Param[] = [];
    const sets = STATE_COLUMNS.map((col, c) => {
      for (let r = 0; r < b.length; r++) params.push(Number(b[r]!.id), b[r]!.basedOn, rowsOf[r]![c] ?? null);
      return `${col} = CASE issue_id ${b.map(() => `WHEN ? THEN IF(jira_updated = ?, ?, ${col})`).join(' ')} END`;
    });
    const ids = b.map((w) => Number(w.id));
    await write(
      `UPDATE itr_issue SET ${sets.join(', ')} WHERE issue_id IN (${placeholders(b.length)})`,
      ...params,
      ...ids,
    );
    const now = await rows(
      z.object({ issue_id: num, jira_updated: num }),
      `SELECT issue_id, jira_updated FROM itr_issue WHERE issue_id IN (${placeholders(b.length)})`,
      ...ids,
    );
    const based = new Map(b.map((w) => [w.id, w.basedOn]));
    for (const r of now) if (based.get(String(r.issue_id)) === r.jira_updated) written.add(String(r.issue_id));
  }
  return written;
}

/** Stops an issue that left the scope: nothing falls due any more; its snapshot and state stay as history.
 * Returns its state when it was in scope until now. */
export async function leaveScope(id: string): Promise<string | null> {
  const [row] = await rows(
    z.object({ state: z.string().nullable(), in_scope: num }),
    'SELECT state, in_scope FROM itr_issue WHERE issue_id = ?',
    Number(id),
  );
  if (!row || row.in_scope === 0) return null;
  await write(
    'UPDATE itr_issue SET in_scope = 0, next_check_at = NULL, breach_at = NULL WHERE issue_id = ?',
    Number(id),
  );
  return row.state;
}

/** Every issue still managed leaves the scope (the configuration in force has none). */
export async function leaveScopeAll(): Promise<void> {
  await write('UPDATE itr_issue SET in_scope = 0, next_check_at = NULL, breach_at = NULL WHERE in_scope = 1');
}

/** Open managed issues not evaluated since `t` leave the scope; returns them with their last state. */
export async function leaveScopeNotEvaluatedSince(t: number): Promise<Array<{ id: string; state: string | null }>> {
  const found = await rows(
    z.object({ issue_id: num, state: z.string().nullable() }),
    'SELECT issue_id, state FROM itr_issue WHERE in_scope = 1 AND open_flag = 1 AND (evaluated_at IS NULL OR evaluated_at < ?)',
    t,
  );
  for (let i = 0; i < found.length; i += 500) {
    const ids = found.slice(i, i + 500).map((r) => r.issue_id);
    await write(
      `UPDATE itr_issue SET in_scope = 0, next_check_at = NULL, breach_at = NULL WHERE issue_id IN (${placeholders(ids.length)})`,
      ...ids,
    );
  }
  return found.map((r) => ({ id: String(r.issue_id), state: r.state }));
}

export async function deleteIssue(id: string): Promise<void> {
  await deleteIssues([id]);
}

// App events: what happens in the app rather than in Jira (escalation requests, overrides, complaints).

export async function addAppEvent(issueId: string, eventId: string, at: number, body: string): Promise<boolean> {
  return (
    (await write(
      'INSERT IGNORE INTO itr_app_event (issue_id, event_id, at_ms, body) VALUES (?, ?, ?, ?)',
      Number(issueId),
      eventId,
      at,
      body,
    )) === 1
  );
}

export async function appEvents(ids: readonly string[]): Promise<Map<string, string[]>> {
  const out = new Map<string, string[]>();
  if (ids.length === 0) return out;
  const found = await rows(
    z.object({ issue_id: num, body: z.string() }),
    `SELECT issue_id, body FROM itr_app_event WHERE issue_id IN (${placeholders(ids.length)}) ORDER BY at_ms`,
    ...ids.map(Number),
  );
  for (const r of found) out.set(String(r.issue_id), [...(out.get(String(r.issue_id)) ?? []), r.body]);
  return out;
}

// Actions: claimed before the call to Jira, done after it.

export type ActionStatus = 'claimed' | 'done' | 'skipped';
export interface ActionRecord {
  readonly status: ActionStatus;
  /** When it was claimed or finished: a claim's age tells a live run from a dead one. */
  readonly updatedAt: number;
  /** What came of it (a created issue's key, Jira's refusal). */
  readonly detail: string | null;
}

const actionRow = z.object({
  issue_id: num,
  action_key: z.string(),
  status: z.enum(['claimed', 'done', 'skipped']),
  updated_at: num,
  detail: z.string().nullable(),
});

/** The actions recorded for these issues, by "issueId key". */
export async function actionRecords(ids: readonly string[]): Promise<Map<string, ActionRecord>> {
  const out = new Map<string, ActionRecord>();
  if (ids.length === 0) return out;
  const found = await rows(
    actionRow,
    `SELECT issue_id, action_key, status, updated_at, detail FROM itr_action WHERE issue_id IN (${placeholders(ids.length)})`,
    ...ids.map(Number),
  );
  for (const r of found)
    out.set(`${r.issue_id} ${r.action_key}`, { status: r.status, updatedAt: r.updated_at, detail: r.detail });
  return out;
}

export async function actionRecord(issueId: string, key: string): Promise<ActionRecord | undefined> {
  const [r] = await rows(
    actionRow,
    'SELECT issue_id, action_key, status, updated_at, detail FROM itr_action WHERE issue_id = ? AND action_key = ?',
    Number(issueId),
    key,
  );
  return r && { status: r.status, updatedAt: r.updated_at, detail: r.detail };
}

/** Claims an action for this run; false when another run holds or finished it. */
export async function claimAction(issueId: string, key: string, at: number): Promise<boolean> {
  return (
    (await write(
      "INSERT IGNORE INTO itr_action (issue_id, action_key, status, updated_at) VALUES (?, ?, 'claimed', ?)",
      Number(issueId),
      key,
      at,
    )) === 1
  );
}

/** Takes over a claim its holder abandoned (compare-and-set on its time: one run wins). */
export async function takeOverClaim(issueId: string, key: string, claimedAt: number, at: number): Promise<boolean> {
  return (
    (await write(
      "UPDATE itr_action SET updated_at = ? WHERE issue_id = ? AND action_key = ? AND status = 'claimed' AND updated_at = ?",
      at,
      Number(issueId),
      key,
      claimedAt,
    )) === 1
  );
}

/** Gives a claim back: the call it guarded was refused before Jira acted on it. */
export async function releaseClaim(issueId: string, key: string): Promise<void> {
  await write(
    "DELETE FROM itr_action WHERE issue_id = ? AND action_key = ? AND status = 'claimed'",
    Number(issueId),
    key,
  );
}

export async function finishAction(
  issueId: string,
  key: string,
  status: 'done' | 'skipped',
  detail: string | null,
  at: number,
): Promise<void> {
  await write(
    'UPDATE itr_action SET status = ?, detail = ?, updated_at = ? WHERE issue_id = ? AND action_key = ?',
    status,
    detail,
    at,
    Number(issueId),
    key,
  );
}

// Incident-to-problem context.

export async function incidentsSince(
  since: number,
): Promise<Array<{ key: string; created: number; service: string | null; components: string }>> {
  return (
    await rows(
      z.object({
        issue_key: z.string(),
        created_at: num,
        service: z.string().nullable(),
        components: z.string().nullable(),
      }),
      'SELECT issue_key, created_at, service, components FROM itr_issue WHERE incident = 1 AND created_at >= ?',
      since,
    )
  ).map((r) => ({ key: r.issue_key, created: r.created_at, service: r.service, components: r.components ?? '[]' }));
}

export async function openProblems(): Promise<Array<{ key: string; rule: string; scope: string }>> {
  return (
    await rows(
      z.object({ problem_key: z.string(), rule_id: z.string(), scope: z.string() }),
      'SELECT problem_key, rule_id, scope FROM itr_problem WHERE closed_at IS NULL',
    )
  ).map((r) => ({ key: r.problem_key, rule: r.rule_id, scope: r.scope }));
}

export async function isOpenProblem(key: string): Promise<boolean> {
  return (
    (
      await rows(
        z.object({ n: num }),
        'SELECT COUNT(*) AS n FROM itr_problem WHERE problem_key = ? AND closed_at IS NULL',
        key,
      )
    )[0]!.n > 0
  );
}

/** The problem issue reached a done category: incidents no longer join it. */
export async function closeProblem(key: string, at: number): Promise<void> {
  await write('UPDATE itr_problem SET closed_at = ? WHERE problem_key = ? AND closed_at IS NULL', at, key);
}

export async function addProblem(key: string, rule: string, scope: string, at: number): Promise<void> {
  await write(
    'INSERT IGNORE INTO itr_problem (problem_key, rule_id, scope, opened_at) VALUES (?, ?, ?, ?)',
    key,
    rule,
    scope,
    at,
  );
}

// Configuration versions.

export async function configVersions(): Promise<Array<{ version: number; activatedAt: number; doc: string }>> {
  return (
    await rows(
      z.object({ version: num, activated_at: num, doc: z.string() }),
      'SELECT version, activated_at, doc FROM itr_config ORDER BY version',
    )
  ).map((r) => ({ version: r.version, activatedAt: r.activated_at, doc: r.doc }));
}

export async function addConfigVersion(version: number, activatedAt: number, doc: string): Promise<boolean> {
  return (
    (await write(
      'INSERT IGNORE INTO itr_config (version, activated_at, doc) VALUES (?, ?, ?)',
      version,
      activatedAt,
      doc,
    )) === 1
  );
}

// Jobs (recalculation) and their checkpoints.

export const jobRow = z.object({
  job_id: z.string(),
  kind: z.string(),
  status: z.string(),
  cursor_state: z.string().nullable(),
  processed: num,
  total: num.nullable(),
  started_at: num,
  updated_at: num,
  detail: z.string().nullable(),
});
export type JobRow = z.infer<typeof jobRow>;

export async function getJob(id: string): Promise<JobRow | undefined> {
  return (await rows(jobRow, 'SELECT * FROM itr_job WHERE job_id = ?', id))[0];
}

export async function latestJob(kind: string): Promise<JobRow | undefined> {
  return (await rows(jobRow, 'SELECT * FROM itr_job WHERE kind = ? ORDER BY started_at DESC LIMIT 1', kind))[0];
}

export async function runningJobs(kind: string): Promise<JobRow[]> {
  return rows(jobRow, "SELECT * FROM itr_job WHERE kind = ? AND status = 'running' ORDER BY started_at DESC", kind);
}

export async function createJob(
  id: string,
  kind: string,
  total: number | null,
  at: number,
  detail: string | null,
): Promise<void> {
  await write(
    "INSERT INTO itr_job (job_id, kind, status, processed, total, started_at, updated_at, detail) VALUES (?, ?, 'running', 0, ?, ?, ?, ?)",
    id,
    kind,
    total,
    at,
    at,
    detail,
  );
}

export async function endJob(id: string, status: string, at: number): Promise<void> {
  await write('UPDATE itr_job SET status = ?, updated_at = ? WHERE job_id = ?', status, at, id);
}

/** Moves a job's checkpoint forward; only from the cursor this run started at, so two runs cannot interleave. */
export async function advanceJob(
  id: string,
  from: string | null,
  to: string | null,
  processed: number,
  status: string,
  at: number,
): Promise<boolean> {
  return (
    (await write(
      "UPDATE itr_job SET cursor_state = ?, processed = processed + ?, status = ?, updated_at = ? WHERE job_id = ? AND status = 'running' AND (cursor_state <=> ?)",
      to,
      processed,
      status,
      at,
      id,
      from,
    )) === 1
  );
}

// Site facts cached between invocations (field ids by name, the app's own account).

export async function siteValue(name: string): Promise<string | undefined> {
  return (await rows(z.object({ value: z.string() }), 'SELECT value FROM itr_site WHERE name = ?', name))[0]?.value;
}

export async function siteValues(names: readonly string[]): Promise<Map<string, string>> {
  if (names.length === 0) return new Map();
  const found = await rows(
    z.object({ name: z.string(), value: z.string() }),
    `SELECT name, value FROM itr_site WHERE name IN (${placeholders(names.length)})`,
    ...names,
  );
  return new Map(found.map((r) => [r.name, r.value]));
}

export async function setSiteValue(name: string, value: string): Promise<void> {
  await write(
    'INSERT INTO itr_site (name, value) VALUES (?, ?) ON DUPLICATE KEY UPDATE value = VALUES(value)',
    name,
    value,
  );
}

// Locks: one holder at a time, kept alive by a heartbeat; a holder that stopped beating is replaced.

/** Takes the lock, or takes it over when its heartbeat is older than `staleMs`; false when held. */
export async function takeLock(name: string, owner: string, at: number, staleMs: number): Promise<boolean> {
  if ((await write('INSERT IGNORE INTO itr_lock (name, owner, heartbeat) VALUES (?, ?, ?)', name, owner, at)) === 1)
    return true;
  return (
    (await write(
      'UPDATE itr_lock SET owner = ?, heartbeat = ? WHERE name = ? AND heartbeat < ?',
      owner,
      at,
      name,
      at - staleMs,
    )) === 1
  );
}

/** Keeps the lock alive; false when another holder took it over meanwhile. */
export async function beat(name: string, owner: string, at: number): Promise<boolean> {
  return (await write('UPDATE itr_lock SET heartbeat = ? WHERE name = ? AND owner = ?', at, name, owner)) === 1;
}

export async function releaseLock(name: string, owner: string): Promise<void> {
  await write('DELETE FROM itr_lock WHERE name = ? AND owner = ?', name, owner);
}

// Due issues and fan-out batches. `next_check_at` (indexed) is the app's own record of when an issue is
// due; an issue held by a queued batch whose lease is live is not due again until the batch lets go.

const dueRow = z.object({ issue_id: num, next_check_at: num });

/** Up to `limit` due issues not held by a live batch, earliest first, read in pages on the index. */
export async function dueIssues(now: number, limit: number, page = 1000): Promise<string[]> {
  const out: string[] = [];
  let after: { at: number; id: number } | null = null;
  while (out.length < limit) {
    const n = Math.min(page, limit - out.length);
    const found: Array<z.infer<typeof dueRow>> = await rows(
      dueRow,
      `SELECT issue_id, next_check_at FROM itr_issue
       WHERE next_check_at <= ? AND (queued_until IS NULL OR queued_until <= ?)
       ${after ? 'AND (next_check_at > ? OR (next_check_at = ? AND issue_id > ?))' : ''}
       ORDER BY next_check_at, issue_id LIMIT ${n}`,
      now,
      now,
      ...(after ? [after.at, after.at, after.id] : []),
    );
    out.push(...found.map((r) => String(r.issue_id)));
    const last = found.at(-1);
    if (!last || found.length < n) break;
    after = { at: last.next_check_at, id: last.issue_id };
  }
  return out;
}

/** Makes issues due at `at` (their property write failed: the next run writes it). */
export async function dueAgain(ids: readonly string[], at: number): Promise<void> {
  await write(
    `UPDATE itr_issue SET next_check_at = ? WHERE issue_id IN (${placeholders(ids.length)})`,
    at,
    ...ids.map(Number),
  );
}

/** Queued batches whose lease is live. */
export async function batchesInFlight(now: number): Promise<number> {
  const [r] = await rows(
    z.object({ n: num }),
    'SELECT COUNT(DISTINCT queued_batch) AS n FROM itr_issue WHERE queued_until > ?',
    now,
  );
  return r?.n ?? 0;
}

/** Puts issues in a batch unless a live batch holds them; returns those it took. */
export async function holdInBatch(
  batch: string,
  ids: readonly string[],
  now: number,
  until: number,
): Promise<string[]> {
  if (ids.length === 0) return [];
  await write(
    `UPDATE itr_issue SET queued_batch = ?, queued_until = ? WHERE issue_id IN (${placeholders(ids.length)}) AND (queued_until IS NULL OR queued_until <= ?)`,
    batch,
    until,
    ...ids.map(Number),
    now,
  );
  return batchMembers(batch, ids);
}

/** Which of `ids` this batch still holds (a later batch may have taken over an issue after its lease ran out). */
export async function batchMembers(batch: string, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const found = await rows(
    z.object({ issue_id: num }),
    `SELECT issue_id FROM itr_issue WHERE queued_batch = ? AND issue_id IN (${placeholders(ids.length)})`,
    batch,
    ...ids.map(Number),
  );
  return found.map((r) => String(r.issue_id));
}

/** Extends the lease of everything the batch holds; false when it holds nothing any more. */
export async function extendBatch(batch: string, until: number): Promise<boolean> {
  return (await write('UPDATE itr_issue SET queued_until = ? WHERE queued_batch = ?', until, batch)) > 0;
}

/** The batch lets go of these issues (evaluated, or left for the next sweep). */
export async function releaseFromBatch(batch: string, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  await write(
    `UPDATE itr_issue SET queued_batch = NULL, queued_until = NULL WHERE queued_batch = ? AND issue_id IN (${placeholders(ids.length)})`,
    batch,
    ...ids.map(Number),
  );
}

// Pruning: closed issues past their retention leave their completed SLA cycles behind as KPI facts.

export const closedRow = z.object({ issue_id: num, issue_key: z.string(), project: z.string(), state: z.string() });
export type ClosedRow = z.infer<typeof closedRow>;

/** Evaluated issues that were closed at their last change in Jira, and changed last before `before`. */
export async function closedBefore(before: number, limit: number): Promise<ClosedRow[]> {
  return rows(
    closedRow,
    `SELECT issue_id, issue_key, project, state FROM itr_issue WHERE open_flag = 0 AND jira_updated < ? AND state IS NOT NULL LIMIT ${limit}`,
    before,
  );
}

/** Deletes what the app holds about these issues (its KPI facts stay). */
export async function deleteIssues(ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  for (const table of ['itr_issue', 'itr_app_event', 'itr_action'])
    await write(`DELETE FROM ${table} WHERE issue_id IN (${placeholders(ids.length)})`, ...ids.map(Number));
}

// The what-if preview: the issues in scope Jira last updated since an instant (read only).

/** How many issues of these projects (by key) were updated since `since`, and the newest `limit` ids. */
export async function recentIssues(
  projects: readonly string[],
  since: number,
  limit: number,
): Promise<{ readonly ids: string[]; readonly matched: number }> {
  if (projects.length === 0) return { ids: [], matched: 0 };
  const where = `in_scope = 1 AND jira_updated >= ? AND project IN (${placeholders(projects.length)})`;
  const [count] = await rows(
    z.object({ n: num }),
    `SELECT COUNT(*) AS n FROM itr_issue WHERE ${where}`,
    since,
    ...projects,
  );
  const found = await rows(
    z.object({ issue_id: num }),
    `SELECT issue_id FROM itr_issue WHERE ${where} ORDER BY jira_updated DESC, issue_id DESC LIMIT ${limit}`,
    since,
    ...projects,
  );
  return { ids: found.map((r) => String(r.issue_id)), matched: count?.n ?? 0 };
}

// The admin page: who activated a version, one version, and the activity log.

/** Saves a version with the admin who activated it; false when that version exists already. */
export async function addConfigVersionBy(
  version: number,
  activatedAt: number,
  doc: string,
  activatedBy: string,
): Promise<boolean> {
  return (
    (await write(
      'INSERT IGNORE INTO itr_config (version, activated_at, doc, activated_by) VALUES (?, ?, ?, ?)',
      version,
      activatedAt,
      doc,
      activatedBy,
    )) === 1
  );
}

const versionRow = z.object({
  version: num,
  activated_at: num,
  activated_by: z.string().nullable(),
  doc: z.string(),
});
export type VersionRow = z.infer<typeof versionRow>;

/** Every version's number, time and admin (no documents: those can be large). */
export async function versionList(): Promise<Array<Omit<VersionRow, 'doc'>>> {
  return rows(
    versionRow.omit({ doc: true }),
    'SELECT version, activated_at, activated_by FROM itr_config ORDER BY version',
  );
}

export async function configVersion(version: number): Promise<VersionRow | undefined> {
  return (
    await rows(versionRow, 'SELECT version, activated_at, activated_by, doc FROM itr_config WHERE version = ?', version)
  )[0];
}

/** JiraError's message starts so (carry-out.ts records it as the detail of an action Jira refused). */
export const REFUSED_PREFIX = 'Jira answered ';

const activityRow = z.object({
  issue_id: num,
  issue_key: z.string().nullable(),
  action_key: z.string(),
  status: z.enum(['claimed', 'done', 'skipped']),
  updated_at: num,
  detail: z.string().nullable(),
});
export type ActivityRow = z.infer<typeof activityRow>;

/** Recorded actions, newest first, with the issue's key where the app holds it; optionally only those
 * Jira refused. */
export async function recentActions(refusedOnly: boolean, limit: number, offset: number): Promise<ActivityRow[]> {
  const where = refusedOnly ? "WHERE a.status = 'skipped' AND a.detail LIKE ?" : '';
  const params: Param[] = refusedOnly ? [`${REFUSED_PREFIX}%`] : [];
  return rows(
    activityRow,
    `SELECT a.issue_id, i.issue_key, a.action_key, a.status, a.updated_at, a.detail
     FROM itr_action a LEFT JOIN itr_issue i ON i.issue_id = a.issue_id ${where}
     ORDER BY a.updated_at DESC, a.issue_id DESC, a.action_key LIMIT ? OFFSET ?`,
    ...params,
    limit,
    offset,
  );
}

export async function recentJobs(limit: number): Promise<JobRow[]> {
  return rows(jobRow, 'SELECT * FROM itr_job ORDER BY started_at DESC LIMIT ?', limit);
}
