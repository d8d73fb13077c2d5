// Storage: an issue closed longer than the configured retention (default 90 days) no longer needs its
// snapshot, state, app events or action records; its completed SLA and OLA cycles are kept as KPI facts first.
// Bounded per run (the hourly reconciliation calls it); facts are written before the rows go, and a
// fact already written is kept, so a run cut short anywhere is finished by the next.

import * as store from '../platform/sql/store';
import { latest } from './config';
import { factsFromStored } from './kpi-facts';
import type { Session } from './session';

const DAY_MS = 86_400_000;
const PAGE = 100;
/** Issues one run prunes at most (a few SQL statements per hundred). */
const MAX_PER_RUN = 2000;

export async function prune(s: Session): Promise<number> {
  const before = s.now - latest(s.configs).doc.retention.closedDays * DAY_MS;
  let pruned = 0;
  while (pruned < MAX_PER_RUN) {
    const rows = await store.closedBefore(before, PAGE);
    if (rows.length === 0) break;
    const stored = await store.loadIssues(rows.map((r) => String(r.issue_id)));
    await factsFromStored(
      s,
      [...stored.values()].flatMap((r) => (r.state === null ? [] : [{ ...r, state: r.state }])),
    );
    await store.deleteIssues(rows.map((r) => String(r.issue_id)));
    pruned += rows.length;
    if (rows.length < PAGE) break;
  }
  return pruned;
}
