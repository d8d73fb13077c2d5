// Business-time engine vs moment-business-time (with moment-timezone), same cases, same run.
// Prints ops/s of each, the ratio, agreement on every case, and calendar compile times.

import moment from 'moment-timezone';
import 'moment-business-time';
import { compileCalendar, type BusinessCalendar, type CalendarSpec, type TimeRange } from '../src/domain/time/calendar';
import { chinaHolidayOverrides } from '../src/domain/time/cn-holidays';
import { formatRate, printTable, prng, throughput } from './support/measure';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
const TARGET_RATIO = 1000;
const COMPILE_TARGET_MS = 10;

interface Family {
  name: string;
  spec: CalendarSpec;
  /** What the peer can express: weekly hours (Sunday = 0) and dates off. */
  peerHours: Record<number, string[] | null>;
  peerHolidays: string[];
  /** Our spec without what the peer cannot express, to show the remaining difference is only that. */
  peerEquivalent?: CalendarSpec;
  /** The peer's workingDiff is wrong with two segments a day (lennym/moment-business-time#42). */
  elapsedComparable: boolean;
}

const toPeer = (ranges: TimeRange[] | undefined): string[] | null =>
  ranges && ranges.length ? ranges.flatMap(([a, b]) => [`${a}:00`, `${b}:00`]) : null;

function family(
  name: string,
  zone: string,
  weekly: CalendarSpec['weekly'],
  off: string[],
  extra: Record<string, TimeRange[]> = {},
): Family {
  const holidays = Object.fromEntries(off.map((d) => [d, [] as TimeRange[]]));
  const spec: CalendarSpec = { timeZone: zone, weekly, overrides: { ...holidays, ...extra } };
  const peerHours: Record<number, string[] | null> = {};
  for (let d = 0; d < 7; d++) peerHours[d] = toPeer(weekly[(d === 0 ? 7 : d) as 1]);
  const hasExtra = Object.values(extra).some((r) => r.length > 0);
  const elapsedComparable = Object.values(weekly).every((r) => r.length <= 1);
  return {
    name,
    spec,
    peerHours,
    peerHolidays: off,
    elapsedComparable,
    ...(hasExtra ? { peerEquivalent: { timeZone: zone, weekly, overrides: holidays } } : {}),
  };
}

const usHolidays = [
  '2025-01-01',
  '2025-01-20',
  '2025-02-17',
  '2025-05-26',
  '2025-06-19',
  '2025-07-04',
  '2025-09-01',
  '2025-10-13',
  '2025-11-11',
  '2025-11-27',
  '2025-12-25',
  '2026-01-01',
  '2026-01-19',
  '2026-02-16',
  '2026-05-25',
  '2026-06-19',
  '2026-07-03',
  '2026-09-07',
  '2026-10-12',
  '2026-11-11',
  '2026-11-26',
  '2026-12-25',
];
const weekdays = (day: TimeRange[]): CalendarSpec['weekly'] => ({ 1: day, 2: day, 3: day, 4: day, 5: day });
const china = (day: TimeRange[], name: string): Family => {
  const cn = chinaHolidayOverrides(day);
  return family(
    name,
    'Asia/Shanghai',
    weekdays(day),
    Object.keys(cn).filter((d) => cn[d]!.length === 0),
    Object.fromEntries(Object.entries(cn).filter(([, r]) => r.length > 0)),
  );
};

const families: Family[] = [
  family(
    'America/New_York 09–17, US holidays (DST inside spans)',
    'America/New_York',
    weekdays([['09:00', '17:00']]),
    usHolidays,
  ),
  china([['09:00', '18:00']], 'Asia/Shanghai 09–18, official holidays + make-up days (调休)'),
  family(
    'America/New_York 09–12 + 13–17, US holidays',
    'America/New_York',
    weekdays([
      ['09:00', '12:00'],
      ['13:00', '17:00'],
    ]),
    usHolidays,
  ),
  china(
    [
      ['09:00', '12:00'],
      ['13:30', '18:00'],
    ],
    'Asia/Shanghai 09–12 + 13:30–18, holidays + make-up days',
  ),
];
const cnDay: TimeRange[] = [
  ['09:00', '12:00'],
  ['13:30', '18:00'],
];
const cnOverrides = chinaHolidayOverrides(cnDay);

interface Row {
  family: string;
  op: string;
  ours: number;
  peer: number;
  agree: string;
}

function configurePeer(f: Family): void {
  moment.updateLocale('en', { workinghours: f.peerHours, holidays: f.peerHolidays });
}

function peerElapsed(zone: string, from: number, to: number): number {
  return moment.tz(to, zone).workingDiff(moment.tz(from, zone), 'milliseconds', true);
}

function peerDeadline(zone: string, from: number, budget: number): number {
  return moment.tz(from, zone).addWorkingTime(budget, 'milliseconds').valueOf();
}

function agreement(
  cases: number,
  ours: (i: number) => number,
  peer: (i: number) => number,
  equivalent?: (i: number) => number,
): string {
  let same = 0;
  let explained = 0;
  for (let i = 0; i < cases; i++) {
    const p = peer(i);
    if (ours(i) === p) same++;
    else if (equivalent && equivalent(i) === p) explained++;
  }
  const unexplained = cases - same - explained;
  let text = `${same}/${cases} equal`;
  if (explained) text += `; ${explained} differ only by make-up days`;
  if (unexplained) text += `; ${unexplained} UNEXPLAINED`;
  return text;
}

function run(): boolean {
  const rows: Row[] = [];
  const random = prng(20251123);
  const start = Date.UTC(2025, 0, 1);
  const window = Date.UTC(2026, 11, 1) - start;

  for (const f of families) {
    configurePeer(f);
    const zone = f.spec.timeZone;
    const cal = compileCalendar(f.spec);
    const eq: BusinessCalendar | undefined = f.peerEquivalent && compileCalendar(f.peerEquivalent);

    const spans = [
      { op: 'elapsed, spans ≤ 14 days', n: 1000, max: 14 * DAY },
      { op: 'elapsed, spans ≤ 1 year', n: 60, max: 365 * DAY },
    ];
    for (const { op, n, max } of f.elapsedComparable ? spans : []) {
      const from = Array.from({ length: n }, () => start + Math.floor(random() * window));
      const to = from.map((a) => a + Math.floor(random() * max));
      const ours = throughput(n, () => {
        for (let i = 0; i < n; i++) cal.elapsed(from[i]!, to[i]!);
      });
      const peer = throughput(
        n,
        () => {
          for (let i = 0; i < n; i++) peerElapsed(zone, from[i]!, to[i]!);
        },
        1000,
      );
      const agree = agreement(
        n,
        (i) => cal.elapsed(from[i]!, to[i]!),
        (i) => peerElapsed(zone, from[i]!, to[i]!),
        eq && ((i) => eq.elapsed(from[i]!, to[i]!)),
      );
      rows.push({ family: f.name, op, ours, peer, agree });
    }

    const n = 1000;
    const from = Array.from({ length: n }, () => start + Math.floor(random() * window));
    const budget = from.map(() => 1 + Math.floor(random() * 90 * HOUR));
    const ours = throughput(n, () => {
      for (let i = 0; i < n; i++) cal.deadline(from[i]!, budget[i]!);
    });
    const peer = throughput(
      n,
      () => {
        for (let i = 0; i < n; i++) peerDeadline(zone, from[i]!, budget[i]!);
      },
      1000,
    );
    const agree = agreement(
      n,
      (i) => cal.deadline(from[i]!, budget[i]!),
      (i) => peerDeadline(zone, from[i]!, budget[i]!),
      eq && ((i) => eq.deadline(from[i]!, budget[i]!)),
    );
    rows.push({ family: f.name, op: 'deadline, budgets ≤ 90 business hours', ours, peer, agree });
  }

  console.log('\n## Business-time engine vs moment-business-time 2 + moment-timezone (ops/s, same cases)\n');
  let ok = true;
  printTable(
    ['calendar', 'operation', 'ours', 'moment-business-time', 'ratio', 'agreement'],
    rows.map((r) => {
      const ratio = r.ours / r.peer;
      if (ratio < TARGET_RATIO || r.agree.includes('UNEXPLAINED')) ok = false;
      return [
        r.family,
        r.op,
        formatRate(r.ours),
        formatRate(r.peer),
        `${Math.round(ratio).toLocaleString('en')}×`,
        r.agree,
      ];
    }),
  );

  console.log(
    '\nWith two intervals a day, moment-business-time’s workingDiff is wrong (open issue lennym/moment-business-time#42: ' +
      'segments after `to` are subtracted), so those calendars are compared on deadline only.',
  );
  ok = compileTimes() && ok;
  return ok;
}

/** Compile + first query that builds one calendar-year; cold = zone never seen by this process. */
function compileTimes(): boolean {
  const weekly = weekdays(cnDay);
  const coldZones = [
    'Europe/Paris',
    'America/Chicago',
    'Australia/Sydney',
    'Europe/London',
    'America/Sao_Paulo',
    'Pacific/Auckland',
    'Asia/Tehran',
    'America/Havana',
  ];
  const year = (zone: string, y: number) => {
    const t0 = performance.now();
    compileCalendar({ timeZone: zone, weekly, overrides: cnOverrides }).elapsed(Date.UTC(y, 0, 1), Date.UTC(y, 11, 31));
    return performance.now() - t0;
  };
  const cold = coldZones.map((z) => year(z, 2026));
  const warm = Array.from({ length: 50 }, () => year('Europe/Paris', 2026));
  const max = (xs: number[]) => Math.max(...xs);
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
  console.log('\n## Compiling one calendar-year (compile + build the year’s interval table)\n');
  printTable(
    ['case', 'median ms', 'max ms', 'target'],
    [
      [
        'cold: a zone this process has not read yet (DST zones)',
        median(cold).toFixed(2),
        max(cold).toFixed(2),
        `< ${COMPILE_TARGET_MS} ms`,
      ],
      ['warm: zone offsets already read', median(warm).toFixed(2), max(warm).toFixed(2), `< ${COMPILE_TARGET_MS} ms`],
    ],
  );
  return max(cold) < COMPILE_TARGET_MS && max(warm) < COMPILE_TARGET_MS;
}

const ok = run();
console.log(
  ok
    ? `\nAll rows meet the targets (≥ ${TARGET_RATIO}× the peer, full agreement, compile < ${COMPILE_TARGET_MS} ms).`
    : '\nA TARGET WAS MISSED (see above).',
);
process.exitCode = ok ? 0 : 1;
