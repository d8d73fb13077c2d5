// A service project's accounting (seed 003: 核算) and benefit measures, month by month over its budget's
// phases. Pure: the app reads the rows, this decides what they mean.
//
// - Budget of a month: each phase's expense items (and, apart, its income items) spread evenly over the
//   phase's days, rounded so each phase's months add up to its amounts exactly.
// - Actual cost of a month: labour (Σ worklog seconds × the hourly rate in effect for the author's role on
//   the worklog's start day, ./rates.ts) + the recorded costs dated in it.
// - Income of a month (recognised): where a closed settlement period covers a day, what that period billed,
//   spread evenly over its days; on the other days up to today, the contract value of the day's phase spread
//   evenly over the phase's days. Billed, not received: income is earned when it is billed; what is still
//   to be received is a collection matter the settlement table shows beside it. Future days earn nothing.
// - Burn = actual / budget; variance = budget − actual (to date: budget of the elapsed months).
// - Forecast at completion, as of a month's end: actual through it + either the budget of the months
//   after it ('remaining') or the run rate (actual through it / months elapsed) × months left ('runRate').
// - The four benefit measures: input-output ratio = income / cost; ROI = (income − cost) / cost;
//   net output = income − cost; per-capita output = net output / people who logged work.

import { dayNumber, dayText, monthsBetween } from './days';
import type { LabourSum, Pricer } from './rates';

export type ForecastMethod = 'remaining' | 'runRate';
export const FORECAST_METHODS = ['remaining', 'runRate'] as const satisfies readonly ForecastMethod[];

export interface PhaseInput {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly income: { readonly contract: number; readonly extraWork: number };
  readonly expense: {
    readonly labour: number;
    readonly parts: number;
    readonly supplier: number;
    readonly travel: number;
    readonly valueAdded: number;
  };
}

export interface SettlementInput {
  readonly starts: string;
  readonly ends: string;
  readonly billedCents: number;
  readonly status: 'open' | 'closed';
}

export interface ActualsInput {
  readonly labour: readonly LabourSum[];
  readonly pricer: Pricer;
  /** Recorded costs summed by month. */
  readonly costs: ReadonlyArray<{ readonly month: string; readonly cents: number }>;
}

export interface Measures {
  /** Income / cost; null without cost. */
  readonly ioRatio: number | null;
  /** (Income − cost) / cost; null without cost. */
  readonly roi: number | null;
  /** Income − cost, cents. */
  readonly netOutput: number;
  /** Net output / people; null when nobody logged work. */
  readonly perCapita: number | null;
  /** People who logged work. */
  readonly people: number;
}

export interface FinanceMonth {
  readonly month: string;
  /** Budgeted expense and income of the month, cents. */
  readonly budget: number;
  readonly budgetIncome: number;
  readonly labour: number;
  readonly costs: number;
  /** Labour + recorded costs. */
  readonly actual: number;
  readonly income: number;
  readonly hours: number;
  /** Hours no rate priced (the author had no role, or the role no rate, on the day). */
  readonly unpricedHours: number;
  readonly budgetToDate: number;
  readonly actualToDate: number;
  /** Forecast at completion as of this month's end; null for months still to come. */
  readonly forecast: number | null;
  readonly measures: Measures;
  /** Who logged work (account ids, sorted): what per-capita output divides by. */
  readonly authors: readonly string[];
}

export interface PhaseTotals {
  readonly name: string;
  readonly from: string;
  readonly to: string;
  readonly income: number;
  readonly expense: number;
  /** Income − expense as budgeted. */
  readonly net: number;
}

export interface BudgetSummary {
  readonly months: readonly FinanceMonth[];
  readonly phases: readonly PhaseTotals[];
  readonly method: ForecastMethod;
  readonly totals: {
    /** Whole budget (expense) and income, at completion. */
    readonly budget: number;
    readonly budgetIncome: number;
    /** Budget of the months elapsed (the current one included). */
    readonly budgetToDate: number;
    readonly actual: number;
    readonly income: number;
    /** Actual / budget at completion; null for a budget of 0. */
    readonly burn: number | null;
    /** Budget to date − actual. */
    readonly variance: number;
    /** Null before the budget starts under the run rate (no rate yet). */
    readonly forecast: number | null;
    readonly unpricedHours: number;
    readonly measures: Measures;
  };
}

/** Input-output ratio, ROI, net output and per-capita output of an income, a cost and a head count. */
export function measures(income: number, cost: number, people: number): Measures {
  const netOutput = income - cost;
  return {
    ioRatio: cost > 0 ? income / cost : null,
    roi: cost > 0 ? netOutput / cost : null,
    netOutput,
    perCapita: people > 0 ? netOutput / people : null,
    people,
  };
}

const sumItems = (o: Readonly<Record<string, number>>) => Object.values(o).reduce((a, b) => a + b, 0);

/** An amount spread evenly over [from, to] by day, as cents per month adding up to the amount exactly. */
export function spread(amount: number, from: string, to: string): Map<string, number> {
  const first = dayNumber(from);
  const days = dayNumber(to) - first + 1;
  const out = new Map<string, number>();
  let done = 0;
  let given = 0;
  for (const month of monthsBetween(from, to)) {
    const end = Math.min(dayNumber(to), lastDayOf(month));
    done = end - first + 1;
    const upTo = Math.round((amount * done) / days);
    out.set(month, (out.get(month) ?? 0) + upTo - given);
    given = upTo;
  }
  return out;
}

function lastDayOf(month: string): number {
  const y = Number(month.slice(0, 4));
  const m = Number(month.slice(5, 7));
  return Date.UTC(y, m, 1) / 86_400_000 - 1;
}

/** Income recognised per month up to `today` (see the file's head). */
export function recognisedIncome(
  phases: readonly PhaseInput[],
  settlements: readonly SettlementInput[],
  today: string,
): Map<string, number> {
  const raw = new Map<string, number>();
  const closed = settlements.filter((s) => s.status === 'closed');
  const add = (day: number, cents: number) => {
    const month = dayText(day).slice(0, 7);
    raw.set(month, (raw.get(month) ?? 0) + cents);
  };
  const first = phases[0] ? dayNumber(phases[0].from) : 0;
  const last = phases.length ? dayNumber(phases[phases.length - 1]!.to) : -1;
  const todayN = dayNumber(today);
  for (let d = first; d <= last; d++) {
    const text = dayText(d);
    const period = closed.find((s) => s.starts <= text && text <= s.ends);
    if (period) add(d, period.billedCents / (dayNumber(period.ends) - dayNumber(period.starts) + 1));
    else if (d <= todayN) {
      const phase = phases.find((p) => p.from <= text && text <= p.to);
      if (phase) add(d, phase.income.contract / (dayNumber(phase.to) - dayNumber(phase.from) + 1));
    }
  }
  return new Map([...raw].map(([m, c]) => [m, Math.round(c)]));
}

export function summarize(
  phases: readonly PhaseInput[],
  settlements: readonly SettlementInput[],
  actuals: ActualsInput,
  today: string,
  method: ForecastMethod,
): BudgetSummary {
  const from = phases[0]!.from;
  const to = phases[phases.length - 1]!.to;
  const months = monthsBetween(from, to);
  const current = today.slice(0, 7);
  const budget = new Map<string, number>();
  const budgetIncome = new Map<string, number>();
  for (const p of phases) {
    for (const [m, c] of spread(sumItems(p.expense), p.from, p.to)) budget.set(m, (budget.get(m) ?? 0) + c);
    for (const [m, c] of spread(sumItems(p.income), p.from, p.to)) budgetIncome.set(m, (budgetIncome.get(m) ?? 0) + c);
  }
  const income = recognisedIncome(phases, settlements, today);

  const labour = new Map<string, { priced: number; seconds: number; unpriced: number; people: Set<string> }>();
  const everyone = new Set<string>();
  for (const s of actuals.labour) {
    if (s.seconds <= 0) continue;
    const l = labour.get(s.month) ?? { priced: 0, seconds: 0, unpriced: 0, people: new Set<string>() };
    const p = actuals.pricer.price(s);
    if (p === null) l.unpriced += s.seconds;
    else l.priced += p;
    l.seconds += s.seconds;
    l.people.add(s.author);
    everyone.add(s.author);
    labour.set(s.month, l);
  }
  const costs = new Map<string, number>();
  for (const c of actuals.costs) costs.set(c.month, (costs.get(c.month) ?? 0) + c.cents);

  const totalBudget = [...budget.values()].reduce((a, b) => a + b, 0);
  let budgetToDate = 0;
  let actualToDate = 0;
  let unpricedSeconds = 0;
  const out: FinanceMonth[] = [];
  months.forEach((month, i) => {
    const l = labour.get(month);
    const labourCents = l ? Math.round(l.priced / 3600) : 0;
    const costCents = costs.get(month) ?? 0;
    const actual = labourCents + costCents;
    const elapsed = month <= current;
    budgetToDate += elapsed ? (budget.get(month) ?? 0) : 0;
    actualToDate += actual;
    unpricedSeconds += l?.unpriced ?? 0;
    const inc = income.get(month) ?? 0;
    out.push({
      month,
      budget: budget.get(month) ?? 0,
      budgetIncome: budgetIncome.get(month) ?? 0,
      labour: labourCents,
      costs: costCents,
      actual,
      income: inc,
      hours: (l?.seconds ?? 0) / 3600,
      unpricedHours: (l?.unpriced ?? 0) / 3600,
      budgetToDate: elapsed ? budgetToDate : 0,
      actualToDate,
      forecast: elapsed ? forecastAt(method, actualToDate, i, months, budget) : null,
      measures: measures(inc, actual, l?.people.size ?? 0),
      authors: l ? [...l.people].sort() : [],
    });
  });
  const incomeToDate = out.reduce((a, m) => a + m.income, 0);
  const lastElapsed = [...out].reverse().find((m) => m.forecast !== null);
  const notStarted = method === 'remaining' ? totalBudget : null;
  return {
    months: out,
    phases: phases.map((p) => {
      const inc = sumItems(p.income);
      const exp = sumItems(p.expense);
      return { name: p.name, from: p.from, to: p.to, income: inc, expense: exp, net: inc - exp };
    }),
    method,
    totals: {
      budget: totalBudget,
      budgetIncome: [...budgetIncome.values()].reduce((a, b) => a + b, 0),
      budgetToDate,
      actual: actualToDate,
      income: incomeToDate,
      burn: totalBudget > 0 ? actualToDate / totalBudget : null,
      variance: budgetToDate - actualToDate,
      forecast: lastElapsed ? lastElapsed.forecast : notStarted,
      unpricedHours: unpricedSeconds / 3600,
      measures: measures(incomeToDate, actualToDate, everyone.size),
    },
  };
}

/** Forecast at completion as of the end of months[i], given the actual through it. */
export function forecastAt(
  method: ForecastMethod,
  actualThrough: number,
  i: number,
  months: readonly string[],
  budget: ReadonlyMap<string, number>,
): number {
  const left = months.slice(i + 1);
  if (method === 'remaining') return actualThrough + left.reduce((a, m) => a + (budget.get(m) ?? 0), 0);
  return Math.round(actualThrough + (actualThrough / (i + 1)) * left.length);
}
