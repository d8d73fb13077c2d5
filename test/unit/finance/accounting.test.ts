// The finance domain's pure parts: pricing worklog sums per rate segment equals pricing each worklog on its
// own start day (the claim that lets SQL sum them); budgets spread by day add up exactly; day starts in
// zones with daylight saving; forecasts and measures as their formulas say.

import fc from 'fast-check';
import { forecastAt, measures, spread, summarize } from '../../../src/domain/finance/accounting';
import { dayOf, dayStart, monthsBetween } from '../../../src/domain/finance/days';
import {
  changeDays,
  inEffect,
  pricer,
  type LabourSum,
  type RateLine,
  type RoleLine,
} from '../../../src/domain/finance/rates';

const ZONE = 'Asia/Shanghai';
const DAYS = Array.from({ length: 365 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + i)).toISOString().slice(0, 10));
const day = fc.constantFrom(...DAYS);
const people = ['a', 'b', 'c'];
const roleNames = ['engineer', 'senior'];

const world = fc.record({
  rates: fc.array(
    fc.record({
      role: fc.constantFrom(...roleNames),
      rateCents: fc.integer({ min: 0, max: 100_000 }),
      effectiveFrom: day,
    }),
    { maxLength: 6 },
  ),
  roles: fc.array(
    fc.record({ accountId: fc.constantFrom(...people), role: fc.constantFrom(...roleNames), effectiveFrom: day }),
    { maxLength: 6 },
  ),
  worklogs: fc.array(
    fc.record({
      author: fc.constantFrom(...people),
      started: fc.integer({
        min: Date.parse('2026-01-01T00:00:00+08:00'),
        max: Date.parse('2026-12-31T23:59:59+08:00'),
      }),
      seconds: fc.integer({ min: 60, max: 36_000 }),
    }),
    { maxLength: 40 },
  ),
});

/** What MariaDB's INTERVAL(started, b1, …) answers: how many boundaries are at or before `started`. */
const segmentOf = (started: number, boundaries: readonly number[]) => boundaries.filter((b) => b <= started).length;

test('segment sums priced once equal each worklog priced on its own start day', () => {
  fc.assert(
    fc.property(world, ({ rates, roles, worklogs }) => {
      const unique = <T extends { effectiveFrom: string }>(xs: T[], key: (x: T) => string) => [
        ...new Map(xs.map((x) => [`${key(x)} ${x.effectiveFrom}`, x])).values(),
      ];
      const r: RateLine[] = unique(rates, (x) => x.role);
      const p: RoleLine[] = unique(roles, (x) => x.accountId);
      const days = changeDays(r, p);
      const boundaries = days.map((d) => dayStart(d, ZONE));
      const sums = new Map<string, LabourSum>();
      for (const w of worklogs) {
        const s = {
          author: w.author,
          month: dayOf(w.started, ZONE).slice(0, 7),
          segment: segmentOf(w.started, boundaries),
        };
        const k = JSON.stringify(s);
        sums.set(k, { ...s, seconds: (sums.get(k)?.seconds ?? 0) + w.seconds });
      }
      const price = pricer(r, p, days);
      let bySegment = 0;
      let unpricedBySegment = 0;
      for (const s of sums.values()) {
        const x = price.price(s);
        if (x === null) unpricedBySegment += s.seconds;
        else bySegment += x;
      }
      let each = 0;
      let unpricedEach = 0;
      for (const w of worklogs) {
        const d = dayOf(w.started, ZONE);
        const role = inEffect(
          p.filter((x) => x.accountId === w.author),
          d,
        );
        const rate =
          role &&
          inEffect(
            r.filter((x) => x.role === role.role),
            d,
          );
        if (rate) each += w.seconds * rate.rateCents;
        else unpricedEach += w.seconds;
      }
      expect(bySegment).toBe(each);
      expect(unpricedBySegment).toBe(unpricedEach);
    }),
    { numRuns: 300, seed: 11 },
  );
});

test('an amount spread over a phase by day adds up to it exactly, month by month in proportion', () => {
  fc.assert(
    fc.property(
      day,
      fc.integer({ min: 0, max: 400 }),
      fc.integer({ min: 0, max: 10 ** 11 }),
      (from, length, amount) => {
        const to = new Date(Date.parse(from) + length * 86_400_000).toISOString().slice(0, 10);
        const parts = spread(amount, from, to);
        expect([...parts.keys()]).toEqual(monthsBetween(from, to));
        expect([...parts.values()].reduce((a, b) => a + b, 0)).toBe(amount);
        for (const v of parts.values()) expect(v).toBeGreaterThanOrEqual(0);
      },
    ),
    { numRuns: 300, seed: 5 },
  );
  // 90 days from January to March: 31, 28 and 31 days' worth.
  expect([...spread(9_000, '2026-01-01', '2026-03-31').values()]).toEqual([3_100, 2_800, 3_100]);
});

test('a day starts at its first instant in zones with daylight saving, even when midnight is skipped', () => {
  expect(dayStart('2026-03-08', 'America/New_York')).toBe(Date.parse('2026-03-08T00:00:00-05:00'));
  expect(dayStart('2026-03-09', 'America/New_York')).toBe(Date.parse('2026-03-09T00:00:00-04:00'));
  expect(dayStart('2026-06-15', ZONE)).toBe(Date.parse('2026-06-15T00:00:00+08:00'));
  // Chile moves from 00:00 to 01:00 on 2026-09-06: the day starts at 01:00 local.
  expect(dayStart('2026-09-06', 'America/Santiago')).toBe(Date.parse('2026-09-06T01:00:00-03:00'));
  for (const zone of ['America/New_York', 'Australia/Lord_Howe', 'Europe/London', 'America/Santiago', ZONE])
    for (const d of DAYS) {
      const t = dayStart(d, zone);
      expect(dayOf(t, zone)).toBe(d);
      expect(dayOf(t - 1, zone)).not.toBe(d);
    }
});

test('forecasts and measures are their formulas', () => {
  const months = ['2026-01', '2026-02', '2026-03', '2026-04'];
  const budget = new Map(months.map((m) => [m, 100]));
  expect(forecastAt('remaining', 250, 1, months, budget)).toBe(450);
  expect(forecastAt('runRate', 250, 1, months, budget)).toBe(500);
  expect(measures(300, 200, 4)).toEqual({ ioRatio: 1.5, roi: 0.5, netOutput: 100, perCapita: 25, people: 4 });
  expect(measures(300, 0, 0)).toEqual({ ioRatio: null, roi: null, netOutput: 300, perCapita: null, people: 0 });
});

test('a budget not started forecasts its whole budget (remaining) or nothing yet (run rate)', () => {
  const phases = [
    {
      name: 'p',
      from: '2027-01-01',
      to: '2027-06-30',
      income: { contract: 600, extraWork: 0 },
      expense: { labour: 600, parts: 0, supplier: 0, travel: 0, valueAdded: 0 },
    },
  ];
  const actuals = { labour: [], pricer: pricer([], [], []), costs: [] };
  const remaining = summarize(phases, [], actuals, '2026-06-15', 'remaining');
  expect(remaining.totals).toMatchObject({ budget: 600, budgetToDate: 0, actual: 0, forecast: 600, income: 0 });
  expect(summarize(phases, [], actuals, '2026-06-15', 'runRate').totals.forecast).toBeNull();
});
