// The third-party payload (server only).

import { z } from 'zod';
import { day, recordId, text } from '../project-payloads';
import { FIVE_W_ONE_H, THIRD_PARTY_KINDS, type FiveWOneH } from './third-party';

const answer = text(1000);

export const thirdPartyPayload = z.strictObject({
  id: recordId,
  name: text(191),
  kind: z.enum(THIRD_PARTY_KINDS),
  agreement: z.strictObject({
    ...(Object.fromEntries(FIVE_W_ONE_H.map((w) => [w, answer])) as Record<FiveWOneH, typeof answer>),
    authorisation: z.strictObject({ grantedBy: text(191), scope: text(500), until: day.nullable() }),
  }),
  reviewDays: z.number().int({ message: 'Review every whole number of days.' }).min(1).max(1830),
  nextReview: day,
});
export type ThirdParty = z.infer<typeof thirdPartyPayload>;
