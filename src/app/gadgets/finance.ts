// "Budget vs actual and ROI": one row per project and month of the window that a chosen budget covers —
// the month's budget and actual, both to date, the budget at completion and the forecast at completion as
// of the month's end, and the four benefit measures of the month. Money is in the budget's currency, in
// cents (the cells show and export it ÷ 100); a project with several budgets in a month (contracts) adds
// them up, counting a person who logged work on two of them once.

import type { GadgetTable } from '../../contract/gadgets';
import type { FinanceSettings } from '../../contract/gadgets/finance';
import { measures } from '../../domain/finance/accounting';
import { projectsWith } from '../../platform/jira/api';
import { JiraClient } from '../../platform/jira/client';
import { accountBudgets, type Accounted } from '../finance/accounting';
import type { GadgetCall } from '../gadget-call';

export const FINANCE_COLUMNS = [
  { key: 'month', kind: 'month' },
  { key: 'project', kind: 'text' },
  { key: 'currency', kind: 'text' },
  { key: 'budget', kind: 'money' },
  { key: 'actual', kind: 'money' },
  { key: 'budgetToDate', kind: 'money' },
  { key: 'actualToDate', kind: 'money' },
  { key: 'budgetAtCompletion', kind: 'money' },
  { key: 'forecast', kind: 'money' },
  { key: 'income', kind: 'money' },
  { key: 'ioRatio', kind: 'ratio' },
  { key: 'roi', kind: 'percent' },
  { key: 'netOutput', kind: 'money' },
  { key: 'perCapita', kind: 'money' },
  { key: 'people', kind: 'count' },
] as const;

/** Money cells are whole cents, as the gadgets' cells format them (÷ 100) and the CSV keeps them. */
const money = (cents: number) => Math.round(cents);

export async function financeGadget(s: FinanceSettings, call: GadgetCall): Promise<GadgetTable> {
  if (call.projects.length === 0) return { columns: FINANCE_COLUMNS, rows: [] };
  const refs = (await projectsWith(new JiraClient({ as: 'user' }), 'keys', call.projects)).map((p) => ({
    id: p.id,
    key: p.key,
  }));
  const accounted = await accountBudgets(
    refs,
    (b) => (s.budgets === 'project' ? b.contractId === null : b.contractId !== null),
    s.forecast,
    call.now,
  );
  return { columns: FINANCE_COLUMNS, rows: financeRows(accounted, call.months) };
}

/** The table's rows from budgets' accounting: by month, then project. */
export function financeRows(
  accounted: readonly Accounted[],
  months: readonly string[],
): Array<Record<string, string | number | null>> {
  const out: Array<Record<string, string | number | null>> = [];
  for (const month of months)
    for (const project of [...new Set(accounted.map((a) => a.project))].sort()) {
      const here = accounted
        .filter((a) => a.project === project)
        .flatMap((a) => {
          const m = a.summary.months.find((x) => x.month === month);
          return m ? [{ a, m }] : [];
        });
      if (here.length === 0) continue;
      const sum = (f: (x: (typeof here)[number]) => number) => here.reduce((t, x) => t + f(x), 0);
      const income = sum((x) => x.m.income);
      const actual = sum((x) => x.m.actual);
      const people = new Set(here.flatMap((x) => x.m.authors)).size;
      const mm = measures(income, actual, people);
      const forecasts = here.map((x) => x.m.forecast);
      out.push({
        month,
        project,
        currency: [...new Set(here.map((x) => x.a.budget.currency))].join('/'),
        budget: money(sum((x) => x.m.budget)),
        actual: money(actual),
        budgetToDate: money(sum((x) => x.m.budgetToDate)),
        actualToDate: money(sum((x) => x.m.actualToDate)),
        budgetAtCompletion: money(sum((x) => x.a.summary.totals.budget)),
        forecast: forecasts.some((f) => f === null) ? null : money(forecasts.reduce((t, f) => t! + f!, 0)!),
        income: money(income),
        ioRatio: mm.ioRatio,
        roi: mm.roi,
        netOutput: money(mm.netOutput),
        perCapita: mm.perCapita === null ? null : money(mm.perCapita),
        people,
      });
    }
  return out;
}
