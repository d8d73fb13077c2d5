// The value-added service a form sends (server only).

import { z } from 'zod';
import { cents, day, recordId, text } from '../project-payloads';
import { VALUE_ADDED_CHECKS, type ValueAddedCheck } from './value-added';

const PRINCIPLE: Record<ValueAddedCheck, string> = {
  agreedServiceUnaffected: 'must not affect the service the agreement promises',
  fitsNeed: 'must fit a need of the customer',
  costAcceptable: 'must cost what is acceptable',
  canExtend: 'must be one we are able to extend',
};

const check = (k: ValueAddedCheck) =>
  z.strictObject({
    holds: z
      .boolean()
      .refine((b) => b, { message: `A value-added service ${PRINCIPLE[k]}; record it only when it does.` }),
    note: text(500),
  });

export const valueAddedPayload = z.strictObject({
  id: recordId,
  customerId: recordId,
  title: text(191),
  deliveredOn: day,
  costCents: cents,
  checks: z.strictObject(
    Object.fromEntries(VALUE_ADDED_CHECKS.map((k) => [k, check(k)])) as Record<
      ValueAddedCheck,
      ReturnType<typeof check>
    >,
  ),
});
export type ValueAdded = z.infer<typeof valueAddedPayload>;
