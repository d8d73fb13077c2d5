// The customer a form sends (server only).

import { z } from 'zod';
import { cents, day, recordId, text } from '../project-payloads';

const token = (what: string, max = 191) =>
  z
    .string()
    .trim()
    .min(1, { message: `A ${what} is not empty.` })
    .max(max, { message: `At most ${max} characters.` });

/** Which issues are the customer's: any rule that holds makes an issue theirs. */
export const customerMatching = z.strictObject({
  /** JSM organization ids (the request's Organizations). */
  organizations: z.array(token('JSM organization id', 64)).max(50).default([]),
  /** The reporter's email domain ("acme.com"). */
  emailDomains: z
    .array(
      z
        .string()
        .trim()
        .toLowerCase()
        .regex(/^(?=.{1,191}$)([a-z0-9-]+\.)+[a-z]{2,}$/, { message: 'A domain looks like example.com.' }),
    )
    .max(50)
    .default([]),
  /** Values of the configured customer field (the issue names its customer). */
  fieldValues: z.array(token('field value')).max(50).default([]),
  /** Groups of the reporter. */
  reporterGroups: z.array(token('group name')).max(50).default([]),
});
export type CustomerMatching = z.infer<typeof customerMatching>;

const accountId = z.string().regex(/^[\w:-]{1,128}$/, { message: 'An Atlassian account id.' });

export const customerPayload = z
  .strictObject({
    id: recordId,
    name: text(191),
    /** A customer tier of the configuration in force (strategic, standard…). */
    tier: z.string().trim().min(1).max(64).nullable(),
    /** The SLA policy they buy (a policy id of the configuration in force). */
    policy: z.string().trim().min(1).max(64).nullable(),
    /** Their service hours: a calendar id of the configuration in force. */
    calendar: z.string().trim().min(1).max(64).nullable(),
    termStart: day.nullable(),
    termEnd: day.nullable(),
    valueCents: cents.nullable(),
    currency: z
      .string()
      .regex(/^[A-Z]{3}$/, { message: 'A currency is three capital letters (CNY, USD).' })
      .nullable(),
    accountManager: accountId.nullable(),
    matching: customerMatching,
    /** People who act for the customer (sign, pay, complain formally); everyone else is a user. */
    contacts: z.array(accountId).max(100),
  })
  .refine((c) => c.termStart === null || c.termEnd === null || c.termStart <= c.termEnd, {
    message: 'The term ends before it starts.',
    path: ['termEnd'],
  });
export type Customer = z.infer<typeof customerPayload>;
