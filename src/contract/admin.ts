// The admin page's resolver: function names and payloads, shared by src/ and the Custom UI.

import { z } from 'zod';

export const ADMIN = {
  activateConfig: 'admin.activateConfig',
  recalculate: 'admin.recalculate',
  recalculationProgress: 'admin.recalculationProgress',
} as const;

export const activatePayload = z.strictObject({ config: z.unknown() });
export const progressPayload = z.strictObject({ jobId: z.uuid().optional() });
