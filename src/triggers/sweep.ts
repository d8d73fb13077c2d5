// Scheduled every five minutes: evaluate the issues that are due.

import { sweep as runSweep, type SweepReport } from '../app/sweep';

export async function sweep(): Promise<SweepReport> {
  return runSweep();
}
