// Where a calendar opens and closes, and which of its closed time is a holiday, against the
// minute-stepping reference: the runs of working minutes, and the minutes the weekly hours would work
// that an override closes. Plus a worked example a support manager can check by hand.

import fc from 'fast-check';
import { compileCalendar, type CalendarSpec } from '../../../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../../../src/domain/time/cn-holidays';
import { ReferenceCalendar } from '../../support/reference-calendar';
import { families, instantNear, overridesNear, weeklyPattern } from '../../support/calendar-arbitraries';

const MINUTE = 60_000;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);

/** Runs of minutes in [from, to) for which `holds` is true, as [start, end) pairs. */
function runs(from: number, to: number, holds: (t: number) => boolean): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let t = from; t < to; t += MINUTE) {
    if (!holds(t)) continue;
    const last = out[out.length - 1];
    if (last && last[1] === t) last[1] = t + MINUTE;
    else out.push([t, t + MINUTE]);
  }
  return out;
}

describe.each(families)('$name', (family) => {
  const calendarSpec = fc
    .tuple(weeklyPattern, overridesNear(family.centres))
    .map(([weekly, extra]) => family.spec(weekly, extra));

  it('openings are the runs of working minutes; holidays the weekly minutes an override closes', () => {
    const cases = fc.tuple(calendarSpec, instantNear(family.centres, 3), fc.integer({ min: 0, max: 3 * 1440 }));
    fc.assert(
      fc.property(cases, ([spec, from, span]) => {
        const to = from + span * MINUTE;
        const cal = compileCalendar(spec);
        const ref = new ReferenceCalendar(spec);
        const usual = new ReferenceCalendar({ ...spec, overrides: {} });
        expect(cal.openings(from, to)).toEqual(runs(from, to, (t) => ref.isWorking(t)));
        expect(cal.holidays(from, to)).toEqual(runs(from, to, (t) => usual.isWorking(t) && !ref.isWorking(t)));
      }),
      { numRuns: RUNS },
    );
  });
});

it('elapsed over [from, to) is the length of its openings (any ms, spans of weeks)', () => {
  const spec: CalendarSpec = {
    timeZone: 'Asia/Shanghai',
    weekly: {
      1: [['09:00', '18:00']],
      2: [
        ['09:00', '12:00'],
        ['13:00', '18:00'],
      ],
      6: [['22:00', '02:00']],
    },
    overrides: chinaHolidayOverrides([['09:00', '18:00']]),
  };
  const cal = compileCalendar(spec);
  const from = fc.integer({ min: Date.UTC(2025, 0, 1), max: Date.UTC(2027, 0, 1) });
  fc.assert(
    fc.property(from, fc.integer({ min: 0, max: 40 * 86_400_000 }), (a, span) => {
      const open = cal.openings(a, a + span);
      expect(open.reduce((sum, [s, e]) => sum + e - s, 0)).toBe(cal.elapsed(a, a + span));
      for (let i = 1; i < open.length; i++) expect(open[i]![0]).toBeGreaterThan(open[i - 1]![1]);
    }),
    { numRuns: RUNS },
  );
});

it('the 2026 Spring Festival: closed from Friday evening to the Tuesday after, holidays on the weekdays only', () => {
  const cal = compileCalendar({
    timeZone: 'Asia/Shanghai',
    weekly: Object.fromEntries([1, 2, 3, 4, 5].map((d) => [d, [['09:00', '18:00']]])),
    overrides: chinaHolidayOverrides([['09:00', '18:00']]),
  });
  const at = (s: string) => Date.parse(`${s}+08:00`);
  // Sat 02-14 is a make-up working day; 02-15 … 02-23 are off.
  expect(cal.openings(at('2026-02-13T12:00:00'), at('2026-02-25T00:00:00'))).toEqual([
    [at('2026-02-13T12:00:00'), at('2026-02-13T18:00:00')],
    [at('2026-02-14T09:00:00'), at('2026-02-14T18:00:00')],
    [at('2026-02-24T09:00:00'), at('2026-02-24T18:00:00')],
  ]);
  expect(cal.holidays(at('2026-02-13T12:00:00'), at('2026-02-25T00:00:00'))).toEqual(
    ['16', '17', '18', '19', '20', '23'].map((d) => [at(`2026-02-${d}T09:00:00`), at(`2026-02-${d}T18:00:00`)]),
  );
  expect(
    compileCalendar({ timeZone: 'UTC', weekly: { 1: [['09:00', '17:00']] } }).holidays(0, 86_400_000 * 30),
  ).toEqual([]);
});
