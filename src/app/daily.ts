// The daily run: each relationship job in turn (monthly service reports, contract renewal reminders,
// follow-ups falling due, third-party reviews). Every job is idempotent (a second run the same day does
// nothing new) and reports one line; one job failing does not stop the others.

import { ensureSchema } from '../platform/sql/schema';
import { renewalJob } from './customers/renewal';
import { reportsJob } from './reports/job';
import { readCsatJob } from './surveys/read-csat';
import { thirdPartyReviewJob } from './suppliers/third-party-review';
import { followUpReminders } from './feedback/follow-up-reminders';

export interface DailyJob {
  readonly name: string;
  run(now: number): Promise<string>;
}

/** The jobs, in the order they run (JSM's CSAT is read before the reports count the month's scores). */
const JOBS: readonly DailyJob[] = [readCsatJob, reportsJob, thirdPartyReviewJob, followUpReminders, renewalJob];

export interface DailyReport {
  readonly jobs: ReadonlyArray<{ readonly name: string; readonly outcome: string; readonly failed: boolean }>;
}

export async function runDaily(now = Date.now()): Promise<DailyReport> {
  await ensureSchema();
  const jobs: Array<DailyReport['jobs'][number]> = [];
  for (const job of JOBS) {
    try {
      jobs.push({ name: job.name, outcome: await job.run(now), failed: false });
    } catch (e) {
      jobs.push({ name: job.name, outcome: e instanceof Error ? e.message : String(e), failed: true });
    }
  }
  return { jobs };
}
