// The complaint or praise a form sends (server only).

import { z } from 'zod';
import { recordId, text } from '../project-payloads';
import { FEEDBACK_CHANNELS, FEEDBACK_KINDS, FEEDBACK_STATUSES } from './feedback';

/** A Jira account id as the app stores it. */
export const accountId = z
  .string()
  .regex(/^[A-Za-z0-9:_-]{1,128}$/, { message: 'An account id is up to 128 letters, digits, colons, dashes.' });

/** An epoch-ms instant from 2000 to 2100. */
export const instant = z
  .number()
  .int({ message: 'An instant is whole milliseconds.' })
  .min(946_684_800_000, { message: 'An instant from 2000 on.' })
  .max(4_102_444_800_000, { message: 'An instant before 2100.' });

export const issueKey = z
  .string()
  .regex(/^[A-Z][A-Z0-9_]{0,30}-[1-9]\d{0,9}$/, { message: 'An issue key looks like SUP-42.' });

export const feedbackPayload = z
  .strictObject({
    id: recordId,
    kind: z.enum(FEEDBACK_KINDS),
    via: z.enum(FEEDBACK_CHANNELS),
    customerId: recordId.nullable(),
    issueKey: issueKey.nullable(),
    engineer: accountId.nullable(),
    receivedAt: instant,
    text: text(1000),
    status: z.enum(FEEDBACK_STATUSES),
    /** When it was first handled: set once the status leaves 'open'. */
    handledAt: instant.nullable(),
  })
  .superRefine((f, ctx) => {
    const at = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (f.via === 'customer' && f.customerId === null)
      at('customerId', 'A complaint or praise through the customer names the customer.');
    if (f.kind === 'praise' && f.engineer === null) at('engineer', 'Praise is credited to an engineer.');
    if (f.status === 'open' && f.handledAt !== null) at('handledAt', 'An open complaint has not been handled yet.');
    if (f.status !== 'open' && f.handledAt === null) at('handledAt', 'Say when it was first handled.');
    if (f.handledAt !== null && f.handledAt < f.receivedAt)
      at('handledAt', 'It cannot be handled before it was received.');
  });
export type Feedback = z.infer<typeof feedbackPayload>;
