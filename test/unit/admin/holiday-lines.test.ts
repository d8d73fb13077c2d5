// Pasted holiday lines become calendar overrides, with a specific error per line that cannot.
import { parseHolidayLines, type TimeRange } from '../../../src/contract/holiday-lines';

const DAY: TimeRange[] = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
];

test('days off become [], make-up working days the weekday hours; ranges, headings, notes and comments', () => {
  const r = parseHolidayLines(
    [
      '# 2027 (State Council notice)',
      '2027-01-01 off New Year',
      '2027-02-06..2027-02-08 休 春节',
      '2027-02-14 班',
      '',
      'work:',
      '2027-09-26',
      'off:',
      '2027-10-01~2027-10-02',
    ].join('\n'),
    DAY,
  );
  expect(r.errors).toEqual([]);
  expect(r.overrides).toEqual({
    '2027-01-01': [],
    '2027-02-06': [],
    '2027-02-07': [],
    '2027-02-08': [],
    '2027-02-14': DAY,
    '2027-09-26': DAY,
    '2027-10-01': [],
    '2027-10-02': [],
  });
  expect([r.daysOff, r.workDays]).toEqual([6, 2]);
});

test('each line that cannot be read says why, with its line number; the others still count', () => {
  const r = parseHolidayLines(
    [
      '2027-02-29 off', // not a date
      '2027-03-01 maybe', // unknown kind
      '2027-03-02', // no kind and no heading
      '2027-04-05..2027-04-01 off', // backwards
      '2027-01-01..2027-03-01 off', // too long
      '2027-05-01 off',
      '2027-05-01 work', // twice
      'someday: ',
    ].join('\n'),
    DAY,
  );
  expect(r.errors).toEqual([
    { line: 1, code: 'date', text: '2027-02-29' },
    { line: 2, code: 'kind', text: 'maybe' },
    { line: 3, code: 'kind', text: '' },
    { line: 4, code: 'range', text: '2027-04-05..2027-04-01' },
    { line: 5, code: 'range', text: '2027-01-01..2027-03-01' },
    { line: 7, code: 'twice', date: '2027-05-01', first: 6 },
    { line: 8, code: 'kind', text: 'someday' },
  ]);
  expect(r.overrides).toEqual({ '2027-05-01': [] });
});

test('a make-up day on a calendar without weekday hours is refused', () => {
  expect(parseHolidayLines('2027-02-14 work', []).errors).toEqual([{ line: 1, code: 'noHours' }]);
});
