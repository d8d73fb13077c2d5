// A customer's user as the form sends it (server only).

import { z } from 'zod';
import { recordId, text } from '../project-payloads';
import { CUSTOMER_USER_TIERS } from './customer-user';

export const customerUserPayload = z.strictObject({
  id: recordId,
  customerId: recordId,
  name: text(191),
  email: z
    .string()
    .trim()
    .toLowerCase()
    .max(191, { message: 'At most 191 characters.' })
    .pipe(z.email({ message: 'An email address (name@example.com).' }))
    .nullable(),
  accountId: z
    .string()
    .regex(/^[\w:-]{1,128}$/, { message: 'An Atlassian account id.' })
    .nullable(),
  tier: z.enum(CUSTOMER_USER_TIERS, { message: `A user's tier is ${CUSTOMER_USER_TIERS.join(' or ')}.` }),
});
export type CustomerUser = z.infer<typeof customerUserPayload>;
