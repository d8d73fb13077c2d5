// Third parties as a record kind: the 5W1H agreement and its authorisation are stored as JSON.

import { z } from 'zod';
import { thirdPartyPayload, type ThirdParty } from '../../contract/records/third-party-payloads';
import { THIRD_PARTY_KINDS } from '../../contract/records/third-party';
import type { RecordKind } from './kind';

const row = z.object({
  id: z.string(),
  name: z.string(),
  kind: z.enum(THIRD_PARTY_KINDS),
  agreement: z.string(),
  review_days: z.coerce.number(),
  next_review: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});
export type ThirdPartyRow = z.infer<typeof row>;

export const thirdPartyKind: RecordKind<ThirdParty, ThirdPartyRow, 'name' | 'kind' | 'nextReview', 'kind'> = {
  name: 'thirdParty',
  table: 'itr_third_party',
  payload: thirdPartyPayload,
  row,
  toColumns: (t) => ({
    name: t.name,
    kind: t.kind,
    agreement: JSON.stringify(t.agreement),
    review_days: t.reviewDays,
    next_review: t.nextReview,
  }),
  fromRow: (r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    agreement: thirdPartyPayload.shape.agreement.parse(JSON.parse(r.agreement)),
    reviewDays: r.review_days,
    nextReview: r.next_review,
    updatedAt: r.updated_at,
    updatedBy: r.updated_by,
  }),
  search: ['name'],
  sort: { name: 'name', kind: 'kind', nextReview: 'next_review' },
  defaultSort: { by: 'nextReview', dir: 'asc' },
  filters: { kind: 'kind' },
};
