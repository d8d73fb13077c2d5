// China's official public-holiday schedules (State Council notices) as calendar overrides: days off become
// holidays, and the weekend days worked instead (调休) get the hours of an ordinary working day.

import schedule from './data/cn-public-holidays.json';
import type { TimeRange } from './spec';

type Year = { off: string[]; workdays: string[] };

/** Years the bundled schedule covers, e.g. [2025, 2026]. */
const CN_SCHEDULE_YEARS: readonly number[] = Object.keys(schedule)
  .filter((k) => /^\d{4}$/.test(k))
  .map(Number);

/** Overrides for a calendar whose ordinary working day is `workdayHours`. */
export function chinaHolidayOverrides(workdayHours: ReadonlyArray<TimeRange>): Record<string, TimeRange[]> {
  const out: Record<string, TimeRange[]> = {};
  for (const year of CN_SCHEDULE_YEARS) {
    const y = (schedule as unknown as Record<string, Year>)[String(year)]!;
    for (const d of y.off) out[d] = [];
    for (const d of y.workdays) out[d] = workdayHours.map(([a, b]) => [a, b]);
  }
  return out;
}
