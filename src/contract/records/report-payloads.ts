// The monthly service reports' payloads (server only).

import { z } from 'zod';
import { EXPORT_PAGE_SIZE } from '../project';
import { recordId } from '../project-payloads';

const accountId = z.string().regex(/^[\w:-]{1,128}$/, { message: 'An Atlassian account id.' });

export const reportSettings = z.strictObject({
  enabled: z.boolean(),
  /** The Jira project (key) the report issues are created in. */
  targetProject: z
    .string()
    .trim()
    .regex(/^[A-Z][A-Z0-9_]{0,63}$/, { message: 'A project key: capital letters, digits or _ (SUP).' }),
  issueType: z.string().trim().min(1, { message: 'Required.' }).max(191, { message: 'At most 191 characters.' }),
  /** Who the report issue is assigned to (null: nobody). */
  recipient: accountId.nullable(),
});
export type ReportSettings = z.infer<typeof reportSettings>;

export const saveSettingsPayload = z.strictObject({ settings: reportSettings });

/** 'YYYY-MM' from 2000 to 2099. */
export const month = z.string().regex(/^20\d\d-(0[1-9]|1[0-2])$/, { message: 'A month is YYYY-MM.' });

export const reportListPayload = z.strictObject({
  page: z.number().int().min(0).max(100_000).default(0),
  pageSize: z.number().int().min(1).max(EXPORT_PAGE_SIZE).default(25),
  search: z.string().trim().max(100, { message: 'Search for at most 100 characters.' }).default(''),
  sort: z.strictObject({ by: z.enum(['month', 'customer', 'dueOn']), dir: z.enum(['asc', 'desc']) }).optional(),
  filter: z.strictObject({}).default({}),
});
export type ReportListInput = z.infer<typeof reportListPayload>;

export const generatePayload = z.strictObject({ customerId: recordId, month });
export type GenerateReport = z.infer<typeof generatePayload>;
