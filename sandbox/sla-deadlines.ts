// `npm run deadlines`: SLA deadlines on sample business calendars.
// Usage: npm run deadlines -- [--at 2026-02-13T16:30:00+08:00] [--pause 2026-02-14T10:00+08:00/2026-02-24T09:00+08:00]

import { compileCalendar, type CalendarSpec, type Pause, type TimeRange } from '../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../src/domain/time/cn-holidays';

const HOUR = 3_600_000;
const workday: TimeRange[] = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
];
const weekdays = (day: TimeRange[]): CalendarSpec['weekly'] => ({ 1: day, 2: day, 3: day, 4: day, 5: day });

const calendars: Array<{ name: string; spec: CalendarSpec }> = [
  {
    name: '5×8 Beijing (Mon–Fri 09:00–12:00, 13:30–18:00, official holidays and make-up days)',
    spec: { timeZone: 'Asia/Shanghai', weekly: weekdays(workday), overrides: chinaHolidayOverrides(workday) },
  },
  {
    name: '5×8 New York (Mon–Fri 09:00–17:00)',
    spec: { timeZone: 'America/New_York', weekly: weekdays([['09:00', '17:00']]) },
  },
  {
    name: '7×24 Beijing',
    spec: {
      timeZone: 'Asia/Shanghai',
      weekly: Object.fromEntries([1, 2, 3, 4, 5, 6, 7].map((d) => [d, [['00:00', '24:00']]])),
    },
  },
];

const goals = [
  { name: 'P1 first response', hours: 0.5 },
  { name: 'P1 resolution', hours: 4 },
  { name: 'P2 resolution', hours: 8 },
  { name: 'P3 resolution', hours: 22.5 },
];

function arg(name: string): string | undefined {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function instant(text: string, what: string): number {
  const t = Date.parse(text);
  if (Number.isNaN(t)) {
    console.error(`--${what}: "${text}" is not an ISO date-time such as 2026-02-13T16:30:00+08:00`);
    process.exit(2);
  }
  return t;
}

const at = instant(arg('at') ?? '2026-02-13T16:30:00+08:00', 'at');
const pauseArg = arg('pause');
const pauses: Pause[] = pauseArg
  ? [[instant(pauseArg.split('/')[0] ?? '', 'pause'), instant(pauseArg.split('/')[1] ?? '', 'pause')]]
  : [];

for (const { name, spec } of calendars) {
  const cal = compileCalendar(spec);
  const fmt = new Intl.DateTimeFormat('en-GB', {
    timeZone: spec.timeZone,
    weekday: 'short',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  console.log(`\n${name}\n  issue created ${fmt.format(at)}${pauses.length ? ' (clock paused as given)' : ''}`);
  for (const g of goals) {
    const due = cal.deadline(at, g.hours * HOUR, pauses);
    const wall = ((due - at) / HOUR).toFixed(1);
    console.log(`  ${g.name.padEnd(34)} due ${fmt.format(due)}   (${g.hours} business h = ${wall} wall-clock h)`);
  }
}
