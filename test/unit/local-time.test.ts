// The project forms' date-time inputs read and write the reader's zone, across a daylight-saving change.
import { fromLocalInput, toLocalInput } from '../../static/project/records/local-time';

test('a Beijing instant shows and reads back as Beijing wall time', () => {
  const t = Date.parse('2026-03-09T13:00:00+08:00');
  expect(toLocalInput(t, 'Asia/Shanghai')).toBe('2026-03-09T13:00');
  expect(fromLocalInput('2026-03-09T13:00', 'Asia/Shanghai')).toBe(t);
});

test('either side of New York’s spring change, and nothing typed', () => {
  expect(fromLocalInput('2026-03-08T01:30', 'America/New_York')).toBe(Date.parse('2026-03-08T01:30:00-05:00'));
  expect(fromLocalInput('2026-03-08T03:30', 'America/New_York')).toBe(Date.parse('2026-03-08T03:30:00-04:00'));
  expect(toLocalInput(Date.parse('2026-03-08T03:30:00-04:00'), 'America/New_York')).toBe('2026-03-08T03:30');
  expect(fromLocalInput('', 'UTC')).toBeNaN();
  expect(toLocalInput(NaN, 'UTC')).toBe('');
});
