// A contract as the form sends it (server only).

import { z } from 'zod';
import { cents, day, recordId, text } from '../project-payloads';

export const contractPayload = z
  .strictObject({
    id: recordId,
    customerId: recordId,
    title: text(191),
    /** The SLA policy bought: a policy id of the configuration in force. */
    policy: z.string().trim().min(1, { message: 'Required.' }).max(64),
    starts: day,
    ends: day,
    valueCents: cents.nullable(),
    /** How many days before it ends the account manager is reminded to renew it. */
    remindDays: z.number().int({ message: 'Whole days.' }).min(0).max(365, { message: 'At most 365 days.' }),
  })
  .refine((c) => c.starts <= c.ends, { message: 'The contract ends before it starts.', path: ['ends'] });
export type Contract = z.infer<typeof contractPayload>;
