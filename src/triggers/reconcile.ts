// Scheduled every hour: prune closed issues past retention; reload and evaluate the issues whose events
// the app may have missed.

import { hourly, type HourlyReport } from '../app/hourly';

export async function reconcile(): Promise<HourlyReport> {
  return hourly();
}
