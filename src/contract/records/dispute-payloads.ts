// The dispute payload (server only).

import { z } from 'zod';
import { DISPUTE_STAGES } from '../../domain/suppliers/dispute';
import { day, recordId, text } from '../project-payloads';

export const disputePayload = z
  .strictObject({
    id: recordId,
    supplierId: recordId,
    title: text(191),
    stage: z.enum(DISPUTE_STAGES),
    openedOn: day,
    closedOn: day.nullable(),
    outcome: text(1000).nullable(),
  })
  .superRefine((d, ctx) => {
    if (d.closedOn !== null && d.outcome === null)
      ctx.addIssue({ code: 'custom', path: ['outcome'], message: 'Closing a dispute needs its outcome.' });
    if (d.closedOn !== null && d.closedOn < d.openedOn)
      ctx.addIssue({ code: 'custom', path: ['closedOn'], message: 'A dispute cannot close before it opened.' });
  });
export type Dispute = z.infer<typeof disputePayload>;
