// Fan-out through the async queue, deduplicated and bounded. Each batch has an id, and SQL records which
// batch holds each issue and until when (its lease): an issue is in at most one live batch, so a sweep
// running while a batch waits on the queue does not queue its issues again, and a batch Forge delivers
// twice (a retry after a 429) evaluates only what it still holds. At most MAX_IN_FLIGHT batches are live
// at once; what does not fit stays due in SQL for the next sweep, so a rate limit never multiplies work.

import { randomUUID } from 'node:crypto';
import { push } from '../platform/queue';
import * as store from '../platform/sql/store';

export const WORK_QUEUE = 'itr-work';

/** Sizes (an object, so a test can make them small). */
export const fanOut = {
  /** Due issues one sweep evaluates itself; beyond this, queued batches share the work. */
  inline: 1000,
  /** Due issues per queued batch (two bulk property writes). */
  batchSize: 200,
  /** Batches live at once. */
  maxInFlight: 10,
};

/** A batch waits on the queue and runs at most 15 minutes: a lease this long outlives any live batch. */
export const LEASE_MS = 20 * 60_000;

/** Room for more batches now. */
export async function batchRoom(now: number): Promise<number> {
  return Math.max(0, fanOut.maxInFlight - (await store.batchesInFlight(now)));
}

/** Queues up to `room` batches of `ids` (those no live batch holds); returns how many were pushed. */
export async function queueBatches(ids: readonly string[], room: number, now: number): Promise<number> {
  let pushed = 0;
  for (let i = 0; i < ids.length && pushed < room; i += fanOut.batchSize) {
    const batch = randomUUID();
    // Held first, pushed second: a push that fails leaves a hold that expires, never an unrecorded batch.
    const held = await store.holdInBatch(batch, ids.slice(i, i + fanOut.batchSize), now, now + LEASE_MS);
    if (held.length === 0) continue;
    await push(WORK_QUEUE, [{ kind: 'evaluate', batch, ids: held }]);
    pushed++;
  }
  return pushed;
}
