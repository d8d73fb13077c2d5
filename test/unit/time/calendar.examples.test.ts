// Worked examples a support manager can check by hand, the edges of the supported range, and bad input.

import { CalendarSpecError, compileCalendar, type CalendarSpec } from '../../../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../../../src/domain/time/cn-holidays';

const H = 3_600_000;
const at = (iso: string) => Date.parse(iso);
const nine2six: CalendarSpec['weekly'] = {
  1: [['09:00', '18:00']],
  2: [['09:00', '18:00']],
  3: [['09:00', '18:00']],
  4: [['09:00', '18:00']],
  5: [['09:00', '18:00']],
};

describe('China 5×8 with the official 2025/2026 schedules', () => {
  const cal = compileCalendar({
    timeZone: 'Asia/Shanghai',
    weekly: nine2six,
    overrides: chinaHolidayOverrides([['09:00', '18:00']]),
  });

  it('skips the Spring Festival and counts the make-up Sunday and Saturday', () => {
    // Fri 2025-01-24 17:00 +08 with 4 business hours: 1 h on Fri, then Sun 01-26 is a make-up day (调休).
    expect(cal.deadline(at('2025-01-24T17:00:00+08:00'), 4 * H)).toBe(at('2025-01-26T12:00:00+08:00'));
    // Mon 01-27 is a working day; 01-28 … 02-04 are off; 02-05 is the first day back.
    expect(cal.deadline(at('2025-01-27T17:00:00+08:00'), 2 * H)).toBe(at('2025-02-05T10:00:00+08:00'));
    // The whole festival week, Sat 02-08 make-up day included.
    expect(cal.elapsed(at('2025-01-28T00:00:00+08:00'), at('2025-02-09T00:00:00+08:00'))).toBe(4 * 9 * H);
  });

  it('National Day 2026: 10-01 … 10-07 off, Sat 10-10 worked', () => {
    expect(cal.elapsed(at('2026-09-28T00:00:00+08:00'), at('2026-10-12T00:00:00+08:00'))).toBe((3 + 2 + 1) * 9 * H);
  });
});

describe('DST', () => {
  const ny = compileCalendar({
    timeZone: 'America/New_York',
    weekly: { 7: [['01:00', '04:00']], 1: [['09:00', '17:00']] },
  });

  it('a wall interval that spans the spring-forward gap loses the missing hour', () => {
    expect(ny.elapsed(at('2025-03-09T00:00:00Z'), at('2025-03-10T00:00:00Z'))).toBe(2 * H);
  });

  it('a wall interval that spans the fall-back overlap counts the repeated hour twice', () => {
    expect(ny.elapsed(at('2025-11-02T00:00:00Z'), at('2025-11-03T00:00:00Z'))).toBe(4 * H);
    expect(ny.deadline(at('2025-11-02T05:00:00Z'), 2 * H)).toBe(at('2025-11-02T07:00:00Z')); // 01:00 EDT + 2 h = second 01:00 EST + 1 h
  });

  it('Lord Howe moves by 30 minutes', () => {
    const lh = compileCalendar({ timeZone: 'Australia/Lord_Howe', weekly: { 7: [['01:00', '03:00']] } });
    // 2025-10-05 02:00 → 02:30: the Sunday window is 1.5 h long.
    expect(lh.elapsed(at('2025-10-04T12:00:00Z'), at('2025-10-05T12:00:00Z'))).toBe(1.5 * H);
  });
});

describe('night shifts', () => {
  const cal = compileCalendar({
    timeZone: 'Europe/Berlin',
    weekly: { 5: [['22:00', '06:00']] },
    overrides: { '2025-12-26': [], '2025-12-27': [['00:00', '24:00']] },
  });

  it('an interval belongs to the date it starts on, so that date’s override governs it', () => {
    // Fri 12-26 is a holiday, so its 22:00–06:00 shift never starts; Sat 12-27 works all day.
    expect(cal.elapsed(at('2025-12-26T00:00:00+01:00'), at('2025-12-28T12:00:00+01:00'))).toBe(24 * H);
    // Fri 12-19 runs into Saturday 06:00.
    expect(cal.elapsed(at('2025-12-19T00:00:00+01:00'), at('2025-12-21T00:00:00+01:00'))).toBe(8 * H);
  });

  it('a deadline exactly used up at the end of a shift is the end of that shift, not the next start', () => {
    expect(cal.deadline(at('2025-12-19T22:00:00+01:00'), 8 * H)).toBe(at('2025-12-20T06:00:00+01:00'));
  });
});

describe('pauses', () => {
  const cal = compileCalendar({ timeZone: 'UTC', weekly: nine2six });
  const mon = at('2025-06-02T09:00:00Z');

  it('overlapping pauses count once and pauses in non-working time cost nothing', () => {
    const pauses = [
      [mon + H, mon + 3 * H],
      [mon + 2 * H, mon + 4 * H],
      [mon + 10 * H, mon + 20 * H],
    ] as const;
    expect(cal.elapsed(mon, mon + 9 * H, pauses)).toBe(6 * H);
    expect(cal.deadline(mon, 6 * H, pauses)).toBe(mon + 9 * H);
  });

  it('a pause that covers the start delays the clock until it ends', () => {
    expect(cal.deadline(mon, H, [[mon - H, mon + 2 * H]])).toBe(mon + 3 * H);
  });
});

describe('range and arguments', () => {
  const cal = compileCalendar({ timeZone: 'Pacific/Kiritimati', weekly: nine2six });

  it('works from 1970 to 2100, growing its tables both ways', () => {
    const y2100 = cal.elapsed(at('2100-01-01T00:00:00Z'), at('2101-01-01T00:00:00Z'));
    const y1970 = cal.elapsed(0, at('1971-01-01T00:00:00Z'));
    expect(y2100).toBeGreaterThan(250 * 9 * H);
    expect(y1970).toBeGreaterThan(250 * 9 * H);
    expect(cal.elapsed(0, at('2101-01-01T00:00:00Z'))).toBeGreaterThan(130 * 250 * 9 * H);
  });

  it('rejects instants outside the range, reversed spans, negative budgets and bad pauses', () => {
    expect(() => cal.elapsed(-1, 0)).toThrow(/from must be whole epoch ms/);
    expect(() => cal.elapsed(10, 5)).toThrow(/to \(5\) is before from \(10\)/);
    expect(() => cal.elapsed(0, 1.5)).toThrow(/to must be whole epoch ms/);
    expect(() => cal.deadline(0, -1)).toThrow(/budgetMs must be a non-negative/);
    expect(() => cal.deadline(0, 1, [[5, 2]])).toThrow(/pauses\[0\] must be \[start, end\]/);
    expect(() => cal.deadline(at('2100-12-31T00:00:00Z'), 1000 * H)).toThrow(/runs past 2101-01-01/);
  });

  it('a calendar with no working time has no deadline', () => {
    expect(() => compileCalendar({ timeZone: 'UTC', weekly: {} }).deadline(0, 1)).toThrow(/runs past/);
    expect(compileCalendar({ timeZone: 'UTC', weekly: {} }).elapsed(0, at('2030-01-01T00:00:00Z'))).toBe(0);
  });
});

describe('invalid specs name the offending field', () => {
  it.each<[string, unknown, RegExp]>([
    ['unknown zone', { timeZone: 'Mars/Olympus', weekly: {} }, /timeZone: unknown IANA time zone "Mars\/Olympus"/],
    [
      '25:00',
      { timeZone: 'UTC', weekly: { 3: [['09:00', '25:00']] } },
      /weekly\.3\[0\]\[1\]: "25:00" is not a time of day/,
    ],
    ['24:00 as a start', { timeZone: 'UTC', weekly: { 1: [['24:00', '02:00']] } }, /weekly\.1\[0\]\[0\]: "24:00"/],
    [
      'overlap on one day',
      {
        timeZone: 'UTC',
        weekly: {
          2: [
            ['09:00', '12:00'],
            ['11:30', '13:00'],
          ],
        },
      },
      /weekly\.2\[1\]: \["11:30","13:00"\] overlaps \["09:00","12:00"\]/,
    ],
    [
      'overlap with a night shift',
      {
        timeZone: 'UTC',
        weekly: {},
        overrides: {
          '2025-05-01': [
            ['20:00', '02:00'],
            ['21:00', '22:00'],
          ],
        },
      },
      /overrides\["2025-05-01"\]\[1\]: .* overlaps/,
    ],
    [
      'bad date',
      { timeZone: 'UTC', weekly: {}, overrides: { '2025-02-29': [] } },
      /overrides\["2025-02-29"\]: "2025-02-29" is not a date/,
    ],
    ['date out of range', { timeZone: 'UTC', weekly: {}, overrides: { '2101-01-01': [] } }, /between 1970 and 2100/],
    ['weekday 0', { timeZone: 'UTC', weekly: { 0: [] } }, /weekly: unknown weekday "0"/],
    ['not a pair', { timeZone: 'UTC', weekly: { 1: [['09:00']] } }, /weekly\.1\[0\]/],
    ['unknown field', { timeZone: 'UTC', weekly: {}, holidays: [] }, /unknown field "holidays"/],
    ['not an object', 'Mon-Fri 9-5', /a calendar spec must be an object/],
  ])('%s', (_name, spec, message) => {
    expect(() => compileCalendar(spec as CalendarSpec)).toThrow(CalendarSpecError);
    expect(() => compileCalendar(spec as CalendarSpec)).toThrow(message);
  });
});
