// Queue work: batches of due issues fanned out by the sweep, and recalculation runs. A batch evaluates
// only the issues it still holds (fan-out.ts), lets go of each chunk once evaluated, and of whatever it
// could not reach (the next sweep finds those due in SQL); it never queues work itself. A 429 keeps the
// batch's hold for as long as Forge waits before delivering it again, then passes the 429 on.

import { z } from 'zod';
import { RateLimitedError } from '../platform/jira/client';
import * as store from '../platform/sql/store';
import { LEASE_MS } from './fan-out';
import { runRecalculation } from './recalculate';
import { openSession } from './session';
import { evaluateChunks } from './evaluate-chunks';

export const workBody = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('evaluate'),
    batch: z.uuid(),
    ids: z.array(z.string().regex(/^\d+$/)).min(1).max(1000),
  }),
  z.object({ kind: z.literal('recalc'), jobId: z.uuid() }),
]);
export type Work = z.infer<typeof workBody>;

/** Forge delivers an event again at most this long after a retry was asked for. */
const MAX_RETRY_WAIT_MS = 900_000;

export async function doWork(w: Work): Promise<void> {
  if (w.kind === 'recalc') return runRecalculation(w.jobId);
  const s = await openSession();
  if (!s) return store.releaseFromBatch(w.batch, w.ids); // deactivated since the work was queued
  const mine = await store.batchMembers(w.batch, w.ids);
  try {
    const { left } = await evaluateChunks(
      s,
      mine,
      () => store.extendBatch(w.batch, Date.now() + LEASE_MS),
      (chunk) => store.releaseFromBatch(w.batch, chunk),
    );
    await store.releaseFromBatch(w.batch, left);
  } catch (e) {
    if (e instanceof RateLimitedError)
      await store.extendBatch(w.batch, Date.now() + Math.min(e.retryAfterMs, MAX_RETRY_WAIT_MS) + LEASE_MS);
    throw e;
  }
}
