// Scheduled every hour: reload and evaluate the issues whose events the app may have missed.

import { reconcile as run, type ReconcileReport } from '../app/reconcile';

export async function reconcile(): Promise<ReconcileReport> {
  return run();
}
