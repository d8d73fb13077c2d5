// The report's figures from plain rows, and the report issue's ADF as the emulator checks Jira's.

import { reportFigures, type ReceivedIssue } from '../../../src/domain/reports/figures';
import { cyclesStoppedIn, isCustomers, tierOutcomes } from '../../../src/domain/reports/from-state';
import { reportDoc } from '../../../src/app/reports/report-adf';
import { adfError } from '../../../sandbox/jira/adf';

const issue = (key: string, over: Partial<ReceivedIssue> = {}): ReceivedIssue => ({
  key,
  incident: false,
  closed: true,
  problem: null,
  tiers: [],
  ...over,
});

const figures = reportFigures({
  cycles: [
    { issueKey: 'SUP-1', goal: 'resolution', start: 1, stop: 10, met: true },
    { issueKey: 'SUP-1', goal: 'resolution', start: 1, stop: 10, met: true }, // the same cycle twice
    { issueKey: 'SUP-2', goal: 'resolution', start: 2, stop: 20, met: false },
    { issueKey: 'SUP-2', goal: 'firstResponse', start: 2, stop: 3, met: true },
  ],
  received: [
    issue('SUP-1', { tiers: [{ tier: 'L1', outcome: 'onTime' }] }),
    issue('SUP-2', {
      incident: true,
      problem: 'PRB-1',
      tiers: [
        { tier: 'L1', outcome: 'late' },
        { tier: 'L2', outcome: 'open' },
      ],
    }),
    issue('SUP-3', { incident: true, closed: false, problem: 'PRB-1' }),
    issue('SUP-4', { incident: true, problem: 'PRB-2' }),
  ],
  problems: [{ key: 'PRB-1', closed: true }],
  scores: [5, 5, 4, 1],
  feedback: [
    { kind: 'complaint', via: 'customer' },
    { kind: 'complaint', via: 'user' },
    { kind: 'complaint', via: 'user' },
    { kind: 'praise', via: 'user' },
  ],
});

test('figures: SLA per goal, OLA per tier, incidents and problems, satisfaction, complaints and praise', () => {
  expect(figures).toEqual({
    sla: [
      { goal: 'firstResponse', met: 1, breached: 0, rate: 1 },
      { goal: 'resolution', met: 1, breached: 1, rate: 0.5 },
    ],
    ola: [
      { tier: 'L1', onTime: 1, late: 1, open: 0, rate: 0.5 },
      { tier: 'L2', onTime: 0, late: 0, open: 1, rate: null },
    ],
    issues: { received: 4, incidents: 3, closed: 3, closureRate: 0.75 },
    problems: [
      { key: 'PRB-1', incidents: 2, closed: true },
      { key: 'PRB-2', incidents: 1, closed: false },
    ],
    satisfaction: { answered: 4, average: 3.75, distribution: [1, 0, 0, 1, 2] },
    complaints: { customer: 1, user: 2 },
    praise: 1,
    improvement: { breachedGoals: [{ goal: 'resolution', breached: 1 }], repeatedProblems: ['PRB-1'] },
  });
});

test('an empty month reports zeros and no rates', () => {
  expect(reportFigures({ cycles: [], received: [], problems: [], scores: [], feedback: [] })).toMatchObject({
    issues: { received: 0, closureRate: null },
    satisfaction: { answered: 0, average: null },
  });
});

test('from a state: cycles stopped in the month, tier outcomes, and the customer by id or name', () => {
  const goals = {
    resolution: {
      state: 'met' as const,
      cycles: [
        { start: 0, stop: 5, targetMs: 10, calendar: 'c', configVersion: 1, state: 'met' as const, elapsedMs: 4 },
        {
          start: 6,
          stop: 50,
          targetMs: 10,
          calendar: 'c',
          configVersion: 1,
          state: 'breached' as const,
          elapsedMs: 11,
        },
        { start: 60, stop: null, targetMs: 10, calendar: 'c', configVersion: 1, state: 'running' as const },
      ],
    },
  };
  expect(cyclesStoppedIn('SUP-9', { goals }, 5, 51)).toEqual([
    { issueKey: 'SUP-9', goal: 'resolution', start: 0, stop: 5, met: true },
    { issueKey: 'SUP-9', goal: 'resolution', start: 6, stop: 50, met: false },
  ]);
  expect(cyclesStoppedIn('SUP-9', { goals }, 6, 50)).toEqual([]);
  expect(
    tierOutcomes({
      ola: {
        L2: { state: 'running', targetMs: 5, timeoutAt: 9 },
        L1: { state: 'breached', targetMs: 5, elapsedMs: 6 },
        L3: { state: 'met', targetMs: 5, elapsedMs: 2 },
      },
    }),
  ).toEqual([
    { tier: 'L1', outcome: 'late' },
    { tier: 'L2', outcome: 'open' },
    { tier: 'L3', outcome: 'onTime' },
  ]);
  const acme = { id: '6f1c2a7e-0b1d-4c55-9a61-1c0a9d3e5a01', name: 'Acme' };
  expect([
    isCustomers(acme.id, acme),
    isCustomers(' acme', acme),
    isCustomers('Globex', acme),
    isCustomers(null, acme),
  ]).toEqual([true, true, false, false]);
});

test('the report issue’s description is ADF Jira accepts: headings in both languages, one table per section', () => {
  const doc = reportDoc({
    customer: '华信集团',
    month: '2026-09',
    dueOn: '2026-10-13',
    reviewDueOn: '2026-10-20',
    figures,
    goalName: (id) => ({ en: id, zh: id }),
    tierName: (id) => ({ en: `Tier ${id}`, zh: `${id} 层` }),
  });
  expect(adfError(doc)).toBeNull();
  expect(doc.content.filter((n) => n['type'] === 'table')).toHaveLength(6);
  const text = JSON.stringify(doc);
  expect(text).toContain('Problem PRB-1 behind 2 issues · 问题 PRB-1 关联 2 个工单');
  expect(text).toContain('resolution: 1 breached cycle(s)');
  expect(text).toContain('Tier L1 · L1 层');
});
