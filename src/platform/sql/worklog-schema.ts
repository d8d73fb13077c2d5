// Jira's worklogs as the app keeps them for accounting: one row per worklog, read incrementally (Jira's
// changed-since lists) and never per issue.

export const WORKLOG_MIGRATIONS: ReadonlyArray<readonly [string, string]> = [
  [
    'v007_worklog',
    `CREATE TABLE IF NOT EXISTS itr_worklog (
      worklog_id BIGINT PRIMARY KEY,
      issue_id BIGINT NOT NULL,
      project VARCHAR(64) NOT NULL,
      author VARCHAR(128) NOT NULL,
      started BIGINT NOT NULL,
      month CHAR(7) NOT NULL,
      seconds INT NOT NULL,
      updated BIGINT NOT NULL,
      KEY itr_worklog_month (project, month, author)
    )`,
  ],
  // Where the incremental sync stands in each of Jira's lists ('updated', 'deleted'): the instant to ask
  // from next, and the scope (project ids) the 'updated' mark was reached with (a new scope reads again).
  [
    'v008_worklog_mark',
    `CREATE TABLE IF NOT EXISTS itr_worklog_mark (
      list VARCHAR(16) PRIMARY KEY,
      since BIGINT NOT NULL,
      scope TEXT NOT NULL
    )`,
  ],
  // The project (key) of each issue a worklog was logged on, asked of Jira once for issues the app does not
  // hold (out of scope, or pruned): a worklog names only its issue.
  [
    'v008_worklog_issue',
    `CREATE TABLE IF NOT EXISTS itr_worklog_issue (
      issue_id BIGINT PRIMARY KEY,
      project VARCHAR(64) NOT NULL
    )`,
  ],
  // Labour per project, month and person (priced by the rate in force when the work started) reads only the
  // index when it holds `started` and `seconds` too: over 100,000 worklogs the (project, month, author)
  // index made each row a lookup, slower than a full scan. It replaces that index, its prefix.
  [
    'v008_worklog_labour_index',
    'CREATE INDEX IF NOT EXISTS itr_worklog_labour ON itr_worklog (project, month, author, started, seconds)',
  ],
  ['v008_worklog_month_index_drop', 'DROP INDEX IF EXISTS itr_worklog_month ON itr_worklog'],
];
