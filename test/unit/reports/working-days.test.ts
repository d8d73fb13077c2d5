// Working days for report due dates, checked by hand against the State Council's 2026 schedule.

import { compileCalendar, type CalendarSpec } from '../../../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../../../src/domain/time/cn-holidays';
import {
  localDate,
  localMidnight,
  monthAt,
  monthBounds,
  nextMonth,
  nthWorkingDay,
  previousMonth,
  workingDays,
} from '../../../src/domain/reports/working-days';

const day: [string, string][] = [['09:00', '18:00']];
const weekdays = (h: [string, string][]): CalendarSpec['weekly'] => ({ 1: h, 2: h, 3: h, 4: h, 5: h });
const cn5x8 = compileCalendar({
  timeZone: 'Asia/Shanghai',
  weekly: weekdays(day),
  overrides: chinaHolidayOverrides(day),
});

test('October 2026: National Day 1–7 off, Saturday the 10th worked instead', () => {
  expect(workingDays(cn5x8, 'Asia/Shanghai', '2026-10').slice(0, 10)).toEqual([
    '2026-10-08',
    '2026-10-09',
    '2026-10-10',
    '2026-10-12',
    '2026-10-13',
    '2026-10-14',
    '2026-10-15',
    '2026-10-16',
    '2026-10-19',
    '2026-10-20',
  ]);
  expect(nthWorkingDay(cn5x8, 'Asia/Shanghai', '2026-10', 5)).toBe('2026-10-13');
  expect(nthWorkingDay(cn5x8, 'Asia/Shanghai', '2026-10', 10)).toBe('2026-10-20');
});

test('February 2026: the Spring Festival (15–23 off) and the make-up Saturdays 14 and 28', () => {
  const feb = workingDays(cn5x8, 'Asia/Shanghai', '2026-02');
  expect(feb).toContain('2026-02-14');
  expect(feb).toContain('2026-02-28');
  expect(feb.filter((d) => d >= '2026-02-15' && d <= '2026-02-23')).toEqual([]);
  expect(feb).toHaveLength(16); // 20 weekdays, 6 of them off (16–20, 23), 2 Saturdays worked
});

test('a round-the-clock calendar works every day, a month-long opening counted date by date', () => {
  const always = compileCalendar({
    timeZone: 'Asia/Shanghai',
    weekly: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [['00:00', '24:00']]])),
  });
  expect(workingDays(always, 'Asia/Shanghai', '2026-10')).toHaveLength(31);
  expect(nthWorkingDay(always, 'Asia/Shanghai', '2026-10', 5)).toBe('2026-10-05');
});

test('months and dates are local to the zone, across a daylight-saving change too', () => {
  expect(monthBounds('Asia/Shanghai', '2026-09')).toEqual({
    from: Date.parse('2026-09-01T00:00:00+08:00'),
    to: Date.parse('2026-10-01T00:00:00+08:00'),
  });
  expect(monthAt('Asia/Shanghai', Date.parse('2026-09-30T16:30:00Z'))).toBe('2026-10');
  expect(localMidnight('Europe/Berlin', '2026-03-29')).toBe(Date.parse('2026-03-29T00:00:00+01:00'));
  expect(localMidnight('Europe/Berlin', '2026-03-30')).toBe(Date.parse('2026-03-30T00:00:00+02:00'));
  expect(localDate('Europe/Berlin', Date.parse('2026-03-29T22:30:00Z'))).toBe('2026-03-30');
  const berlin = compileCalendar({ timeZone: 'Europe/Berlin', weekly: weekdays(day) });
  expect(workingDays(berlin, 'Europe/Berlin', '2026-03')).toHaveLength(22);
  expect([nextMonth('2026-12'), previousMonth('2026-01')]).toEqual(['2027-01', '2025-12']);
});

test('a calendar that never opens has no 5th working day: it says so', () => {
  const never = compileCalendar({ timeZone: 'Asia/Shanghai', weekly: {} });
  expect(() => nthWorkingDay(never, 'Asia/Shanghai', '2026-10', 5)).toThrow('2026-10 has 0 working days');
});
