// fast-check generators of calendars, instants and pauses for the business-time properties. Instants are
// whole minutes near the moments that break naive code: DST changes, holidays, make-up days, midnight.

import fc from 'fast-check';
import type { CalendarSpec, TimeRange } from '../../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../../src/domain/time/cn-holidays';

const MINUTE = 60_000;
const DAY = 86_400_000;

export interface Family {
  name: string;
  zone: string;
  /** Instants around which cases are drawn. */
  centres: number[];
  /** Build the spec from a generated weekly pattern. */
  spec: (weekly: CalendarSpec['weekly'], extra: Record<string, TimeRange[]>) => CalendarSpec;
}

const hhmm = (m: number) => `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
const iso = (s: string) => Date.parse(s);

/** Minutes biased to the values people write (whole and half hours, midnight) but any minute can occur. */
const minuteOfDay = fc.oneof(
  { weight: 3, arbitrary: fc.integer({ min: 0, max: 48 }).map((h) => h * 30) },
  { weight: 1, arbitrary: fc.integer({ min: 0, max: 1440 }) },
);

/** One day's intervals: 0–3 disjoint ones, the last possibly running past midnight. */
export const dayRanges: fc.Arbitrary<TimeRange[]> = fc
  .tuple(fc.uniqueArray(minuteOfDay, { maxLength: 6 }), fc.boolean(), minuteOfDay)
  .map(([points, wrap, wrapEnd]) => {
    const sorted = [...points].sort((a, b) => a - b);
    const ranges: TimeRange[] = [];
    for (let i = 0; i + 1 < sorted.length; i += 2) {
      const s = sorted[i]!;
      const e = sorted[i + 1]!;
      if (s < 1440) ranges.push([hhmm(s), hhmm(e)]);
    }
    const lastEnd = ranges.length ? sorted[2 * ranges.length - 1]! : 0;
    if (wrap && lastEnd < 1440) {
      const start = Math.max(lastEnd, Math.min(1439, wrapEnd === 1440 ? 1320 : Math.max(wrapEnd, 600)));
      const end = Math.min(wrapEnd % 1440, start); // end <= start: runs past midnight
      ranges.push([hhmm(start), hhmm(end)]);
    }
    return ranges;
  });

export const weeklyPattern: fc.Arbitrary<CalendarSpec['weekly']> = fc
  .array(fc.option(dayRanges, { nil: undefined }), { minLength: 7, maxLength: 7 })
  .map((days) => {
    const weekly: CalendarSpec['weekly'] = {};
    days.forEach((d, i) => {
      if (d !== undefined) weekly[(i + 1) as 1] = d;
    });
    return weekly;
  });

/** Extra per-date overrides (holidays or odd hours) on days near the centre. */
export function overridesNear(centres: number[]): fc.Arbitrary<Record<string, TimeRange[]>> {
  return fc
    .array(
      fc.tuple(
        fc.constantFrom(...centres),
        fc.integer({ min: -3, max: 3 }),
        fc.oneof(fc.constant([] as TimeRange[]), dayRanges),
      ),
      { maxLength: 3 },
    )
    .map((list) => {
      const out: Record<string, TimeRange[]> = {};
      for (const [c, d, r] of list) out[new Date(c + d * DAY).toISOString().slice(0, 10)] = r;
      return out;
    });
}

const plain =
  (zone: string) =>
  (weekly: CalendarSpec['weekly'], extra: Record<string, TimeRange[]>): CalendarSpec => ({
    timeZone: zone,
    weekly,
    overrides: extra,
  });

export const families: Family[] = [
  {
    name: 'Asia/Shanghai with official holidays and make-up days',
    zone: 'Asia/Shanghai',
    // Spring Festival 2025 (make-up Sunday 01-26, Saturday 02-08), National Day 2025, Spring Festival 2026, New Year 2026.
    centres: [
      iso('2025-01-27T00:00:00Z'),
      iso('2025-02-06T00:00:00Z'),
      iso('2025-10-05T00:00:00Z'),
      iso('2026-02-16T00:00:00Z'),
      iso('2026-01-02T00:00:00Z'),
    ],
    spec: (weekly, extra) => {
      const workday = weekly[1] && weekly[1].length > 0 ? weekly[1] : ([['09:00', '18:00']] as TimeRange[]);
      return { timeZone: 'Asia/Shanghai', weekly, overrides: { ...chinaHolidayOverrides(workday), ...extra } };
    },
  },
  {
    name: 'America/New_York across both DST changes',
    zone: 'America/New_York',
    centres: [
      iso('2025-03-09T07:00:00Z'),
      iso('2025-11-02T06:00:00Z'),
      iso('2026-03-08T07:00:00Z'),
      iso('2026-11-01T06:00:00Z'),
    ],
    spec: plain('America/New_York'),
  },
  {
    name: 'Europe/Berlin across both DST changes',
    zone: 'Europe/Berlin',
    centres: [
      iso('2025-03-30T01:00:00Z'),
      iso('2025-10-26T01:00:00Z'),
      iso('2026-03-29T01:00:00Z'),
      iso('2026-10-25T01:00:00Z'),
    ],
    spec: plain('Europe/Berlin'),
  },
  {
    name: 'Australia/Lord_Howe (30-minute DST)',
    zone: 'Australia/Lord_Howe',
    centres: [iso('2025-04-05T15:00:00Z'), iso('2025-10-04T15:30:00Z'), iso('2026-04-04T15:00:00Z')],
    spec: plain('Australia/Lord_Howe'),
  },
  {
    name: 'UTC night shifts and year boundaries',
    zone: 'UTC',
    centres: [iso('2025-12-31T22:00:00Z'), iso('2026-06-15T00:00:00Z')],
    spec: plain('UTC'),
  },
];

export const twentyFourSeven = (zone: string): CalendarSpec => ({
  timeZone: zone,
  weekly: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [['00:00', '24:00']]])),
});

/** A whole-minute instant within `spanDays` of one of the centres. */
export function instantNear(centres: number[], spanDays: number): fc.Arbitrary<number> {
  return fc
    .tuple(fc.constantFrom(...centres), fc.integer({ min: -spanDays * 1440, max: spanDays * 1440 }))
    .map(([c, m]) => c + m * MINUTE);
}

/** 0–4 pauses around [from, from + span], whole minutes, overlapping each other at will. */
export function pausesAround(from: number, spanMinutes: number): fc.Arbitrary<Array<[number, number]>> {
  return fc.array(
    fc
      .tuple(fc.integer({ min: -600, max: spanMinutes + 600 }), fc.integer({ min: 0, max: 1800 }))
      .map(([s, len]) => [from + s * MINUTE, from + (s + len) * MINUTE] as [number, number]),
    { maxLength: 4 },
  );
}
