// The admin resolver's payload schemas (server side only: zod stays out of the browser bundle).

import { z } from 'zod';

export const activatePayload = z.strictObject({ config: z.unknown() });
export const checkSetupPayload = z.strictObject({ config: z.unknown() });
export const progressPayload = z.strictObject({ jobId: z.uuid().optional() });
export const previewPayload = z.strictObject({ config: z.unknown() });
