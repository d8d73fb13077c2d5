// Forge SQL tables (MySQL dialect, no foreign keys). The app's record of each issue lives here: the
// snapshot of what Jira said (fields and timeline), the evaluated state (the `itr` property is its JQL
// projection), and one row per action carried out, so a run that stops halfway never repeats one.

import { errorCodes, ForgeSQLAPIError, migrationRunner, sql } from '@forge/sql';
import { z } from 'zod';
import { installationId } from '../runtime';
import { KPI_MIGRATIONS } from './kpi-schema';
import { RELATION_MIGRATIONS } from './relations-schema';
import { WORKLOG_MIGRATIONS } from './worklog-schema';
import { FINANCE_MIGRATIONS } from './finance-schema';

const CORE_MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
  [
    'v001_issue',
    `CREATE TABLE IF NOT EXISTS itr_issue (
      issue_id BIGINT PRIMARY KEY,
      issue_key VARCHAR(64) NOT NULL,
      project VARCHAR(64) NOT NULL,
      jira_updated BIGINT NOT NULL,
      created_at BIGINT NOT NULL,
      snapshot MEDIUMTEXT NOT NULL,
      app_changed_at BIGINT NULL,
      state MEDIUMTEXT NULL,
      next_check_at BIGINT NULL,
      open_flag TINYINT NOT NULL DEFAULT 1,
      config_version INT NULL,
      service VARCHAR(64) NULL,
      components TEXT NULL,
      incident TINYINT NOT NULL DEFAULT 0,
      evaluated_at BIGINT NULL,
      KEY itr_issue_next (next_check_at),
      KEY itr_issue_created (created_at)
    )`,
  ],
  [
    'v001_app_event',
    `CREATE TABLE IF NOT EXISTS itr_app_event (
      issue_id BIGINT NOT NULL,
      event_id VARCHAR(64) NOT NULL,
      at_ms BIGINT NOT NULL,
      body TEXT NOT NULL,
      PRIMARY KEY (issue_id, event_id)
    )`,
  ],
  [
    'v001_action',
    `CREATE TABLE IF NOT EXISTS itr_action (
      issue_id BIGINT NOT NULL,
      action_key VARCHAR(191) NOT NULL,
      status VARCHAR(16) NOT NULL,
      detail TEXT NULL,
      updated_at BIGINT NOT NULL,
      PRIMARY KEY (issue_id, action_key)
    )`,
  ],
  [
    'v001_problem',
    `CREATE TABLE IF NOT EXISTS itr_problem (
      problem_key VARCHAR(64) PRIMARY KEY,
      rule_id VARCHAR(64) NOT NULL,
      scope VARCHAR(191) NOT NULL,
      opened_at BIGINT NOT NULL,
      KEY itr_problem_rule (rule_id, scope)
    )`,
  ],
  [
    'v001_config',
    'CREATE TABLE IF NOT EXISTS itr_config (version INT PRIMARY KEY, activated_at BIGINT NOT NULL, doc MEDIUMTEXT NOT NULL)',
  ],
  [
    'v001_job',
    `CREATE TABLE IF NOT EXISTS itr_job (
      job_id VARCHAR(64) PRIMARY KEY,
      kind VARCHAR(32) NOT NULL,
      status VARCHAR(16) NOT NULL,
      cursor_state TEXT NULL,
      processed INT NOT NULL DEFAULT 0,
      total INT NULL,
      started_at BIGINT NOT NULL,
      updated_at BIGINT NOT NULL,
      detail TEXT NULL
    )`,
  ],
  ['v001_site', 'CREATE TABLE IF NOT EXISTS itr_site (name VARCHAR(64) PRIMARY KEY, value MEDIUMTEXT NOT NULL)'],
  [
    'v002_lock',
    'CREATE TABLE IF NOT EXISTS itr_lock (name VARCHAR(64) PRIMARY KEY, owner VARCHAR(64) NOT NULL, heartbeat BIGINT NOT NULL)',
  ],
  // An issue that leaves the scope keeps its history with its clocks stopped; a problem closes in Jira.
  ['v003_scope_issue', 'ALTER TABLE itr_issue ADD COLUMN IF NOT EXISTS in_scope TINYINT NOT NULL DEFAULT 1'],
  ['v003_scope_problem', 'ALTER TABLE itr_problem ADD COLUMN IF NOT EXISTS closed_at BIGINT NULL'],
  // Fan-out: the queued batch holding an issue, and until when (an issue is in at most one batch).
  ['v003_scale_queued_batch', 'ALTER TABLE itr_issue ADD COLUMN IF NOT EXISTS queued_batch VARCHAR(36) NULL'],
  ['v003_scale_queued_until', 'ALTER TABLE itr_issue ADD COLUMN IF NOT EXISTS queued_until BIGINT NULL'],
  ['v003_scale_queued_index', 'CREATE INDEX IF NOT EXISTS itr_issue_queued ON itr_issue (queued_until)'],
  // Pruning finds closed issues by their last change.
  ['v003_scale_closed_index', 'CREATE INDEX IF NOT EXISTS itr_issue_closed ON itr_issue (open_flag, jira_updated)'],
  // One row per completed SLA cycle of a pruned issue: what KPI reports read once the issue itself is gone.
  [
    'v003_scale_kpi_fact',
    `CREATE TABLE IF NOT EXISTS itr_kpi_fact (
      issue_id BIGINT NOT NULL,
      goal VARCHAR(64) NOT NULL,
      cycle_start BIGINT NOT NULL,
      issue_key VARCHAR(64) NOT NULL,
      project VARCHAR(64) NOT NULL,
      service VARCHAR(64) NULL,
      service_type VARCHAR(64) NOT NULL,
      grade VARCHAR(32) NOT NULL,
      customer VARCHAR(191) NULL,
      cycle_stop BIGINT NOT NULL,
      target_ms BIGINT NOT NULL,
      elapsed_ms BIGINT NOT NULL,
      met TINYINT NOT NULL,
      config_version INT NOT NULL,
      PRIMARY KEY (issue_id, goal, cycle_start),
      KEY itr_kpi_stop (cycle_stop)
    )`,
  ],
  // Who activated each configuration version (the admin's accountId), for the version history.
  ['v004_config_activated_by', 'ALTER TABLE itr_config ADD COLUMN IF NOT EXISTS activated_by VARCHAR(128) NULL'],
  // The activity log reads the latest actions first.
  ['v004_action_updated_index', 'CREATE INDEX IF NOT EXISTS itr_action_updated ON itr_action (updated_at)'],
];

/** Append-only: a name once shipped never changes, and new ones go last. */
const MIGRATIONS = [
  ...CORE_MIGRATIONS,
  ...RELATION_MIGRATIONS,
  ...KPI_MIGRATIONS,
  ...WORKLOG_MIGRATIONS,
  ...FINANCE_MIGRATIONS,
];

const ready = new Map<string, Promise<unknown>>();

/** Whether every migration is recorded: one DML read, where running the migrator costs two DDL calls
 * (Forge SQL allows few DDL requests a minute, and every cold container would spend them). */
async function upToDate(): Promise<boolean> {
  try {
    const r = await sql.prepare<{ name: string }>('SELECT name FROM __migrations').execute();
    const done = new Set(r.rows.map((row) => row.name));
    return MIGRATIONS.every(([name]) => done.has(name));
  } catch (e) {
    if (isMissingTable(e)) return false; // a new installation
    throw e; // a timeout or any other failure says nothing about the schema: the migrator stays idle
  }
}

const sqlDebug = z.object({ debug: z.object({ errno: z.number() }) });

/** MySQL's and TiDB's ER_NO_SUCH_TABLE (1146), as Forge SQL reports it. */
function isMissingTable(e: unknown): boolean {
  if (!(e instanceof ForgeSQLAPIError) || e.code !== errorCodes.SQL_EXECUTION_ERROR) return false;
  const debug = sqlDebug.safeParse(e.context);
  return (debug.success && debug.data.debug.errno === 1146) || /\b1146\b|doesn't exist/.test(e.message);
}

/** Brings the schema up to date once per installation per process: a warm function skips it, and a warm
 * container may serve several installations. */
export function ensureSchema(): Promise<unknown> {
  const installation = installationId();
  let p = ready.get(installation);
  if (!p) {
    p = (async () => {
      if (await upToDate()) return;
      let runner = migrationRunner;
      for (const [name, ddl] of MIGRATIONS) runner = runner.enqueue(name, ddl);
      await runner.run();
    })().catch((e: unknown) => {
      ready.delete(installation);
      throw e;
    });
    ready.set(installation, p);
  }
  return p;
}
