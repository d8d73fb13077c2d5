import { z } from 'zod';
import { baseSettings } from '../gadget-payloads';
import { FINANCE_BUDGETS, FINANCE_FORECASTS } from './finance';

export const financeSettings = baseSettings.extend({
  budgets: z.enum(FINANCE_BUDGETS, { message: 'Budgets are the projects\u2019 own or their contracts\u2019.' }),
  forecast: z.enum(FINANCE_FORECASTS, { message: 'A forecast is remaining (budget) or runRate.' }),
});
