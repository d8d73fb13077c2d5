// A month of a business calendar as the admin reads it: each local date's working hours from the weekly
// pattern or that date's override, and whether the date is an ordinary working day, a rest day, a holiday,
// a make-up working day (调休: hours on a day the week has none) or a working day with other hours.

export type Range = readonly [string, string];

export interface CalendarShape {
  readonly weekly?: Readonly<Record<string, readonly Range[] | undefined>> | undefined;
  readonly overrides?: Readonly<Record<string, readonly Range[] | undefined>> | undefined;
}

export type DayKind = 'working' | 'rest' | 'holiday' | 'makeup' | 'changed';

export interface MonthDay {
  /** YYYY-MM-DD. */
  readonly date: string;
  readonly day: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly kind: DayKind;
  readonly ranges: readonly Range[];
  /** Working minutes that start on this date (a range ending at or before its start runs past midnight). */
  readonly minutes: number;
  readonly overridden: boolean;
}

export interface Month {
  readonly year: number;
  readonly month: number;
  /** Monday-first weeks; null pads the days of the neighbouring months. */
  readonly weeks: ReadonlyArray<ReadonlyArray<MonthDay | null>>;
}

const pad = (n: number) => String(n).padStart(2, '0');
const clock = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** Minutes in the ranges; a malformed time counts as nothing (the check reports it at its field). */
export function rangeMinutes(ranges: readonly Range[]): number {
  return ranges.reduce((sum, [a, b]) => {
    const s = clock(a);
    const e = clock(b);
    if (!/^\d\d:\d\d$/.test(a) || !/^\d\d:\d\d$/.test(b) || Number.isNaN(s + e)) return sum;
    return sum + (e <= s ? e + 1440 - s : e - s);
  }, 0);
}

function kindOf(weekly: readonly Range[], override: readonly Range[] | undefined): DayKind {
  if (override === undefined) return weekly.length > 0 ? 'working' : 'rest';
  if (override.length === 0) return 'holiday';
  if (weekly.length === 0) return 'makeup';
  return JSON.stringify(override) === JSON.stringify(weekly) ? 'working' : 'changed';
}

/** The month `month` (1–12) of `year` under `spec`. */
export function monthOf(spec: CalendarShape, year: number, month: number): Month {
  const days = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const lead = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7; // Mondays first
  const cells: Array<MonthDay | null> = Array.from({ length: lead }, () => null);
  for (let day = 1; day <= days; day++) {
    const date = `${year}-${pad(month)}-${pad(day)}`;
    const weekday = ((lead + day - 1) % 7) + 1;
    const weekly = spec.weekly?.[String(weekday)] ?? [];
    const override = spec.overrides?.[date];
    const ranges = override ?? weekly;
    cells.push({
      date,
      day,
      weekday,
      kind: kindOf(weekly, override),
      ranges,
      minutes: rangeMinutes(ranges),
      overridden: override !== undefined,
    });
  }
  while (cells.length % 7) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7));
  return { year, month, weeks };
}

/** The month `by` months after year/month. */
export function shiftMonth(year: number, month: number, by: number): { year: number; month: number } {
  const index = year * 12 + (month - 1) + by;
  return { year: Math.floor(index / 12), month: (index % 12) + 1 };
}
