// The SLA gadget's pure parts: facts derived from a state (completed cycles only, month in the service's
// zone, tier at the stop and its sole supplier), and the table built from grouped rows (projects summed,
// the largest split values kept, the rest as "other", which the drill-down of "other" excludes).

import { slaRows, slaTop } from '../../../src/app/gadgets/sla';
import { SLA_NONE, SLA_OTHER } from '../../../src/contract/gadgets/sla';
import { deriveFacts, suppliersByTier } from '../../../src/domain/kpi-facts';
import { monthStart, nextMonth } from '../../../src/domain/month-bounds';
import type { ItrState } from '../../../src/domain/state';

const H = 3_600_000;
// 2026-03-31 23:30 UTC is 2026-04-01 07:30 in Shanghai.
const STOP = Date.parse('2026-03-31T23:30:00Z');

function state(over: Partial<ItrState>): ItrState {
  return {
    v: 1,
    configVersion: 2,
    serviceType: 'softwareFault',
    grade: 'P3',
    customer: 'c-1',
    slaState: 'met',
    breachAt: null,
    tier: 'L2',
    responsibility: null,
    nextCheckAt: null,
    service: null,
    requester: 'customer',
    why: { classification: '', grade: [] },
    goals: {},
    ola: {},
    responsibilityDetail: null,
    problem: null,
    complaints: { customer: 0, user: 0 },
    links: {},
    done: [],
    ...over,
  };
}
const cycle = (start: number, stop: number | null, elapsedMs: number | undefined, targetMs = 4 * H) => ({
  start,
  stop,
  targetMs,
  calendar: 'cn-5x8',
  configVersion: 2,
  state: stop === null ? ('running' as const) : elapsedMs! <= targetMs ? ('met' as const) : ('breached' as const),
  ...(elapsedMs === undefined ? {} : { elapsedMs }),
});
const issue = { issueId: '10001', issueKey: 'SUP-1', project: 'SUP', created: STOP - 30 * 24 * H };
const look = {
  zone: 'Asia/Shanghai',
  olaGoal: 'resolution',
  tierAt: (t: number) => (t < STOP - H ? 'L1' : 'L2'),
  supplierOf: suppliersByTier([
    { id: 's-a', tier: 'L2' },
    { id: 's-b', tier: 'L3' },
    { id: 's-c', tier: 'L3' },
  ]),
};

test('completed cycles are facts in their stop month (service zone), with the tier then and its supplier', () => {
  const f = deriveFacts(
    issue,
    state({
      goals: {
        firstResponse: { state: 'met', cycles: [cycle(STOP - 10 * H, STOP - 9 * H, H)] },
        resolution: { state: 'running', cycles: [cycle(STOP - 10 * H, STOP, 5 * H), cycle(STOP + H, null, undefined)] },
      },
      ola: { L1: { state: 'met', targetMs: 2 * H, elapsedMs: H } },
    }),
    look,
  );
  expect(f.sla.map((x) => [x.goal, x.month, x.tier, x.supplier, x.met])).toEqual([
    ['firstResponse', '2026-03', 'L1', null, true],
    ['resolution', '2026-04', 'L2', 's-a', false],
  ]);
  // The resolution goal runs again (reopened): no tier's result is final, so no OLA fact.
  expect(f.ola).toEqual([]);
  expect(f.issue).toEqual({
    issueId: '10001',
    issueKey: 'SUP-1',
    project: 'SUP',
    month: '2026-03',
    customer: 'c-1',
    serviceType: 'softwareFault',
    grade: 'P3',
  });
});

test('once the measured goal stops, every tier with a result is an OLA fact; a tier two suppliers hold names none', () => {
  const f = deriveFacts(
    issue,
    state({
      goals: { resolution: { state: 'met', cycles: [cycle(STOP - 10 * H, STOP, 3 * H)] } },
      ola: {
        L2: { state: 'breached', targetMs: H, elapsedMs: 2 * H },
        L3: { state: 'met', targetMs: 8 * H, elapsedMs: H },
      },
    }),
    look,
  );
  expect(f.ola.map((x) => [x.tier, x.month, x.supplier, x.met, x.start, x.stop])).toEqual([
    ['L2', '2026-04', 's-a', false, STOP - 10 * H, STOP],
    ['L3', '2026-04', null, true, STOP - 10 * H, STOP],
  ]);
});

const g = (month: string, split: string | null, met: number, breached: number) => ({ month, split, met, breached });

test('rows sum projects per month and split; beyond the top values (by cycles over the window) the rest is "other"', () => {
  const groups = [
    g('2026-01', 'a', 5, 1),
    g('2026-01', 'a', 2, 1), // another project's
    ...['b', 'c', 'd', 'e', 'f', 'g'].map((v, i) => g('2026-01', v, 6 - i, 0)),
    g('2026-02', null, 1, 1),
  ];
  const rows = slaRows(groups, ['2026-01', '2026-02', '2026-03']);
  expect(rows.map((r) => [r['month'], r['split'], r['met'], r['breached']])).toEqual([
    ['2026-01', 'a', 7, 2],
    ['2026-01', 'b', 6, 0],
    ['2026-01', 'c', 5, 0],
    ['2026-01', 'd', 4, 0],
    ['2026-01', 'e', 3, 0],
    ['2026-01', SLA_OTHER, 2 + 1, 0],
    ['2026-02', SLA_OTHER, 1, 1], // facts without a value rank like any other: 2 cycles, not in the top five
  ]);
  expect(rows[0]).toMatchObject({ rate: 7 / 9 });
  expect(rows[1]).toMatchObject({ rate: 1 });
  // The drill-down of "other" lists every value but these (facts without a value among them here).
  expect(slaTop(groups)).toEqual({ top: ['a', 'b', 'c', 'd', 'e'], other: true });
  expect(slaRows([g('2026-03', null, 0, 0)], ['2026-03'])).toEqual([
    { month: '2026-03', split: SLA_NONE, met: 0, breached: 0, rate: null },
  ]);
  expect(slaTop([g('2026-03', null, 0, 0)])).toEqual({ top: [SLA_NONE], other: false });
});

test('a month of a zone starts where its first instant is, across zones and the year end', () => {
  expect(monthStart('2026-04', 'Asia/Shanghai')).toBe(Date.parse('2026-03-31T16:00:00Z'));
  expect(monthStart('2026-01', 'America/New_York')).toBe(Date.parse('2026-01-01T05:00:00Z'));
  expect(monthStart('2026-04', 'Europe/Berlin')).toBe(Date.parse('2026-03-31T22:00:00Z')); // summer time
  expect(monthStart('2026-03', 'Pacific/Kiritimati')).toBe(Date.parse('2026-02-28T10:00:00Z')); // UTC+14
  expect(nextMonth('2026-12')).toBe('2027-01');
  expect(nextMonth('2026-09')).toBe('2026-10');
});
