// The calendar month view: each date's kind and working minutes from the weekly hours and the overrides,
// checked on the template's China calendar (National Day 2026 and its make-up Saturday).
import { ITR_TEMPLATE } from '../../../src/domain/config';
import { monthOf, rangeMinutes, shiftMonth, type MonthDay } from '../../../static/admin/config/month';
import { formatMinutes, parseMinutes } from '../../../static/admin/config/duration';

const china = ITR_TEMPLATE.calendars[0]!.spec;

function days(year: number, month: number): Map<string, MonthDay> {
  const m = monthOf(china, year, month);
  return new Map(m.weeks.flat().flatMap((d) => (d ? [[d.date, d] as const] : [])));
}

test('October 2026: the National Day holidays, the make-up Saturday, ordinary days', () => {
  const oct = days(2026, 10);
  expect(oct.size).toBe(31);
  for (let d = 1; d <= 7; d++) expect(oct.get(`2026-10-0${d}`)).toMatchObject({ kind: 'holiday', minutes: 0 });
  expect(oct.get('2026-10-10')).toMatchObject({ weekday: 6, kind: 'makeup', minutes: 450, overridden: true });
  expect(oct.get('2026-10-11')).toMatchObject({ weekday: 7, kind: 'rest', minutes: 0, overridden: false });
  expect(oct.get('2026-10-12')).toMatchObject({ weekday: 1, kind: 'working', minutes: 450 });
});

test('weeks start on Monday and are padded with the neighbouring months', () => {
  const m = monthOf(china, 2026, 10); // 1 October 2026 is a Thursday
  expect(m.weeks[0]!.slice(0, 3)).toEqual([null, null, null]);
  expect(m.weeks[0]![3]!.date).toBe('2026-10-01');
  expect(m.weeks.every((w) => w.length === 7)).toBe(true);
  expect(monthOf(china, 2026, 2).weeks.flat().filter(Boolean)).toHaveLength(28);
  expect(monthOf(china, 2028, 2).weeks.flat().filter(Boolean)).toHaveLength(29);
});

test('an override with other hours on a working day is told apart; hours past midnight count', () => {
  const spec = {
    weekly: { '1': [['09:00', '18:00']] as [string, string][] },
    overrides: {
      '2026-10-05': [['09:00', '12:00']] as [string, string][],
      '2026-10-12': [['09:00', '18:00']] as [string, string][],
    },
  };
  const oct = new Map(
    monthOf(spec, 2026, 10)
      .weeks.flat()
      .flatMap((d) => (d ? [[d.date, d] as const] : [])),
  );
  expect(oct.get('2026-10-05')).toMatchObject({ kind: 'changed', minutes: 180 });
  expect(oct.get('2026-10-12')).toMatchObject({ kind: 'working', overridden: true });
  expect(rangeMinutes([['22:00', '06:00']])).toBe(480);
  expect(rangeMinutes([['00:00', '24:00']])).toBe(1440);
  expect(rangeMinutes([['9', '18:00']])).toBe(0);
});

test('months shift across years', () => {
  expect(shiftMonth(2026, 12, 1)).toEqual({ year: 2027, month: 1 });
  expect(shiftMonth(2026, 1, -1)).toEqual({ year: 2025, month: 12 });
  expect(shiftMonth(2026, 10, -22)).toEqual({ year: 2024, month: 12 });
});

test('durations: minutes shown as hours and minutes, and read back from what admins type', () => {
  expect(formatMinutes(90, 'en')).toBe('1h 30m');
  expect(formatMinutes(4500, 'en')).toBe('75h');
  expect(formatMinutes(15, 'zh')).toBe('15分');
  expect(formatMinutes(450, 'zh')).toBe('7小时30分');
  for (const [input, minutes] of [
    ['90', 90],
    ['1h 30m', 90],
    ['1h30m', 90],
    ['1.5h', 90],
    ['2 hours', 120],
    ['7小时30分', 450],
    ['0', 0],
  ] as const)
    expect(parseMinutes(input)).toBe(minutes);
  for (const bad of ['', 'soon', '1h x', '-5']) expect(parseMinutes(bad)).toBeUndefined();
  for (const m of [0, 1, 59, 60, 61, 1440, 4500]) {
    expect(parseMinutes(formatMinutes(m, 'en'))).toBe(m);
    expect(parseMinutes(formatMinutes(m, 'zh'))).toBe(m);
  }
});
