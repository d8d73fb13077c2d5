// Supplier audit arithmetic: the weighted total, the score bands with their edges, audit periods, and
// which dimensions the issues speak to.

import fc from 'fast-check';
import {
  AUDIT_DIMENSIONS,
  DEFAULT_AUDIT_WEIGHTS,
  periodSpan,
  proposeScores,
  scoreOnTime,
  scoreReopen,
  stageMayMove,
  weightedTotal,
  addDays,
} from '../../../src/domain/suppliers';

test('the total of equal scores is that score, whatever the weights; it stays within 1–5', () => {
  const weights = fc
    .array(fc.integer({ min: 0, max: 100 }), { minLength: 5, maxLength: 5 })
    .filter((w) => w.reduce((a, b) => a + b, 0) <= 100)
    .map((w) =>
      Object.fromEntries(AUDIT_DIMENSIONS.map((d, i) => [d, i < 5 ? w[i]! : 100 - w.reduce((a, b) => a + b, 0)])),
    );
  fc.assert(
    fc.property(weights, fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 6, maxLength: 6 }), (w, s) => {
      const scores = Object.fromEntries(AUDIT_DIMENSIONS.map((d, i) => [d, s[i]!])) as Record<
        (typeof AUDIT_DIMENSIONS)[number],
        number
      >;
      const total = weightedTotal(scores, w as typeof DEFAULT_AUDIT_WEIGHTS);
      expect(total).toBeGreaterThanOrEqual(Math.min(...s));
      expect(total).toBeLessThanOrEqual(Math.max(...s));
      const same = Object.fromEntries(AUDIT_DIMENSIONS.map((d) => [d, s[0]!])) as typeof scores;
      expect(weightedTotal(same, w as typeof DEFAULT_AUDIT_WEIGHTS)).toBe(s[0]);
    }),
    { numRuns: 1000, seed: 1 },
  );
});

test('score bands at their edges', () => {
  expect([0.95, 0.9499, 0.85, 0.7, 0.5, 0.49].map(scoreOnTime)).toEqual([5, 4, 4, 3, 2, 1]);
  expect([0, 0.02, 0.0201, 0.05, 0.1, 0.2, 0.21].map(scoreReopen)).toEqual([5, 5, 4, 4, 3, 2, 1]);
});

test('periods are quarters or months, as UTC spans', () => {
  expect(periodSpan('2026-Q4')).toEqual({ from: Date.UTC(2026, 9, 1), to: Date.UTC(2027, 0, 1) });
  expect(periodSpan('2026-02')).toEqual({ from: Date.UTC(2026, 1, 1), to: Date.UTC(2026, 2, 1) });
  expect(periodSpan('2026-13')).toBeNull();
  expect(periodSpan('2026-Q0')).toBeNull();
});

test('only the dimensions the issues speak to are proposed; running clocks count for reopening only', () => {
  const s = proposeScores([
    { onTime: true, reopened: false },
    { onTime: false, reopened: true },
    { onTime: null, reopened: false },
  ]);
  expect(s.responseAbility).toEqual({ score: 2, evidence: { rate: 0.5, of: 2 } });
  expect(s.problemSolvingAbility).toEqual({ score: 1, evidence: { rate: 1 / 3, of: 3 } });
  expect(s.staffStability).toEqual({ score: null, evidence: null });
  expect(proposeScores([]).responseAbility).toEqual({ score: null, evidence: null });
});

test('dispute stages move forward only; review days add across month and year ends', () => {
  expect(stageMayMove('coordination', 'legal')).toBe(true);
  expect(stageMayMove('legal', 'legal')).toBe(true);
  expect(stageMayMove('legal', 'companyProcess')).toBe(false);
  expect(addDays('2026-12-15', 30)).toBe('2027-01-14');
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
});
