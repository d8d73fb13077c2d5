// The scheduled sweep: asks JQL for the issues whose `nextCheckAt` has come (the indexed property), and
// only those; evaluates them from the stored snapshots in chunks of 100; writes their properties with one
// bulk call per chunk. Each chunk is a checkpoint: an issue whose property was not rewritten is simply
// found again next time, and its actions, recorded as they were carried out, are not repeated. When
// more are due than one run should take on, the rest fan out through the async queue. One sweep runs at a
// time (a lock with a heartbeat): a long one outliving the five-minute interval is not joined by another.

import { randomUUID } from 'node:crypto';
import { PROPERTY_MULTI, searchIds, setPropertiesMulti } from '../platform/jira/api';
import * as store from '../platform/sql/store';
import { push } from '../platform/queue';
import { remainingMs } from '../platform/runtime';
import { evaluateIssues } from './evaluate-issues';
import { openSession, type Session } from './session';

export const WORK_QUEUE = 'itr-work';
/** Due issues one sweep evaluates itself; beyond this, queue consumers share the work. */
export const INLINE_LIMIT = 1000;
const FANOUT_CHUNK = 200;
/** Time a chunk may need; below this much left, the run stops at a checkpoint. */
const CHUNK_RESERVE_MS = 30_000;

export interface SweepReport {
  /** Another sweep was still running (a long one outlives the five-minute interval): this one left it be. */
  readonly busy: boolean;
  readonly due: number;
  readonly evaluated: number;
  readonly queued: number;
  readonly stoppedEarly: boolean;
}

export const dueJql = (nowMs: number) =>
  `issue.property[itr].nextCheckAt <= ${Math.floor(nowMs / 1000)} ORDER BY issue.property[itr].nextCheckAt ASC`;

/** Evaluates `ids` in chunks of 100, one bulk property write each, while time allows (and, when given,
 * while `alive` says this run still holds its lock). */
export async function evaluateChunks(
  s: Session,
  ids: readonly string[],
  alive: () => Promise<boolean> = () => Promise.resolve(true),
): Promise<{ evaluated: number; left: string[] }> {
  let evaluated = 0;
  for (let i = 0; i < ids.length; i += PROPERTY_MULTI) {
    if (remainingMs() < CHUNK_RESERVE_MS || !(await alive())) return { evaluated, left: ids.slice(i) };
    const writes = await evaluateIssues(s, ids.slice(i, i + PROPERTY_MULTI));
    if (writes.length > 0) await setPropertiesMulti(s.jira, writes);
    evaluated += writes.length;
  }
  return { evaluated, left: [] };
}

export async function pushWork(ids: readonly string[]): Promise<number> {
  const bodies = [];
  for (let i = 0; i < ids.length; i += FANOUT_CHUNK)
    bodies.push({ kind: 'evaluate', ids: ids.slice(i, i + FANOUT_CHUNK) });
  await push(WORK_QUEUE, bodies);
  return bodies.length;
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
    const due: string[] = [];
    for await (const page of searchIds(s.jira, dueJql(s.now))) due.push(...page);
    const inline = due.slice(0, INLINE_LIMIT);
    const { evaluated, left } = await evaluateChunks(s, inline, () => store.beat(LOCK, owner, Date.now()));
    const rest = [...left, ...due.slice(INLINE_LIMIT)];
    const queued = rest.length > 0 ? await pushWork(rest) : 0;
    return { busy: false, due: due.length, evaluated, queued, stoppedEarly: left.length > 0 };
  } finally {
    await store.releaseLock(LOCK, owner);
  }
}
