// The relationship records (seed 003: customer, supplier and third-party relationship management), one
// table each, every row in one Jira project (the service project whose page keeps it). Ids are UUIDs the
// caller chooses when it creates a record, so a create sent twice writes one row (INSERT … ON DUPLICATE
// KEY UPDATE); money is in cents; instants are epoch milliseconds; dates are 'YYYY-MM-DD'. JSON columns
// hold what no query filters on, parsed with zod by the app.

export const RELATION_MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
  // Customers sign the contract and pay (seed 001). `matching` says which issues are theirs (JSM
  // organization, email domain, a field value, reporter group); `contacts` act for the customer.
  [
    'v005_customer',
    `CREATE TABLE IF NOT EXISTS itr_customer (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      name VARCHAR(191) NOT NULL,
      tier VARCHAR(64) NULL,
      policy VARCHAR(64) NULL,
      calendar VARCHAR(64) NULL,
      term_start CHAR(10) NULL,
      term_end CHAR(10) NULL,
      value_cents BIGINT NULL,
      currency CHAR(3) NULL,
      account_manager VARCHAR(128) NULL,
      matching TEXT NOT NULL,
      contacts TEXT NOT NULL,
      jsm_org_id VARCHAR(64) NULL,
      source VARCHAR(16) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_customer_name (project_id, name),
      KEY itr_customer_jsm (project_id, jsm_org_id)
    )`,
  ],
  // Users are served (seed 001): tiered (VIP), belonging to a customer.
  [
    'v005_customer_user',
    `CREATE TABLE IF NOT EXISTS itr_customer_user (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      customer_id CHAR(36) NOT NULL,
      name VARCHAR(191) NOT NULL,
      email VARCHAR(191) NULL,
      account_id VARCHAR(128) NULL,
      tier VARCHAR(32) NOT NULL,
      source VARCHAR(16) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_customer_user_customer (project_id, customer_id),
      KEY itr_customer_user_account (project_id, account_id)
    )`,
  ],
  // Contracts: which SLA policy a customer buys, for which term; reminded once before it ends.
  [
    'v005_contract',
    `CREATE TABLE IF NOT EXISTS itr_contract (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      customer_id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      policy VARCHAR(64) NOT NULL,
      starts CHAR(10) NOT NULL,
      ends CHAR(10) NOT NULL,
      value_cents BIGINT NULL,
      remind_days INT NOT NULL,
      reminded_at BIGINT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_contract_customer (project_id, customer_id),
      KEY itr_contract_ends (ends)
    )`,
  ],
  // Communication with a customer, supplier or third party: reviews and daily contacts, with follow-ups
  // (what, owner, due, done) in JSON.
  [
    'v005_contact',
    `CREATE TABLE IF NOT EXISTS itr_contact (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      party_kind VARCHAR(16) NOT NULL,
      party_id CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      at_ms BIGINT NOT NULL,
      people TEXT NOT NULL,
      summary TEXT NOT NULL,
      follow_ups TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_contact_party (project_id, party_kind, party_id, at_ms)
    )`,
  ],
  // Complaints (through the customer or from a user) and praise (credited to an engineer), linked to an
  // issue when there is one; a complaint's handling clock runs from received_at to handled_at.
  [
    'v005_feedback',
    `CREATE TABLE IF NOT EXISTS itr_feedback (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      via VARCHAR(16) NOT NULL,
      customer_id CHAR(36) NULL,
      issue_id BIGINT NULL,
      issue_key VARCHAR(64) NULL,
      engineer VARCHAR(128) NULL,
      source VARCHAR(16) NOT NULL,
      received_at BIGINT NOT NULL,
      text TEXT NOT NULL,
      status VARCHAR(16) NOT NULL,
      handled_at BIGINT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_feedback_issue (issue_id),
      KEY itr_feedback_received (project_id, received_at)
    )`,
  ],
  // Satisfaction: one row per survey asked (case by case when an issue resolves, or a periodic open
  // survey); the link's token is stored hashed; JSM's own CSAT is read into the same rows (source 'jsm').
  [
    'v005_survey',
    `CREATE TABLE IF NOT EXISTS itr_survey (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      issue_id BIGINT NULL,
      issue_key VARCHAR(64) NULL,
      customer_id CHAR(36) NULL,
      engineer VARCHAR(128) NULL,
      service_type VARCHAR(64) NULL,
      source VARCHAR(16) NOT NULL,
      sent_at BIGINT NOT NULL,
      expires_at BIGINT NULL,
      answered_at BIGINT NULL,
      score TINYINT NULL,
      comment TEXT NULL,
      PRIMARY KEY (project_id, id),
      UNIQUE KEY itr_survey_issue (issue_id, kind, source),
      KEY itr_survey_answered (project_id, answered_at)
    )`,
  ],
  // Value-added services (增值服务) with seed 003's four checks and their cost.
  [
    'v005_value_added',
    `CREATE TABLE IF NOT EXISTS itr_value_added (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      customer_id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      delivered_on CHAR(10) NOT NULL,
      cost_cents BIGINT NOT NULL,
      checks TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_value_added_customer (project_id, customer_id)
    )`,
  ],
  // Suppliers, the support tier they hold, and what they may subcontract.
  [
    'v005_supplier',
    `CREATE TABLE IF NOT EXISTS itr_supplier (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      name VARCHAR(191) NOT NULL,
      tier VARCHAR(64) NULL,
      contact VARCHAR(191) NULL,
      subcontracting TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_supplier_name (project_id, name)
    )`,
  ],
  // Underpinning contracts (支持合同): a supplier's response and resolution targets per grade, and the
  // SLA policies they support (checked stricter than each).
  [
    'v005_underpinning',
    `CREATE TABLE IF NOT EXISTS itr_underpinning (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      supplier_id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      starts CHAR(10) NOT NULL,
      ends CHAR(10) NOT NULL,
      targets TEXT NOT NULL,
      supports TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_underpinning_supplier (project_id, supplier_id)
    )`,
  ],
  // Supplier audits on seed 003's six dimensions (scores and weights in JSON, the weighted total as a column).
  [
    'v005_supplier_audit',
    `CREATE TABLE IF NOT EXISTS itr_supplier_audit (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      supplier_id CHAR(36) NOT NULL,
      period VARCHAR(16) NOT NULL,
      scores TEXT NOT NULL,
      total DOUBLE NOT NULL,
      note TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_supplier_audit_supplier (project_id, supplier_id, period)
    )`,
  ],
  // Disputes with a supplier: coordination → company process → legal, and how each ended.
  [
    'v005_dispute',
    `CREATE TABLE IF NOT EXISTS itr_dispute (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      supplier_id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      stage VARCHAR(16) NOT NULL,
      opened_on CHAR(10) NOT NULL,
      closed_on CHAR(10) NULL,
      outcome TEXT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_dispute_supplier (project_id, supplier_id)
    )`,
  ],
  // Third parties (certification, supervision, other providers) and their information-sharing agreement
  // in 5W1H with its authorisation (JSON), reviewed every review_days.
  [
    'v005_third_party',
    `CREATE TABLE IF NOT EXISTS itr_third_party (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      name VARCHAR(191) NOT NULL,
      kind VARCHAR(16) NOT NULL,
      agreement TEXT NOT NULL,
      review_days INT NOT NULL,
      next_review CHAR(10) NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id),
      KEY itr_third_party_review (next_review)
    )`,
  ],
  // Monthly service reports: one per customer and month, the Jira issue that carries it, and the figures.
  [
    'v005_service_report',
    `CREATE TABLE IF NOT EXISTS itr_service_report (
      project_id VARCHAR(32) NOT NULL,
      customer_id CHAR(36) NOT NULL,
      month CHAR(7) NOT NULL,
      issue_key VARCHAR(64) NULL,
      due_on CHAR(10) NOT NULL,
      review_due_on CHAR(10) NOT NULL,
      figures MEDIUMTEXT NOT NULL,
      created_at BIGINT NOT NULL,
      PRIMARY KEY (project_id, customer_id, month)
    )`,
  ],
  // Surveys: the campaign a periodic link belongs to, and who it was minted for (a customer's user).
  [
    'v006_survey_respondent',
    `ALTER TABLE itr_survey
      ADD COLUMN IF NOT EXISTS campaign_id CHAR(36) NULL,
      ADD COLUMN IF NOT EXISTS respondent VARCHAR(191) NULL,
      ADD INDEX IF NOT EXISTS itr_survey_campaign (project_id, campaign_id)`,
  ],
  // Periodic open surveys (公开调查): one campaign for a customer (or all), open until its closing day.
  [
    'v006_survey_campaign',
    `CREATE TABLE IF NOT EXISTS itr_survey_campaign (
      project_id VARCHAR(32) NOT NULL,
      id CHAR(36) NOT NULL,
      title VARCHAR(191) NOT NULL,
      customer_id CHAR(36) NULL,
      closes_on CHAR(10) NOT NULL,
      expires_at BIGINT NOT NULL,
      created_at BIGINT NOT NULL,
      created_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id, id)
    )`,
  ],
  // Per-project supplier settings: how much stricter than the SLA a UC must be (whole percent) and the
  // audit weights per dimension (JSON, summing to 100). No row: the defaults.
  [
    'v006_suppliers_settings',
    `CREATE TABLE IF NOT EXISTS itr_supplier_settings (
      project_id VARCHAR(32) NOT NULL,
      margin_pct INT NOT NULL,
      weights TEXT NOT NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL,
      PRIMARY KEY (project_id)
    )`,
  ],
  // The review date a third party's reminder issue was opened for: the daily run opens one per date even
  // before Jira's property index shows the marker (that index lags writes).
  [
    'v006_suppliers_third_party_reminded',
    'ALTER TABLE itr_third_party ADD COLUMN IF NOT EXISTS reminded_for CHAR(10) NULL',
  ],
  // Where a project's monthly service reports go: on or off, the Jira project (key) and issue type the
  // report issue is created in, and who it is assigned to.
  [
    'v006_reports_settings',
    `CREATE TABLE IF NOT EXISTS itr_report_settings (
      project_id VARCHAR(32) NOT NULL PRIMARY KEY,
      project_key VARCHAR(64) NOT NULL,
      enabled TINYINT NOT NULL,
      target_project VARCHAR(64) NOT NULL,
      issue_type VARCHAR(191) NOT NULL,
      recipient VARCHAR(128) NULL,
      updated_at BIGINT NOT NULL,
      updated_by VARCHAR(128) NOT NULL
    )`,
  ],
];
