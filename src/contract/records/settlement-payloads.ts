// The settlement period a form sends (server only). Closing is a save with status 'closed'.

import { z } from 'zod';
import { cents, day, recordId } from '../project-payloads';
import { SETTLEMENT_STATUSES } from './settlement';

export const settlementIn = z
  .strictObject({
    id: recordId,
    budgetId: recordId,
    starts: day,
    ends: day,
    billedCents: cents,
    receivedCents: cents,
    status: z.enum(SETTLEMENT_STATUSES, { message: 'A period is open or closed.' }),
  })
  .refine((s) => s.starts <= s.ends, { message: 'A period ends on or after the day it starts.', path: ['ends'] });
export type Settlement = z.infer<typeof settlementIn>;
