// The finance gadget's queries for the gadget-query bench (bench/gadget-queries.ts appends them), in its
// entry shape: the app's own SQL with what a dashboard of five projects over twelve months sends. Labour is
// summed per project, person, month and rate segment (six change days of rates and roles in the year).

import { COSTS_SQL, CONTRACT_LABOUR_SQL, LABOUR_SQL } from '../src/platform/sql/gadgets/finance';

type Param = string | number;

interface Spread {
  readonly projects: readonly string[];
  readonly months: readonly string[];
  readonly customers: readonly string[];
}

const CATEGORIES = ['parts', 'supplier', 'travel', 'valueAdded', 'other'] as const;

export function financeQueries(data: Spread) {
  const five = data.projects.slice(0, 5);
  const last12 = data.months.slice(-12);
  const from = last12[0]!;
  const to = last12.at(-1)!;
  // Rate and role change days: the first of every other month of the year, as instants (Shanghai).
  const boundaries = last12.filter((_, i) => i % 2 === 0).map((m) => Date.parse(`${m}-01T00:00:00+08:00`));
  return [
    {
      name: 'finance: labour seconds per project, person, month and rate segment, 5 projects × 12 months',
      sql: LABOUR_SQL(five.length, boundaries.length),
      params: [...boundaries, ...five, from, to] as Param[],
    },
    {
      name: 'finance: labour of one customer contract (issue facts join), 12 months',
      sql: CONTRACT_LABOUR_SQL(boundaries.length),
      params: [...boundaries, five[0]!, from, to, data.customers[0]!] as Param[],
    },
    {
      name: 'finance: recorded costs per budget and month, 5 projects',
      sql: COSTS_SQL(five.length),
      params: [...five] as Param[],
      seed: {
        table: 'itr_fin_cost',
        rows: 20_000,
        row: (i: number) => ({
          project_id: data.projects[i % data.projects.length]!,
          id: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
          budget_id: `00000000-0000-4000-9000-${String(i % 40).padStart(12, '0')}`,
          spent_on: `${data.months[i % data.months.length]!}-${String((i % 28) + 1).padStart(2, '0')}`,
          category: CATEGORIES[i % CATEGORIES.length]!,
          amount_cents: 1000 + (i % 997) * 100,
          note: `cost ${i}`,
          supplier_id: null,
          updated_at: 0,
          updated_by: 'bench',
        }),
      },
    },
  ];
}
