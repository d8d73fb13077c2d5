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
  // One row per answered survey (case link, campaign link, or JSM's CSAT read back), in the month it was
  // answered: what the satisfaction gadget counts. Written once, when the score arrives; never updated.
  [
    'v008_fact_survey',
    `CREATE TABLE IF NOT EXISTS itr_fact_survey (
      survey_id CHAR(36) PRIMARY KEY,
      project VARCHAR(64) NOT NULL,
      project_id VARCHAR(32) NOT NULL,
      month CHAR(7) NOT NULL,
      answered_at BIGINT NOT NULL,
      issue_id BIGINT NULL,
      issue_key VARCHAR(64) NULL,
      customer CHAR(36) NULL,
      engineer VARCHAR(128) NULL,
      service_type VARCHAR(64) NULL,
      score TINYINT NOT NULL,
      source VARCHAR(16) NOT NULL,
      KEY itr_fact_survey_customer (project, month, customer, score),
      KEY itr_fact_survey_engineer (project, month, engineer, score)
    )`,
  ],
  // One row per complaint or praise recorded, in the month it was received, with the service type,
  // tier and the supplier holding that tier when it was recorded. Written once; a later edit of the record
  // does not change its fact.
  [
    'v008_fact_feedback',
    `CREATE TABLE IF NOT EXISTS itr_fact_feedback (
      feedback_id CHAR(36) PRIMARY KEY,
      kind VARCHAR(16) NOT NULL,
      channel VARCHAR(16) NOT NULL,
      project VARCHAR(64) NOT NULL,
      project_id VARCHAR(32) NOT NULL,
      month CHAR(7) NOT NULL,
      received_at BIGINT NOT NULL,
      issue_id BIGINT NULL,
      issue_key VARCHAR(64) NULL,
      customer CHAR(36) NULL,
      engineer VARCHAR(128) NULL,
      service_type VARCHAR(64) NULL,
      tier VARCHAR(64) NULL,
      supplier CHAR(36) NULL,
      KEY itr_fact_feedback_customer (project, month, customer, kind, channel),
      KEY itr_fact_feedback_engineer (project, month, engineer, kind, channel)
    )`,
  ],
  // The satisfaction gadget's issues per month and customer (the complaint rate's divisor) read from the
  // index alone: without it the read of a dashboard's 5 projects × 12 months scanned the table.
  [
    'v008_fact_issue_customer',
    'CREATE INDEX IF NOT EXISTS itr_fact_issue_customer ON itr_fact_issue (project, month, customer)',
  ],
  // SLA facts as clocks complete (not only when issues are pruned): the month the cycle stopped in (the
  // service's zone), the support tier holding the issue then and that tier's supplier, as OLA facts have.
  ['v008_kpi_fact_month', 'ALTER TABLE itr_kpi_fact ADD COLUMN IF NOT EXISTS month CHAR(7) NULL'],
  ['v008_kpi_fact_tier', 'ALTER TABLE itr_kpi_fact ADD COLUMN IF NOT EXISTS tier VARCHAR(32) NULL'],
  ['v008_kpi_fact_supplier', 'ALTER TABLE itr_kpi_fact ADD COLUMN IF NOT EXISTS supplier VARCHAR(64) NULL'],
  // The SLA gadget's GROUP BY (project, month, split) walks one of these in order, reading nothing else:
  // per split value, the outcome and the key the drill-down lists.
  [
    'v008_kpi_fact_by_service_type',
    'CREATE INDEX IF NOT EXISTS itr_kpi_fact_by_service_type ON itr_kpi_fact (project, month, goal, service_type, met, issue_key)',
  ],
  [
    'v008_kpi_fact_by_customer',
    'CREATE INDEX IF NOT EXISTS itr_kpi_fact_by_customer ON itr_kpi_fact (project, month, goal, customer, met, issue_key)',
  ],
  [
    'v008_kpi_fact_by_tier',
    'CREATE INDEX IF NOT EXISTS itr_kpi_fact_by_tier ON itr_kpi_fact (project, month, goal, tier, met, issue_key)',
  ],
  [
    'v008_fact_ola_by_service_type',
    'CREATE INDEX IF NOT EXISTS itr_fact_ola_by_service_type ON itr_fact_ola (project, month, service_type, met, issue_key)',
  ],
  [
    'v008_fact_ola_by_customer',
    'CREATE INDEX IF NOT EXISTS itr_fact_ola_by_customer ON itr_fact_ola (project, month, customer, met, issue_key)',
  ],
  [
    'v008_fact_ola_by_tier',
    'CREATE INDEX IF NOT EXISTS itr_fact_ola_by_tier ON itr_fact_ola (project, month, tier, met, issue_key)',
  ],
  // The SLA gadget's monthly rollup: per measure ('sla': itr_kpi_fact, of a goal; 'ola': itr_fact_ola, goal
  // ''), split column ('service_type', 'customer', 'tier'), project, month and split value ('' for none), the
  // cycles met and breached. Recomputed from the facts (the source of truth) for every (project, month) a
  // write touches, so the gadget reads one row per group however many facts there are. Counts only grow
  // (facts are append-only), so a refresh keeps the larger count and concurrent refreshes converge. Facts written
  // before it are rolled up when a recalculation writes them again (migrations run DDL only).
  [
    'v009_sla_month',
    `CREATE TABLE IF NOT EXISTS itr_sla_month (
      measure VARCHAR(8) NOT NULL,
      goal VARCHAR(64) NOT NULL,
      split VARCHAR(16) NOT NULL,
      project VARCHAR(64) NOT NULL,
      month CHAR(7) NOT NULL,
      value VARCHAR(191) NOT NULL,
      met INT NOT NULL,
      breached INT NOT NULL,
      PRIMARY KEY (measure, goal, split, project, month, value)
    )`,
  ],
];
