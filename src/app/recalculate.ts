// Recalculation: after an admin activates a new configuration version, every open issue is evaluated
// again. A job in SQL holds the checkpoint (the JQL page token and how far into the page), so each
// queue run carries on where the last stopped, and the admin UI reads the progress.

import { randomUUID } from 'node:crypto';
import type { RecalculationProgress } from '../contract/admin';
import { approximateCount, searchPage } from '../platform/jira/api';
import { push } from '../platform/queue';
import { remainingMs } from '../platform/runtime';
import * as store from '../platform/sql/store';
import type { ConfigDoc } from '../domain/config/schema';
import { PROPERTY_MULTI, setPropertiesMulti } from '../platform/jira/api';
import { latest } from './config';
import { scopeJql } from './scope';
import { openSession, type Session } from './session';
import { parseState } from './state-json';
import { WORK_QUEUE } from './fan-out';
import { evaluateChunks } from './evaluate-chunks';
import { backfillVoiceFacts } from './facts/voice';
import { z } from 'zod';
import { backfillClosedFacts } from './kpi-facts';

/** The open issues in scope, oldest first. */
export const openJql = (doc: ConfigDoc): string | null => scopeJql(doc, 'statusCategory != Done', 'created ASC');
const PAGE = 1000;
const cursor = z.object({ token: z.string().nullable(), skip: z.number().int().min(0) });

/** What the admin page reads of a job (the contract's shape). */
export type RecalcProgress = RecalculationProgress;

function progress(j: store.JobRow): RecalcProgress {
  return {
    jobId: j.job_id,
    status: j.status === 'running' ? 'running' : j.status === 'done' ? 'done' : 'superseded',
    processed: j.processed,
    total: j.total,
    startedAt: j.started_at,
    updatedAt: j.updated_at,
  };
}

/** A running job whose checkpoint has not moved for this long lost its queue event: it is started afresh. */
const STALE_MS = 20 * 60_000;
const jobDetail = z.object({ configVersion: z.number() });

/**
 * Starts a recalculation, or returns the one already running under the same configuration. A job that
 * runs under an older configuration is superseded (the issues it already passed need the new one too),
 * and so is one that stopped moving.
 */
export async function startRecalculation(): Promise<RecalcProgress | null> {
  const s = await openSession();
  if (!s) {
    // Scope emptied: every issue the app managed stops where it is (no call to Jira: the app is off).
    await store.leaveScopeAll();
    return null;
  }
  const jql = openJql(latest(s.configs).doc)!;
  const version = latest(s.configs).version;
  for (const running of await store.runningJobs('recalc')) {
    const sameConfig = running.detail !== null && jobDetail.parse(JSON.parse(running.detail)).configVersion === version;
    if (sameConfig && s.now - running.updated_at < STALE_MS) return progress(running);
    await store.endJob(running.job_id, 'superseded', s.now);
  }
  const id = randomUUID();
  await store.createJob(
    id,
    'recalc',
    await approximateCount(s.jira, jql),
    s.now,
    JSON.stringify({ configVersion: version }),
  );
  await push(WORK_QUEUE, [{ kind: 'recalc', jobId: id }]);
  return progress((await store.getJob(id))!);
}

/** Open issues the app managed that this recalculation did not reach have left the scope (their project
 * was removed, or the scope's JQL no longer finds them): their clocks stop and their properties say so. */
async function leaveScopeBehind(s: Session, startedAt: number): Promise<void> {
  const left = await store.leaveScopeNotEvaluatedSince(startedAt);
  for (let i = 0; i < left.length; i += PROPERTY_MULTI) {
    const writes = left
      .slice(i, i + PROPERTY_MULTI)
      .flatMap((r) =>
        r.state === null ? [] : [{ id: r.id, value: { ...parseState(r.state), nextCheckAt: null, outOfScope: true } }],
      );
    if (writes.length > 0) await setPropertiesMulti(s.jira, writes);
  }
}

export async function recalculationProgress(jobId?: string): Promise<RecalcProgress | null> {
  const j = jobId === undefined ? await store.latestJob('recalc') : await store.getJob(jobId);
  return j ? progress(j) : null;
}

/** One queue run of a job: pages until time runs low, a checkpoint after every chunk; then hands on. */
export async function runRecalculation(jobId: string): Promise<void> {
  const s = await openSession();
  const jql = s && openJql(latest(s.configs).doc);
  for (;;) {
    const job = await store.getJob(jobId);
    if (!job || job.status !== 'running') return; // done, or superseded by a newer job
    if (!s || !jql) return store.endJob(jobId, 'superseded', Date.now()); // deactivated meanwhile
    const at = job.cursor_state === null ? { token: null, skip: 0 } : cursor.parse(JSON.parse(job.cursor_state));
    const page = await searchPage(s.jira, jql, at.token, PAGE);
    const ids = page.ids.slice(at.skip);
    const { evaluated, left } = await evaluateChunks(s, ids);
    const next =
      left.length > 0 ? { token: at.token, skip: at.skip + (ids.length - left.length) } : { token: page.next, skip: 0 };
    const finished = left.length === 0 && page.next === null;
    const moved = await store.advanceJob(
      jobId,
      job.cursor_state,
      JSON.stringify(next),
      evaluated,
      finished ? 'done' : 'running',
      Date.now(),
    );
    if (moved && finished) {
      await leaveScopeBehind(s, job.started_at);
      await backfillVoiceFacts(latest(s.configs).doc.scope.projects); // surveys, complaints, praise
      await backfillClosedFacts(s); // the closed issues' completed cycles (open ones were just evaluated)
    }
    if (!moved || finished) return; // another run moved it on, or the job is complete
    if (left.length > 0 || remainingMs() < 60_000) {
      await push(WORK_QUEUE, [{ kind: 'recalc', jobId }]);
      return;
    }
  }
}
