// Evaluation in chunks of 100 — the unit of one bulk property write and of a checkpoint — as the sweep,
// queue work, reconciliation and recalculation all run it.

import { PROPERTY_MULTI, setPropertiesMulti } from '../platform/jira/api';
import { remainingMs } from '../platform/runtime';
import * as store from '../platform/sql/store';
import { evaluateIssues, type PropertyWrite } from './evaluate-issues';
import type { Session } from './session';

/** Time a chunk may need; below this much left, the run stops at a checkpoint. */
const CHUNK_RESERVE_MS = 30_000;

/** Evaluates `ids` in chunks of 100, one bulk property write each, while time allows and `alive` (a lock's
 * or a batch's heartbeat, called before each chunk) says the run may go on. */
export async function evaluateChunks(
  s: Session,
  ids: readonly string[],
  alive: () => Promise<boolean> = () => Promise.resolve(true),
  done: (chunk: readonly string[]) => Promise<void> = () => Promise.resolve(),
): Promise<{ evaluated: number; left: string[] }> {
  let evaluated = 0;
  for (let i = 0; i < ids.length; i += PROPERTY_MULTI) {
    if (remainingMs() < CHUNK_RESERVE_MS || !(await alive())) return { evaluated, left: ids.slice(i) };
    const chunk = ids.slice(i, i + PROPERTY_MULTI);
    const writes = await evaluateIssues(s, chunk);
    if (writes.length > 0) await writeProperties(s, writes);
    await done(chunk);
    evaluated += writes.length;
  }
  return { evaluated, left: [] };
}

/** The property write, after SQL holds the new state: should Jira refuse it, the issues are due again at
 * once, so the next run writes them (a run that dies here leaves them to their next check). */
async function writeProperties(s: Session, writes: readonly PropertyWrite[]): Promise<void> {
  try {
    await setPropertiesMulti(s.jira, writes);
  } catch (e) {
    await store.dueAgain(
      writes.map((w) => w.id),
      s.now,
    );
    throw e;
  }
}
