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
];
