// Queue work: chunks of due issues fanned out by the sweep, and recalculation runs.

import { z } from 'zod';
import { runRecalculation } from './recalculate';
import { openSession } from './session';
import { evaluateChunks, pushWork } from './sweep';

export const workBody = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('evaluate'), ids: z.array(z.string().regex(/^\d+$/)).min(1).max(1000) }),
  z.object({ kind: z.literal('recalc'), jobId: z.uuid() }),
]);
export type Work = z.infer<typeof workBody>;

export async function doWork(w: Work): Promise<void> {
  if (w.kind === 'recalc') return runRecalculation(w.jobId);
  const s = await openSession();
  if (!s) return; // deactivated since the work was queued
  const { left } = await evaluateChunks(s, w.ids);
  if (left.length > 0) await pushWork(left);
}
