// Where a calendar month of a time zone begins and ends, as instants: what turns a range of cycle stops
// into the month KPI facts are counted in (monthOf's inverse).

import { monthOf, type Month } from './months';

const HOUR = 3_600_000;

/** The first instant of `month` ('YYYY-MM') in `zone`. Zones are within 14 hours of UTC, and monthOf
 * only moves forward with time, so the start is found by halving that window. */
export function monthStart(month: Month, zone: string): number {
  const [y, m] = month.split('-').map(Number) as [number, number];
  let lo = Date.UTC(y, m - 1, 1) - 15 * HOUR; // still the month before, everywhere
  let hi = Date.UTC(y, m - 1, 1) + 15 * HOUR; // already this month, everywhere
  while (hi - lo > 1) {
    const mid = Math.floor((lo + hi) / 2);
    if (monthOf(mid, zone) < month) lo = mid;
    else hi = mid;
  }
  return hi;
}

/** The month after `month`. */
export function nextMonth(month: Month): Month {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}
