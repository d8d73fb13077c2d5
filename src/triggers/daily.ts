// Scheduled once a day: the relationship jobs (reports, reminders).

import { runDaily, type DailyReport } from '../app/daily';

export async function daily(): Promise<DailyReport> {
  return runDaily();
}
