// The scheduled sweep: asks SQL for the issues whose `next_check_at` has come (indexed; the app's own
// record, which no user can edit and which needs no Jira index to catch up), and only those; evaluates
// them from the stored snapshots in chunks of 100; writes their properties with one bulk call per chunk
// (the property stays the JQL projection for people). Each chunk is a checkpoint: an issue whose state
// was not rewritten is simply due again next time, and its actions, recorded as they were carried out,
// are not repeated. When more are due than one run should take on, the rest fan out in deduplicated,
// bounded batches (fan-out.ts). One sweep runs at a time (a lock with a heartbeat): a long one outliving
// the five-minute interval is not joined by another. A 429 ends the run where it is: nothing is queued.

import { randomUUID } from 'node:crypto';
import * as store from '../platform/sql/store';
import { evaluateChunks } from './evaluate-chunks';
import { batchRoom, fanOut, queueBatches } from './fan-out';
import { openSession } from './session';

export interface SweepReport {
  /** Another sweep was still running (a long one outlives the five-minute interval): this one left it be. */
  readonly busy: boolean;
  readonly due: number;
  readonly evaluated: number;
  readonly queued: number;
  readonly stoppedEarly: boolean;
}

const LOCK = 'sweep';
/** A sweep's heartbeat comes with every chunk (seconds apart): one this quiet belongs to a dead run. */
const LOCK_STALE_MS = 2 * 60_000;

export async function sweep(): Promise<SweepReport> {
  const s = await openSession();
  if (!s) return { busy: false, due: 0, evaluated: 0, queued: 0, stoppedEarly: false }; // not active
  const owner = randomUUID();
  if (!(await store.takeLock(LOCK, owner, Date.now(), LOCK_STALE_MS)))
    return { busy: true, due: 0, evaluated: 0, queued: 0, stoppedEarly: false };
  try {
    const room = await batchRoom(s.now);
    const due = await store.dueIssues(s.now, fanOut.inline + room * fanOut.batchSize);
    const inline = due.slice(0, fanOut.inline);
    const { evaluated, left } = await evaluateChunks(s, inline, () => store.beat(LOCK, owner, Date.now()));
    const queued = await queueBatches([...left, ...due.slice(fanOut.inline)], room, s.now);
    return { busy: false, due: due.length, evaluated, queued, stoppedEarly: left.length > 0 };
  } finally {
    await store.releaseLock(LOCK, owner);
  }
}
