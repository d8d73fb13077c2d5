// Working days on a business calendar: a local date (in the calendar's zone) is a working day when the
// calendar opens at any moment of it, so holidays and make-up working days (调休) count as the calendar
// says. Months are local to the zone too: a report month starts at local midnight on the 1st.

import { DAY_MS, utcYear } from '../time/civil';
import type { BusinessCalendar } from '../time/calendar';
import { yearSegments } from '../time/zone';

/** 'YYYY-MM'. */
export type Month = string;

function offsetAt(zone: string, t: number): number {
  const seg = yearSegments(zone, utcYear(t)).find((s) => t >= s.from && t < s.to);
  return seg?.offset ?? 0;
}

/** The local date ('YYYY-MM-DD') of an instant in a zone. */
export function localDate(zone: string, t: number): string {
  return new Date(t + offsetAt(zone, t)).toISOString().slice(0, 10);
}

/** The instant of local midnight starting a date in a zone (the earliest instant reading that date). */
export function localMidnight(zone: string, date: string): number {
  const wall = Date.parse(`${date}T00:00:00Z`);
  // Two passes settle the offset even when the guess falls across a change.
  let t = wall - offsetAt(zone, wall);
  t = wall - offsetAt(zone, t);
  return t;
}

const monthIndex = (m: Month): number => Number(m.slice(0, 4)) * 12 + Number(m.slice(5, 7)) - 1;
const monthOf = (i: number): Month =>
  `${String(Math.floor(i / 12)).padStart(4, '0')}-${String((i % 12) + 1).padStart(2, '0')}`;

export const nextMonth = (m: Month): Month => monthOf(monthIndex(m) + 1);
export const previousMonth = (m: Month): Month => monthOf(monthIndex(m) - 1);

/** The month an instant falls in, locally. */
export const monthAt = (zone: string, t: number): Month => localDate(zone, t).slice(0, 7);

/** [from, to) instants of a local month. */
export function monthBounds(zone: string, m: Month): { readonly from: number; readonly to: number } {
  return { from: localMidnight(zone, `${m}-01`), to: localMidnight(zone, `${nextMonth(m)}-01`) };
}

/** The local working dates of a month, in order. */
export function workingDays(cal: BusinessCalendar, zone: string, m: Month): string[] {
  const { from, to } = monthBounds(zone, m);
  const days = new Set<string>();
  for (const [a, b] of cal.openings(from, to)) {
    // Every local date the opening touches (a 24-hour calendar opens in one long interval).
    for (let t = a; t < b; t = localMidnight(zone, localDate(zone, t + DAY_MS))) days.add(localDate(zone, t));
  }
  return [...days].filter((d) => d.startsWith(m)).sort();
}

/** The n-th (1-based) working date of a month; throws when the month has fewer (a calendar that never opens). */
export function nthWorkingDay(cal: BusinessCalendar, zone: string, m: Month, n: number): string {
  const days = workingDays(cal, zone, m);
  const d = days[n - 1];
  if (d === undefined) throw new RangeError(`${m} has ${days.length} working days on this calendar, not ${n}.`);
  return d;
}
