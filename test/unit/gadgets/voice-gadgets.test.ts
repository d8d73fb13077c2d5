// The satisfaction and supplier gadgets' pure parts: which customers or engineers are named (the rest fold
// into "other"), a month's row, the latest audit among periods that end together, and which supplier a
// complaint's tier names.

import { supplierOf, surveyFactSource } from '../../../src/app/facts/voice';
import { tallyRow, topGroups } from '../../../src/app/gadgets/satisfaction';
import { countsFor, latestAudit } from '../../../src/app/gadgets/suppliers';

const survey = (g: string | null, n: number) => ({ month: '2026-10', g, n, s1: n, s2: 0, s3: 0, s4: 0, s5: 0 });
const voice = (g: string | null, praise: number) => ({ month: '2026-10', g, cc: 0, cu: 0, praise });

test('the groups named are those with the most surveys and feedback; ties by id; nothing counts nothing', () => {
  const groups = topGroups(
    [survey('b', 3), survey('a', 3), survey(null, 5), survey('c', 1), survey('z', 0)],
    [voice('c', 4), voice('d', 1)],
    3,
  );
  expect(groups).toEqual(['*none', 'c', 'a']); // 5, 5 (by id), 3 before b's 3
});

test('a month’s row: CSAT is the share of 4s and 5s, the rate is per 100 issues, no answers no CSAT', () => {
  const t = {
    scores: [1, 1, 2, 3, 3] as [number, number, number, number, number],
    complaintsCustomer: 2,
    complaintsUser: 1,
    praise: 4,
    issues: 40,
  };
  expect(tallyRow('2026-10', '*all', t)).toEqual({
    month: '2026-10',
    group: '*all',
    answered: 10,
    csat: 0.6,
    average: 3.6,
    score1: 1,
    score2: 1,
    score3: 2,
    score4: 3,
    score5: 3,
    complaintsCustomer: 2,
    complaintsUser: 1,
    praise: 4,
    issues: 40,
    complaintRate: 7.5,
  });
  const none = tallyRow('2026-10', 'x', {
    scores: [0, 0, 0, 0, 0],
    complaintsCustomer: 1,
    complaintsUser: 0,
    praise: 0,
    issues: null,
  });
  expect(none).toMatchObject({ answered: 0, csat: null, average: null, complaintRate: null });
});

test('the latest audit: the period ending last, then the last edited, then the month over its quarter', () => {
  const a = (period: string, updated_at: number) => ({ supplier_id: 's', period, scores: '{}', total: 3, updated_at });
  expect(latestAudit([a('2026-Q2', 9), a('2026-Q3', 1), a('2026-08', 5)])?.period).toBe('2026-Q3');
  expect(latestAudit([a('2026-Q3', 1), a('2026-09', 1)])?.period).toBe('2026-09');
  expect(latestAudit([a('2026-09', 1), a('2026-Q3', 2)])?.period).toBe('2026-Q3');
  expect(latestAudit([])).toBeUndefined();
});

test('OLA facts count for a supplier when they name it, or name none and are of its tier', () => {
  const s = { id: 'S', name: 'Acme', tier: 'L3' };
  const g = (tier: string, supplier: string | null) => ({ month: 'm', tier, supplier, met: 1, n: 1 });
  expect([g('L3', null), g('L3', 'S'), g('L3', 'T'), g('L2', null), g('L2', 'S')].map((x) => countsFor(s, x))).toEqual([
    true,
    true,
    false,
    false,
    true,
  ]);
  expect(countsFor({ ...s, tier: null }, g('L3', null))).toBe(false);
});

test('a feedback fact names the supplier only when exactly one holds the tier; a survey says where it came from', () => {
  const tiers = [
    { id: 'a', tier: 'L3' },
    { id: 'b', tier: 'supplier' },
    { id: 'c', tier: 'supplier' },
  ];
  expect([
    supplierOf(tiers, 'L3'),
    supplierOf(tiers, 'supplier'),
    supplierOf(tiers, null),
    supplierOf(tiers, 'L1'),
  ]).toEqual(['a', null, null, null]);
  const surveys = [
    { kind: 'case', source: 'link' },
    { kind: 'case', source: 'jsm' },
    { kind: 'periodic', source: 'link' },
  ] as const;
  expect(surveys.map((s) => surveyFactSource(s))).toEqual(['case', 'jsm', 'campaign']);
});
