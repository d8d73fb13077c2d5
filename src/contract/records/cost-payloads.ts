// The recorded cost a form sends (server only).

import { z } from 'zod';
import { cents, day, recordId, text } from '../project-payloads';
import { COST_CATEGORIES } from './cost';

export const costIn = z.strictObject({
  id: recordId,
  budgetId: recordId,
  spentOn: day,
  category: z.enum(COST_CATEGORIES, { message: `A category is one of ${COST_CATEGORIES.join(', ')}.` }),
  amountCents: cents,
  note: text(500),
  /** The supplier paid, if any. */
  supplierId: recordId.nullable(),
});
export type RecordedCost = z.infer<typeof costIn>;
