// The hourly run: prune what retention no longer keeps (SQL only), then reconcile with Jira.

import { openSession } from './session';
import { prune } from './prune';
import { reconcile, type ReconcileReport } from './reconcile';

export interface HourlyReport extends ReconcileReport {
  readonly pruned: number;
}

export async function hourly(): Promise<HourlyReport> {
  const s = await openSession();
  if (!s) return { changed: 0, stale: 0, evaluated: 0, caughtUp: true, pruned: 0 }; // not active: nothing is touched
  const pruned = await prune(s);
  return { ...(await reconcile(s)), pruned };
}
