// Civil (proleptic Gregorian) dates as day numbers: days since 1970-01-01, the same count Date.UTC uses.
// Wall-clock times are handled as "wall ms": the instant the same reading would be in UTC.

export const MINUTE_MS = 60_000;
export const DAY_MS = 86_400_000;

/** The supported range of instants: 1970-01-01T00:00Z up to (and including) 2101-01-01T00:00Z. */
export const MIN_INSTANT = 0;
export const MAX_INSTANT = Date.UTC(2101, 0, 1);
export const FIRST_YEAR = 1970;
export const LAST_YEAR = 2100;

const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Day number of a "YYYY-MM-DD" string, or undefined when it is not a real date. */
export function parseDate(text: string): number | undefined {
  const m = DATE_RE.exec(text);
  if (!m) return undefined;
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const ms = Date.UTC(y, mo - 1, d);
  const back = new Date(ms);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== mo - 1 || back.getUTCDate() !== d) return undefined;
  return ms / DAY_MS;
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a day number; 1970-01-01 was a Thursday. */
export function isoWeekday(day: number): 1 | 2 | 3 | 4 | 5 | 6 | 7 {
  return (((((day + 3) % 7) + 7) % 7) + 1) as 1 | 2 | 3 | 4 | 5 | 6 | 7;
}

/** UTC instant at which a year starts. */
export function yearStart(year: number): number {
  return Date.UTC(year, 0, 1);
}

/** UTC year an instant falls in. */
export function utcYear(t: number): number {
  return new Date(t).getUTCFullYear();
}
