// Service-project finance on the project page (seed 003: 预算、核算、结算): budgets by phase with their
// income and expense items, role rates and people's roles, recorded costs, settlement periods, and the
// accounting that compares them. Zod-free (the browser imports it); the schemas are in *-payloads.ts.

import type { BudgetSummary } from '../../domain/finance/accounting';

export type { Budget, BudgetPhase } from './budget-payloads';
export type { BudgetSummary };
export type { FinanceMonth, ForecastMethod, Measures, PhaseTotals } from '../../domain/finance/accounting';

/** Seed 003's income items of a phase, in its order. */
export const INCOME_ITEMS = ['contract', 'extraWork'] as const;
export type IncomeItem = (typeof INCOME_ITEMS)[number];

/** Seed 003's expense items of a phase: labour, parts, supplier fees, travel, value-added services. */
export const EXPENSE_ITEMS = ['labour', 'parts', 'supplier', 'travel', 'valueAdded'] as const;
export type ExpenseItem = (typeof EXPENSE_ITEMS)[number];

export const MAX_PHASES = 24;

export const BUDGET = {
  list: 'budget.list',
  save: 'budget.save',
  remove: 'budget.remove',
  /** A budget's accounting: budget, actual, forecast and the four benefit measures, by month. */
  summary: 'budget.summary',
  /** Names of the people the project's roles name. */
  people: 'budget.people',
} as const;
