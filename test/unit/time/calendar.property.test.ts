// Exact agreement with the minute-stepping reference on generated calendars, and elapsed/deadline as
// inverses. Every family puts its instants near the days that break business-time code.

import fc from 'fast-check';
import { compileCalendar, type BusinessCalendar } from '../../../src/domain/time/calendar';
import { ReferenceCalendar } from '../../support/reference-calendar';
import {
  families,
  instantNear,
  overridesNear,
  pausesAround,
  twentyFourSeven,
  weeklyPattern,
} from '../../support/calendar-arbitraries';

const MINUTE = 60_000;
const END = Date.UTC(2101, 0, 1);

/** deadline(), or undefined when it rightly refuses: the budget is not there before the end of 2100. */
function deadlineOrNone(
  cal: BusinessCalendar,
  from: number,
  budget: number,
  pauses?: ReadonlyArray<readonly [number, number]>,
): number | undefined {
  try {
    return cal.deadline(from, budget, pauses);
  } catch (e) {
    if (!(e instanceof RangeError)) throw e;
    expect(cal.elapsed(from, END, pauses)).toBeLessThan(budget);
    return undefined;
  }
}
const RUNS = Number(process.env.PROPERTY_RUNS ?? 250);

describe.each(families)('$name', (family) => {
  const calendarSpec = fc
    .tuple(weeklyPattern, overridesNear(family.centres))
    .map(([weekly, extra]) => family.spec(weekly, extra));

  it('elapsed equals the minute-stepping reference, with and without pauses', () => {
    const cases = fc
      .tuple(calendarSpec, instantNear(family.centres, 3), fc.integer({ min: 0, max: 3 * 1440 }))
      .chain(([spec, from, span]) =>
        pausesAround(from, span).map((pauses) => ({ spec, from, to: from + span * MINUTE, pauses })),
      );
    fc.assert(
      fc.property(cases, ({ spec, from, to, pauses }) => {
        const cal = compileCalendar(spec);
        const ref = new ReferenceCalendar(spec);
        expect(cal.elapsed(from, to)).toBe(ref.elapsed(from, to));
        expect(cal.elapsed(from, to, pauses)).toBe(ref.elapsed(from, to, pauses));
      }),
      { numRuns: RUNS },
    );
  });

  it('deadline equals the minute-stepping reference, with and without pauses', () => {
    const cases = fc
      .tuple(calendarSpec, instantNear(family.centres, 3), fc.integer({ min: 0, max: 24 * 60 * MINUTE }), fc.boolean())
      .chain(([spec, from, budget, withPauses]) =>
        (withPauses ? pausesAround(from, 3 * 1440) : fc.constant([])).map((pauses) => ({ spec, from, budget, pauses })),
      );
    fc.assert(
      fc.property(cases, ({ spec, from, budget, pauses }) => {
        const limit = from + 6 * 1440 * MINUTE;
        const expected = new ReferenceCalendar(spec).deadline(from, budget, pauses, limit);
        const actual = deadlineOrNone(compileCalendar(spec), from, budget, pauses);
        if (expected === undefined) expect(actual ?? Infinity).toBeGreaterThan(limit);
        else expect(actual).toBe(expected);
      }),
      { numRuns: RUNS },
    );
  });

  it('deadline and elapsed are inverses (any ms, spans of weeks)', () => {
    fc.assert(
      fc.property(
        calendarSpec,
        instantNear(family.centres, 10),
        fc.integer({ min: 0, max: 59_999 }),
        fc.integer({ min: 0, max: 200 * 3600_000 }),
        (spec, fromMinute, ms, budget) => {
          const from = fromMinute + ms;
          const cal = compileCalendar(spec);
          const due = deadlineOrNone(cal, from, budget);
          if (due === undefined) return;
          expect(due).toBeGreaterThanOrEqual(from);
          expect(cal.elapsed(from, due)).toBe(budget);
          // earliest: one ms less is not enough
          if (budget > 0) expect(cal.elapsed(from, due - 1)).toBe(budget - 1);
        },
      ),
      { numRuns: RUNS * 2 },
    );
  });

  it('deadline and elapsed are inverses under overlapping pauses', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(calendarSpec, instantNear(family.centres, 5), fc.integer({ min: 0, max: 100 * 3600_000 }))
          .chain(([spec, from, budget]) =>
            pausesAround(from, 5 * 1440).map((pauses) => [spec, from, budget, pauses] as const),
          ),
        ([spec, from, budget, pauses]) => {
          const cal = compileCalendar(spec);
          const due = deadlineOrNone(cal, from, budget, pauses);
          if (due === undefined) return;
          expect(cal.elapsed(from, due, pauses)).toBe(budget);
          if (budget > 0) expect(cal.elapsed(from, due - 1, pauses)).toBeLessThan(budget);
          // pausing never brings a deadline earlier
          expect(due).toBeGreaterThanOrEqual(cal.deadline(from, budget));
        },
      ),
      { numRuns: RUNS },
    );
  });
});

describe('24×7', () => {
  it.each(['UTC', 'America/New_York', 'Australia/Lord_Howe'])('%s: elapsed is wall-independent real time', (zone) => {
    const cal = compileCalendar(twentyFourSeven(zone));
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: Date.UTC(2101, 0, 1) - 400 * 86_400_000 }),
        fc.integer({ min: 0, max: 400 * 86_400_000 }),
        (from, span) => {
          expect(cal.elapsed(from, from + span)).toBe(span);
          expect(cal.deadline(from, span)).toBe(from + span);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('agrees with the reference around a DST change, pauses included', () => {
    const spec = twentyFourSeven('Europe/Berlin');
    const centre = Date.parse('2025-10-26T01:00:00Z');
    fc.assert(
      fc.property(
        fc
          .tuple(instantNear([centre], 2), fc.integer({ min: 0, max: 2 * 1440 }))
          .chain(([from, span]) => pausesAround(from, span).map((pauses) => [from, span, pauses] as const)),
        ([from, span, pauses]) => {
          const to = from + span * MINUTE;
          expect(compileCalendar(spec).elapsed(from, to, pauses)).toBe(
            new ReferenceCalendar(spec).elapsed(from, to, pauses),
          );
        },
      ),
      { numRuns: 50 },
    );
  });
});
