// A contact (review or daily) a form sends (server only).

import { z } from 'zod';
import { day, recordId, text } from '../project-payloads';
import { CONTACT_KINDS, PARTY_KINDS } from './contact';
import { accountId, instant } from './feedback-payloads';

const followUp = z.strictObject({
  what: text(500),
  /** Whom the reminder is assigned to. */
  owner: accountId,
  due: day,
  done: z.boolean(),
});
export type FollowUp = z.infer<typeof followUp>;

export const contactPayload = z.strictObject({
  id: recordId,
  partyKind: z.enum(PARTY_KINDS),
  partyId: recordId,
  kind: z.enum(CONTACT_KINDS),
  at: instant,
  /** Who took part: names or account ids. */
  people: z.array(text(128)).min(1, { message: 'Name who took part.' }).max(50, { message: 'At most 50 people.' }),
  summary: text(1000),
  followUps: z.array(followUp).max(50, { message: 'At most 50 follow-ups.' }),
});
export type Contact = z.infer<typeof contactPayload>;
