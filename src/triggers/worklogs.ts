// Scheduled every hour: Jira's worklogs changed or deleted since the last run, into the app's table.

import { runWorklogSync, type WorklogRunReport } from '../app/worklogs/run';

export async function worklogs(): Promise<WorklogRunReport> {
  return runWorklogSync();
}
