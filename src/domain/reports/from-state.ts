// What an issue's evaluated state gives a monthly report: its completed SLA cycles that stopped in the
// month, and how each support tier did with it (OLA).

import type { ItrState } from '../state';
import type { CycleRow, TierRow } from './figures';

export function cyclesStoppedIn(
  issueKey: string,
  state: Pick<ItrState, 'goals'>,
  from: number,
  to: number,
): CycleRow[] {
  const out: CycleRow[] = [];
  for (const [goal, g] of Object.entries(state.goals))
    for (const c of g.cycles)
      if (c.stop !== null && c.elapsedMs !== undefined && c.stop >= from && c.stop < to)
        out.push({ issueKey, goal, start: c.start, stop: c.stop, met: c.elapsedMs <= c.targetMs });
  return out;
}

/** The OLA clock says it: a tier that reached its target is late ('breached', holding the issue or not), one
 * that let the issue go in time is on time ('met'), and one still holding it within target is open. */
export function tierOutcomes(state: Pick<ItrState, 'ola'>): TierRow[] {
  return Object.entries(state.ola)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([tier, c]) => ({ tier, outcome: c.state === 'breached' ? 'late' : c.state === 'met' ? 'onTime' : 'open' }));
}

/** Whether the state's customer (the customer record's id, or the Customer field's value: its name)
 * names this customer. */
export function isCustomers(stateCustomer: string | null, customer: { readonly id: string; readonly name: string }) {
  if (stateCustomer === null) return false;
  return stateCustomer === customer.id || stateCustomer.trim().toLowerCase() === customer.name.trim().toLowerCase();
}
