// The admin resolver's payload schemas (server side only: zod stays out of the browser bundle).

import { z } from 'zod';

export const activatePayload = z.strictObject({ config: z.unknown() });
export const checkSetupPayload = z.strictObject({ config: z.unknown() });
export const progressPayload = z.strictObject({ jobId: z.uuid().optional() });
export const previewPayload = z.strictObject({ config: z.unknown() });
export const siteOptionsPayload = z.strictObject({});
export const versionPayload = z.strictObject({
  version: z.number({ error: 'version must be a version number' }).int().positive(),
});
export const activityPayload = z.strictObject({
  page: z.number({ error: 'page must be a page number (0 for the newest)' }).int().min(0).max(10_000).default(0),
  refusedOnly: z.boolean({ error: 'refusedOnly must be true or false' }).default(false),
});
