// The project page's finance functions: the five record kinds' list/save/remove and a budget's accounting.

import { z } from 'zod';
import { accountBudgets } from '../../app/finance/accounting';
import { budgetKind, costKind, rateKind, roleKind, settlementKind } from '../../app/finance/kinds';
import { displayNames } from '../../app/people-names';
import { BUDGET } from '../../contract/records/budget';
import { budgetSummaryIn } from '../../contract/records/budget-summary-payloads';
import { roleRow } from '../../app/finance/rows';
import { financeRows } from '../../platform/sql/gadgets/finance';
import type { ResolverFunction } from '../../platform/resolver';
import { projectFunction, Refused } from './project-function';
import { recordFunctions } from './record-functions';

export const FINANCE_FUNCTIONS: Readonly<Record<string, ResolverFunction>> = {
  ...recordFunctions(rateKind),
  ...recordFunctions(roleKind),
  ...recordFunctions(budgetKind),
  ...recordFunctions(costKind),
  ...recordFunctions(settlementKind),
  [BUDGET.summary]: projectFunction('read', budgetSummaryIn, async ({ budgetId, method }, call) => {
    const [found] = await accountBudgets([call.project], (b) => b.id === budgetId, method, call.now);
    if (!found) throw new Refused('notFound', 'There is no such budget.', 'budgetId');
    return { budget: found.budget, summary: found.summary };
  }),
  // The names of the people the project's roles name (account id → display name; null: Jira does not say).
  [BUDGET.people]: projectFunction('read', z.strictObject({}), async (_p, call) => {
    const roles = await financeRows('itr_fin_role', roleRow, [call.project.id]);
    return Object.fromEntries(await displayNames(roles.map((r) => r.account_id).sort()));
  }),
};
