// What the project page asks of a budget's accounting (server only).

import { z } from 'zod';
import { FORECAST_METHODS } from '../../domain/finance/accounting';
import { recordId } from '../project-payloads';

export const budgetSummaryIn = z.strictObject({
  budgetId: recordId,
  method: z.enum(FORECAST_METHODS, { message: 'A forecast is remaining (budget) or runRate.' }),
});
