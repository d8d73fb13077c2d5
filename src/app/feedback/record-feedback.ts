// Recording a complaint or praise, from whichever door it came in (the issue panel, the project page, a
// survey answer): one upsert by id, so a retried call records it once.

import { upsertRow } from '../../platform/sql/records';

export interface FeedbackInput {
  readonly id: string;
  readonly kind: 'complaint' | 'praise';
  /** A complaint through the customer (the contract holder) outranks one from a user. */
  readonly via: 'customer' | 'user';
  readonly customerId: string | null;
  readonly issue: { readonly id: string; readonly key: string } | null;
  /** Praise is credited to an engineer (accountId). */
  readonly engineer: string | null;
  readonly source: 'panel' | 'project' | 'survey';
  readonly receivedAt: number;
  readonly text: string;
}

export async function recordFeedback(projectId: string, f: FeedbackInput, by: string, now: number): Promise<void> {
  await upsertRow('itr_feedback', projectId, f.id, {
    kind: f.kind,
    via: f.via,
    customer_id: f.customerId,
    issue_id: f.issue ? Number(f.issue.id) : null,
    issue_key: f.issue?.key ?? null,
    engineer: f.engineer,
    source: f.source,
    received_at: f.receivedAt,
    text: f.text,
    status: 'open',
    handled_at: null,
    updated_at: now,
    updated_by: by,
  });
}
