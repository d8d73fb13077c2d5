// Accounting of budgets: the rows each budget's figures come from, read in a few grouped queries (worklog
// seconds summed in SQL per project, person, month and rate segment; recorded costs per budget and month;
// the few rates, roles, budgets and settlement periods), then priced and summed by the pure domain
// (src/domain/finance/accounting.ts). A project budget counts every worklog of the project; a contract's
// budget those on its customer's issues (the issue facts' customer).

import { z } from 'zod';
import type { Budget } from '../../contract/records/budget-payloads';
import { summarize, type BudgetSummary, type ForecastMethod } from '../../domain/finance/accounting';
import { dayOf, dayStart } from '../../domain/finance/days';
import { changeDays, pricer, type LabourSum } from '../../domain/finance/rates';
import {
  costsByMonth,
  customerLabourSums,
  financeRows,
  labourSums,
  type LabourRow,
} from '../../platform/sql/gadgets/finance';
import { rowsWhereIn } from '../../platform/sql/records';
import type { Changed } from '../records/kind';
import { serviceZone } from '../service-zone';
import { budgetOf, budgetRow, rateOf, rateRow, roleOf, roleRow, settlementOf, settlementRow } from './rows';

export interface ProjectRef {
  readonly id: string;
  readonly key: string;
}

export interface Accounted {
  readonly project: string;
  readonly budget: Budget & Changed;
  readonly summary: BudgetSummary;
}

/** Which budgets: the projects' own (no contract) or their customer contracts'. */
export type BudgetChoice = 'project' | 'contracts';

const contractRow = z.object({ id: z.string(), customer_id: z.string() });

/** The accounting of the chosen budgets of some projects, as of `now` in the service's zone. */
export async function accountBudgets(
  projects: readonly ProjectRef[],
  choose: (b: Budget) => boolean,
  method: ForecastMethod,
  now: number,
): Promise<Accounted[]> {
  const ids = projects.map((p) => p.id);
  const keyOf = new Map(projects.map((p) => [p.id, p.key]));
  const budgets = (await financeRows('itr_fin_budget', budgetRow, ids))
    .map((r) => ({ project: r.project_id, budget: budgetOf(r) }))
    .filter((b) => choose(b.budget));
  if (budgets.length === 0) return [];
  const [rates, roles, periods, costs, zone] = await Promise.all([
    financeRows('itr_fin_rate', rateRow, ids),
    financeRows('itr_fin_role', roleRow, ids),
    financeRows('itr_fin_settlement', settlementRow, ids),
    costsByMonth(ids),
    serviceZone(),
  ]);
  const days = changeDays(rates.map(rateOf), roles.map(roleOf));
  const boundaries = days.map((d) => dayStart(d, zone));
  const today = dayOf(now, zone);

  const own = budgets.filter((b) => b.budget.contractId === null);
  const span = (b: Budget) => [b.phases[0]!.from.slice(0, 7), b.phases[b.phases.length - 1]!.to.slice(0, 7)] as const;
  const ownLabour = own.length
    ? await labourSums(
        [...new Set(own.map((b) => keyOf.get(b.project)!))],
        own.map((b) => span(b.budget)[0]).sort()[0]!,
        own
          .map((b) => span(b.budget)[1])
          .sort()
          .reverse()[0]!,
        boundaries,
      )
    : [];
  const contractIds = budgets.flatMap((b) => (b.budget.contractId ? [b.budget.contractId] : []));
  const customers = new Map<string, string>();
  for (const p of ids)
    for (const c of await rowsWhereIn('itr_contract', contractRow, p, 'id', contractIds))
      customers.set(c.id, c.customer_id);

  const out: Accounted[] = [];
  for (const { project, budget } of budgets) {
    const key = keyOf.get(project)!;
    const [from, to] = span(budget);
    const customer = budget.contractId ? customers.get(budget.contractId) : undefined;
    const labour: LabourRow[] = budget.contractId
      ? customer
        ? await customerLabourSums(key, customer, from, to, boundaries)
        : []
      : ownLabour.filter((r) => r.project === key && r.month >= from && r.month <= to);
    const mine = <T extends { project_id: string }>(xs: readonly T[]) => xs.filter((x) => x.project_id === project);
    const summary = summarize(
      budget.phases,
      mine(periods)
        .map(settlementOf)
        .filter((s) => s.budgetId === budget.id),
      {
        labour: labour.map((r): LabourSum => ({
          author: r.author,
          month: r.month,
          segment: r.seg,
          seconds: r.seconds,
        })),
        pricer: pricer(mine(rates).map(rateOf), mine(roles).map(roleOf), days),
        costs: costs.filter((c) => c.budget_id === budget.id).map((c) => ({ month: c.month, cents: c.cents })),
      },
      today,
      method,
    );
    out.push({ project: key, budget, summary });
  }
  return out;
}
