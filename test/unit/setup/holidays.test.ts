// Holidays run out at the end of the last year a calendar's overrides reach: 60 days before, a warning.

import { holidayFindings } from '../../../src/app/setup/holidays';
import { ITR_TEMPLATE, parseConfig } from '../../../src/domain/config';

const withOverrides = (overrides: Record<string, Array<[string, string]>> | undefined) => {
  const c = structuredClone(ITR_TEMPLATE);
  c.calendars = [
    {
      id: 'office',
      name: { en: 'Office', zh: '办公室' },
      spec: { timeZone: 'Asia/Shanghai', weekly: { '1': [['09:00', '17:00']] }, ...(overrides ? { overrides } : {}) },
    },
  ];
  c.defaultCalendar = 'office';
  c.services = c.services.map((s) => ({ ...s, calendar: 'office', criticalWindows: [] }));
  c.ola.tiers = c.ola.tiers.map((t) => ({ ...t, calendar: 'office' }));
  c.sla.policies = c.sla.policies.map((p) => ({ ...p, calendar: 'office' }));
  return parseConfig(c);
};

test('a calendar whose last override year ends within 60 days warns, naming that year and how to add the next', () => {
  const doc = withOverrides({ '2026-10-01': [], '2026-10-10': [['09:00', '17:00']] });
  expect(holidayFindings(doc, Date.parse('2026-11-02T00:00:00Z'))).toEqual([
    {
      path: 'calendars[0].spec.overrides',
      severity: 'warning',
      code: 'holidays-ending',
      message:
        'Calendar "office" knows holidays only through 2026 (its last override is 2026-10-10); add 2027\'s as ' +
        'overrides once they are published: a day off is "2027-MM-DD": [], a make-up working day gets that ' +
        'day\'s hours, e.g. "2027-MM-DD": [["09:00","17:00"]].',
    },
  ]);
});

test('more than 60 days before the year ends, or without overrides, nothing', () => {
  expect(holidayFindings(withOverrides({ '2026-10-10': [] }), Date.parse('2026-10-31T00:00:00Z'))).toEqual([]);
  expect(holidayFindings(withOverrides(undefined), Date.parse('2030-01-01T00:00:00Z'))).toEqual([]);
});
