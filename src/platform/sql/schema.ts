// Forge SQL tables (MySQL dialect, no foreign keys). The app's record of each issue lives here: the
// snapshot of what Jira said (fields and timeline), the evaluated state (the `itr` property is its JQL
// projection), and one row per action carried out, so a run that stops halfway never repeats one.

import { migrationRunner, sql } from '@forge/sql';
import { installationId } from '../runtime';

const MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
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
];

const ready = new Map<string, Promise<unknown>>();

/** Whether every migration is recorded: one DML read, where running the migrator costs two DDL calls
 * (Forge SQL allows few DDL requests a minute, and every cold container would spend them). */
async function upToDate(): Promise<boolean> {
  try {
    const r = await sql.prepare<{ name: string }>('SELECT name FROM __migrations').execute();
    const done = new Set(r.rows.map((row) => row.name));
    return MIGRATIONS.every(([name]) => done.has(name));
  } catch {
    return false; // no __migrations table yet: a new installation
  }
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
