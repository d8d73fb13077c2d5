// The rate and role assignment a form sends (server only).

import { z } from 'zod';
import { cents, day, recordId } from '../project-payloads';
import { currency } from './budget-payloads';

const role = z
  .string()
  .trim()
  .regex(/^[\p{L}\p{N}][\p{L}\p{N} ._-]{0,63}$/u, {
    message: 'A role is a name of up to 64 letters, digits, spaces, dots, dashes or underscores.',
  });

export const rateIn = z.strictObject({
  id: recordId,
  role,
  /** Per hour. */
  rateCents: cents,
  currency,
  effectiveFrom: day,
});
export type RoleRate = z.infer<typeof rateIn>;

export const roleIn = z.strictObject({
  id: recordId,
  accountId: z
    .string()
    .regex(/^[A-Za-z0-9:_-]{1,128}$/, { message: 'An account id is Jira\u2019s (letters, digits, : _ -).' }),
  role,
  effectiveFrom: day,
});
export type RoleAssignment = z.infer<typeof roleIn>;
