// Recording a complaint or praise, from whichever door it came in (the issue panel, the project page, a
// survey answer): one upsert by id, so a retried call records it once; then a complaint on an issue the
// app manages becomes the rules engine's complaint event (its id is the record's: one complaint, one
// event, however often it is saved) and the issue is evaluated at once, so the configured complaint
// actions (grade raise, notifications) run now.
//
// Removing the record later leaves the event in the issue's history: its actions have been carried out
// (people notified, the grade raised in Jira) and the timeline is what the SLA figures are computed from;
// withdrawing it would rewrite the past rather than undo it.

import type { FeedbackChannel, FeedbackKind, FeedbackSource, FeedbackStatus } from '../../contract/records/feedback';
import { upsertRow } from '../../platform/sql/records';
import { latest } from '../config';
import { recordFeedbackFact } from '../facts/voice';
import { addEventAndEvaluate } from '../panel';
import { inScopeProject } from '../scope';
import { openSession } from '../session';

export interface FeedbackInput {
  readonly id: string;
  readonly kind: FeedbackKind;
  /** A complaint through the customer (the contract holder) outranks one from a user. */
  readonly via: FeedbackChannel;
  readonly customerId: string | null;
  readonly issue: { readonly id: string; readonly key: string } | null;
  /** Praise is credited to an engineer (accountId). */
  readonly engineer: string | null;
  readonly source: FeedbackSource;
  readonly receivedAt: number;
  readonly text: string;
  /** Absent: just received (open, not handled yet). */
  readonly status?: FeedbackStatus;
  readonly handledAt?: number | null;
}

export async function recordFeedback(projectId: string, f: FeedbackInput, by: string, now: number): Promise<void> {
  const what = {
    id: f.id,
    kind: f.kind,
    via: f.via,
    customer_id: f.customerId,
    issue_id: f.issue ? Number(f.issue.id) : null,
    issue_key: f.issue?.key ?? null,
    engineer: f.engineer,
    received_at: f.receivedAt,
  };
  const { id, ...columns } = what;
  await upsertRow('itr_feedback', projectId, id, {
    ...columns,
    source: f.source,
    text: f.text,
    status: f.status ?? 'open',
    handled_at: f.handledAt ?? null,
    updated_at: now,
    updated_by: by,
  });
  // Its KPI fact, once: an edit saved later leaves the fact as first recorded (see ../facts/voice.ts).
  await recordFeedbackFact(projectId, what);
  if (f.kind !== 'complaint' || !f.issue) return;
  const s = await openSession(now);
  if (!s || !inScopeProject(latest(s.configs).doc, projectId)) return;
  await addEventAndEvaluate(s, f.issue.id, f.id, f.receivedAt, { type: 'complaint', by, via: f.via });
}
