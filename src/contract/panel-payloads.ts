// The SLA panel's payload schemas, parsed by the resolver (the UI sends these shapes).

import { z } from 'zod';

/** Every action carries a request id chosen by the UI, so a retried click acts once. */
const requestId = z.uuid();

export const escalatePayload = z.strictObject({
  requestId,
  reason: z.string().trim().min(1, 'Say why the issue needs the next tier.').max(1000),
});
export const overridePayload = z.strictObject({
  requestId,
  party: z.string().min(1, 'Choose the party held responsible.'),
  supplier: z.string().trim().min(1).max(200).optional(),
  reason: z.string().trim().min(1, 'An override needs a reason.').max(1000),
});
export const surveyPayload = z.strictObject({ requestId });
/** A complaint or praise an agent logs (a phone call): the request id becomes the record's id. */
export const feedbackLogPayload = z.strictObject({
  requestId,
  kind: z.enum(['complaint', 'praise']),
  via: z.enum(['customer', 'user']),
  text: z.string().trim().min(1, 'Say what was said.').max(1000),
  /** Praise is credited to the assignee (the default) or to the agent logging it. */
  credit: z.enum(['assignee', 'me']).optional(),
});

export type EscalatePayload = z.infer<typeof escalatePayload>;
export type OverridePayload = z.infer<typeof overridePayload>;
export type FeedbackLogPayload = z.infer<typeof feedbackLogPayload>;
