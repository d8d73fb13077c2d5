// Complaints and praise as a record kind: the list, search, sort and filters. Saving goes through
// recordFeedback (src/app/feedback), which also checks the issue as the user and feeds the rules engine.

import { z } from 'zod';
import { feedbackPayload, type Feedback } from '../../contract/records/feedback-payloads';
import type { FeedbackSource } from '../../contract/records/feedback';
import type { RecordKind } from './kind';

const row = z.object({
  id: z.string(),
  kind: z.enum(['complaint', 'praise']),
  via: z.enum(['customer', 'user']),
  customer_id: z.string().nullable(),
  issue_id: z.coerce.number().nullable(),
  issue_key: z.string().nullable(),
  engineer: z.string().nullable(),
  source: z.enum(['panel', 'project', 'survey']),
  received_at: z.coerce.number(),
  text: z.string(),
  status: z.enum(['open', 'handling', 'resolved']),
  handled_at: z.coerce.number().nullable(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});
export type FeedbackRow = z.infer<typeof row>;

export const feedbackKind: RecordKind<
  Feedback,
  FeedbackRow,
  'received' | 'status',
  'kind' | 'via' | 'customerId' | 'status'
> & { fromRow: (r: FeedbackRow) => Feedback & { source: FeedbackSource; updatedAt: number; updatedBy: string } } = {
  name: 'feedback',
  table: 'itr_feedback',
  payload: feedbackPayload,
  row,
  toColumns: (f) => ({
    kind: f.kind,
    via: f.via,
    customer_id: f.customerId,
    issue_key: f.issueKey,
    engineer: f.engineer,
    received_at: f.receivedAt,
    text: f.text,
    status: f.status,
    handled_at: f.handledAt,
  }),
  fromRow: (r) => ({
    id: r.id,
    kind: r.kind,
    via: r.via,
    customerId: r.customer_id,
    issueKey: r.issue_key,
    engineer: r.engineer,
    receivedAt: r.received_at,
    text: r.text,
    status: r.status,
    handledAt: r.handled_at,
    source: r.source,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['text', 'issue_key'],
  sort: { received: 'received_at', status: 'status' },
  defaultSort: { by: 'received', dir: 'desc' },
  filters: { kind: 'kind', via: 'via', customerId: 'customer_id', status: 'status' },
};
