// "Budget vs actual and ROI": per project and month, the budget, the actual cost (labour from worklogs ×
// role rates + recorded costs), the forecast at completion, and seed 003's four benefit measures.

import { FORECAST_METHODS } from '../../domain/finance/accounting';
import type { BaseSettings } from '../gadgets';

export const FINANCE_GADGET = { data: 'finance.data' } as const;

/** Which budgets the gadget adds up: each project's own, or its customer contracts'. */
export const FINANCE_BUDGETS = ['project', 'contracts'] as const;
/** How the forecast at completion projects the months left: their budget, or the run rate so far. */
export const FINANCE_FORECASTS = FORECAST_METHODS;

export interface FinanceSettings extends BaseSettings {
  readonly budgets: (typeof FINANCE_BUDGETS)[number];
  readonly forecast: (typeof FINANCE_FORECASTS)[number];
}

export const DEFAULT_FINANCE: FinanceSettings = {
  projects: [],
  months: 12,
  refresh: 60,
  budgets: 'project',
  forecast: 'remaining',
};

/** The formulas shown beside the figures (the texts translate their names; these stay as written). */
export const FINANCE_FORMULAS = {
  burn: 'actual / budget',
  variance: 'budget − actual',
  remaining: 'actual to date + budget of the months left',
  runRate: 'actual to date + (actual to date / months elapsed) × months left',
  ioRatio: 'income / cost',
  roi: '(income − cost) / cost',
  netOutput: 'income − cost',
  perCapita: 'net output / people who logged work',
} as const;
