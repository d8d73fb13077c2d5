// The calendar spec as users write it, its zod schema, and its normal form: minutes of the day.

import { z } from 'zod';
import { formatPath } from '../json-path';
import { FIRST_YEAR, LAST_YEAR, parseDate } from './civil';
import { isKnownTimeZone } from './zone';

export type IsoWeekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export type TimeRange = [string, string];

export interface CalendarSpec {
  /** IANA time zone name, e.g. "Asia/Shanghai". */
  timeZone: string;
  /** ISO weekday -> ["HH:mm","HH:mm"] intervals; "24:00" is a valid end; an end <= start runs past midnight. */
  weekly: Partial<Record<IsoWeekday, Array<TimeRange>>>;
  /** "YYYY-MM-DD" -> that date's intervals instead of the weekly ones; [] = holiday; hours on a weekend day = make-up working day (调休). */
  overrides?: Record<string, Array<TimeRange>>;
}

/** A working interval of one local date in minutes after its midnight; end > start, end <= 2 * 1440. */
export type DayInterval = readonly [number, number];

export interface NormalSpec {
  readonly timeZone: string;
  /** Index 1..7 (ISO weekday); index 0 unused. */
  readonly weekly: ReadonlyArray<ReadonlyArray<DayInterval>>;
  /** Day number -> intervals. */
  readonly overrides: ReadonlyMap<number, ReadonlyArray<DayInterval>>;
}

export class CalendarSpecError extends Error {
  constructor(readonly issues: ReadonlyArray<{ path: string; message: string }>) {
    super(`Invalid calendar spec: ${issues.map((i) => (i.path ? `${i.path}: ${i.message}` : i.message)).join('; ')}`);
    this.name = 'CalendarSpecError';
  }
}

const START_RE = /^([01]\d|2[0-3]):[0-5]\d$/;
const END_RE = /^(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const timeOf = (re: RegExp, range: string) =>
  z.string({ error: `must be a time "HH:mm" (${range})` }).refine((s) => re.test(s), {
    error: (i) => `${JSON.stringify(i.input)} is not a time of day "HH:mm" (${range})`,
  });

const rangeSchema = z.tuple([timeOf(START_RE, '00:00–23:59'), timeOf(END_RE, '00:00–24:00')], {
  error: 'must be a pair ["HH:mm", "HH:mm"]',
});

const dayListSchema = z
  .array(rangeSchema, { error: 'must be a list of ["HH:mm", "HH:mm"] intervals' })
  .superRefine((ranges, ctx) => {
    const sorted = ranges.map((r, index) => ({ index, iv: toDayInterval(r) })).sort((a, b) => a.iv[0] - b.iv[0]);
    for (let k = 1; k < sorted.length; k++) {
      const prev = sorted[k - 1]!;
      const cur = sorted[k]!;
      if (cur.iv[0] < prev.iv[1]) {
        ctx.addIssue({
          code: 'custom',
          path: [cur.index],
          message: `${JSON.stringify(ranges[cur.index])} overlaps ${JSON.stringify(ranges[prev.index])} on the same day`,
        });
      }
    }
  });

const weekdayKeys = ['1', '2', '3', '4', '5', '6', '7'] as const;

const specSchema = z
  .object(
    {
      timeZone: z
        .string({ error: 'must be an IANA time zone name such as "Asia/Shanghai"' })
        .refine(isKnownTimeZone, { error: (i) => `unknown IANA time zone ${JSON.stringify(i.input)}` }),
      weekly: z.strictObject(
        Object.fromEntries(weekdayKeys.map((k) => [k, dayListSchema.optional()])) as Record<
          (typeof weekdayKeys)[number],
          z.ZodOptional<typeof dayListSchema>
        >,
        {
          error: (i) =>
            i.code === 'unrecognized_keys'
              ? `unknown weekday ${i.keys.map((k) => JSON.stringify(k)).join(', ')}: keys are ISO weekdays "1" (Monday) to "7" (Sunday)`
              : 'must be an object keyed by ISO weekday "1" (Monday) to "7" (Sunday)',
        },
      ),
      overrides: z
        .record(z.string(), dayListSchema, { error: 'must be an object keyed by date "YYYY-MM-DD"' })
        .optional(),
    },
    {
      error: (i) =>
        i.code === 'unrecognized_keys'
          ? `unknown field ${i.keys.map((k) => JSON.stringify(k)).join(', ')}: a calendar has timeZone, weekly and overrides`
          : 'a calendar spec must be an object { timeZone, weekly, overrides? }',
    },
  )
  .strict()
  .superRefine((spec, ctx) => {
    for (const key of Object.keys(spec.overrides ?? {})) {
      const day = parseDate(key);
      const year = Number(key.slice(0, 4));
      if (day === undefined || year < FIRST_YEAR || year > LAST_YEAR) {
        ctx.addIssue({
          code: 'custom',
          path: ['overrides', key],
          message: `${JSON.stringify(key)} is not a date "YYYY-MM-DD" between ${FIRST_YEAR} and ${LAST_YEAR}`,
        });
      }
    }
  });

function minutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

function toDayInterval([start, end]: readonly [string, string]): DayInterval {
  const s = minutes(start);
  const e = minutes(end);
  return [s, e <= s ? e + 1440 : e];
}

/** Validates a spec and brings it to normal form; throws CalendarSpecError naming each offending field. */
export function normalizeSpec(input: unknown): NormalSpec {
  const parsed = specSchema.safeParse(input);
  if (!parsed.success) {
    throw new CalendarSpecError(parsed.error.issues.map((i) => ({ path: formatPath(i.path), message: i.message })));
  }
  const spec = parsed.data;
  const weekly: DayInterval[][] = [[]];
  for (const k of weekdayKeys) weekly.push(sortDay(spec.weekly[k] ?? []));
  const overrides = new Map<number, DayInterval[]>();
  for (const [key, ranges] of Object.entries(spec.overrides ?? {})) overrides.set(parseDate(key)!, sortDay(ranges));
  return { timeZone: spec.timeZone, weekly, overrides };
}

function sortDay(ranges: ReadonlyArray<readonly [string, string]>): DayInterval[] {
  return ranges.map(toDayInterval).sort((a, b) => a[0] - b[0]);
}
