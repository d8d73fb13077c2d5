// Tables the dashboard gadgets read: KPI facts (append-only: a fact, once written, is never changed, and
// writing it again changes nothing) and the next breach, which "At risk now" orders by.

export const KPI_MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
  // When the most urgent goal breaches (epoch ms), kept beside its state for "At risk now".
  ['v007_issue_breach_at', 'ALTER TABLE itr_issue ADD COLUMN IF NOT EXISTS breach_at BIGINT NULL'],
  ['v007_issue_breach_index', 'CREATE INDEX IF NOT EXISTS itr_issue_breach ON itr_issue (open_flag, breach_at)'],
  // One row per completed OLA cycle of a support tier: its outcome, with what the gadgets split by.
  [
    'v007_fact_ola',
    `CREATE TABLE IF NOT EXISTS itr_fact_ola (
      issue_id BIGINT NOT NULL,
      tier VARCHAR(32) NOT NULL,
      cycle_start BIGINT NOT NULL,
      issue_key VARCHAR(64) NOT NULL,
      project VARCHAR(64) NOT NULL,
      month CHAR(7) NOT NULL,
      customer VARCHAR(191) NULL,
      service_type VARCHAR(64) NOT NULL,
      supplier VARCHAR(64) NULL,
      cycle_stop BIGINT NOT NULL,
      target_ms BIGINT NOT NULL,
      elapsed_ms BIGINT NOT NULL,
      met TINYINT NOT NULL,
      PRIMARY KEY (issue_id, tier, cycle_start),
      KEY itr_fact_ola_month (project, month, tier, met)
    )`,
  ],
  // One row per issue in scope, in the month it was created: what rates per 100 issues divide by.
  [
    'v007_fact_issue',
    `CREATE TABLE IF NOT EXISTS itr_fact_issue (
      issue_id BIGINT PRIMARY KEY,
      issue_key VARCHAR(64) NOT NULL,
      project VARCHAR(64) NOT NULL,
      month CHAR(7) NOT NULL,
      customer VARCHAR(191) NULL,
      service_type VARCHAR(64) NOT NULL,
      grade VARCHAR(32) NOT NULL,
      KEY itr_fact_issue_month (project, month)
    )`,
  ],
];
