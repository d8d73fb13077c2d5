// Service-project finance (seed 003: budget, accounting, settlement), one table per record kind, every row
// in one Jira project (the service project whose page keeps it), as the relationship records are: ids are
// UUIDs the caller chooses, money is in cents, dates are 'YYYY-MM-DD'. A budget's phases (each with its
// income and expense items) are one JSON column: no query filters on them and a budget is written whole.

export const FINANCE_MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
  // Hourly rates of a role, each from a date on (Tempo's convention: the rate in effect on the day a
  // worklog starts applies).
  [
    'v008_fin_rate',
    `CREATE TABLE IF NOT EXISTS itr_fin_rate (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      role VARCHAR(64) NOT NULL,
      rate_cents BIGINT NOT NULL,
      currency CHAR(3) NOT NULL,
      effective_from CHAR(10) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      UNIQUE KEY itr_fin_rate_role (project_id, role, effective_from)
    )`,
  ],
  // Which role a person works in, from a date on.
  [
    'v008_fin_role',
    `CREATE TABLE IF NOT EXISTS itr_fin_role (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      account_id VARCHAR(128) NOT NULL,
      role VARCHAR(64) NOT NULL,
      effective_from CHAR(10) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      UNIQUE KEY itr_fin_role_person (project_id, account_id, effective_from)
    )`,
  ],
  // A service project's budget: the whole Jira project (contract_id NULL) or one customer contract.
  [
    'v008_fin_budget',
    `CREATE TABLE IF NOT EXISTS itr_fin_budget (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      contract_id CHAR(36) NULL,
      currency CHAR(3) NOT NULL,
      starts CHAR(10) NOT NULL,
      ends CHAR(10) NOT NULL,
      phases TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_fin_budget_contract (project_id, contract_id)
    )`,
  ],
  // Recorded costs: the non-labour actuals of a budget (parts, supplier fees, travel, value-added services).
  [
    'v008_fin_cost',
    `CREATE TABLE IF NOT EXISTS itr_fin_cost (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      budget_id CHAR(36) NOT NULL,
      spent_on CHAR(10) NOT NULL,
      category VARCHAR(32) NOT NULL,
      amount_cents BIGINT NOT NULL,
      note VARCHAR(500) NOT NULL,
      supplier_id CHAR(36) NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_fin_cost_budget (project_id, budget_id, spent_on)
    )`,
  ],
  // Settlement periods of a budget: what was billed and received; a closed one never changes again.
  [
    'v008_fin_settlement',
    `CREATE TABLE IF NOT EXISTS itr_fin_settlement (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      budget_id CHAR(36) NOT NULL,
      starts CHAR(10) NOT NULL,
      ends CHAR(10) NOT NULL,
      billed_cents BIGINT NOT NULL,
      received_cents BIGINT NOT NULL,
      status VARCHAR(8) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_fin_settlement_budget (project_id, budget_id, starts)
    )`,
  ],
];
