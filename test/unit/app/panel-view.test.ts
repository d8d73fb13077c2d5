// The panel's view of a goal at a given instant: why its clock stands still (a waiting status, the
// evening or weekend, a public holiday), and where its calendar opens and closes next.

import { AHEAD_MS, describe as describeView } from '../../../src/app/panel-view';
import { evaluate } from '../../../src/domain/evaluate';
import { at, HOUR, Life, MIN, template } from '../../support/itr';

const cfg = template();
const cal = cfg.calendars.get(cfg.doc.defaultCalendar)!;
const printer = (created: number) =>
  new Life({
    created,
    fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
  });

function resolutionAt(life: Life, now: number) {
  const state = evaluate(life.issue(now), life.events, cfg, now).state;
  return describeView(cfg, state, now, true, null, null).goals.find((g) => g.id === 'resolution')!;
}

it.each([
  ['a Tuesday morning', null, '2026-03-03T10:00:00+08:00'],
  ['a Tuesday evening', 'hours', '2026-03-03T20:00:00+08:00'],
  ['a Saturday', 'hours', '2026-03-07T11:00:00+08:00'],
  ['the lunch break', 'hours', '2026-03-03T12:30:00+08:00'],
  ['Labour Day (Friday 1 May)', 'holiday', '2026-05-01T11:00:00+08:00'],
  ['a night inside the Labour Day holiday', 'holiday', '2026-05-01T23:00:00+08:00'],
  ['the weekend inside it', 'holiday', '2026-05-02T11:00:00+08:00'],
  ['the evening the holiday ends', 'hours', '2026-05-05T20:00:00+08:00'],
])('on %s the running clock stands still for: %s', (_, why, iso) => {
  const created = at('2026-03-02T09:30:00+08:00');
  const now = at(iso);
  const goal = resolutionAt(printer(created), now);
  expect(goal.pausedBy).toBe(why);
  expect(goal.calendar).toMatchObject({ open: cal.openings(now, now + AHEAD_MS), until: now + AHEAD_MS });
  for (const [a, b] of goal.calendar!.holidays) expect(cal.elapsed(a, b)).toBe(0);
  // Every weekday holiday hour ahead is told, bridged across the nights and weekend between them.
  for (const [a, b] of cal.holidays(now, now + AHEAD_MS))
    expect(goal.calendar!.holidays.some(([x, y]) => x <= a && b <= y)).toBe(true);
});

it('a waiting status pauses the clock: no calendar instants are sent, nothing counts down', () => {
  const created = at('2026-03-03T09:30:00+08:00');
  const life = printer(created).status(created + HOUR, 'Waiting for customer');
  const goal = resolutionAt(life, created + 2 * HOUR);
  expect(goal).toMatchObject({ pausedBy: 'status', calendar: null, state: 'paused' });
  expect(goal.leftMs).toBe(goal.targetMs - HOUR);
  expect(goal.riskLeftMs).toBe(goal.targetMs - Math.ceil(0.75 * goal.targetMs));
  expect(goal.leftMs! % MIN).toBe(0);
});
