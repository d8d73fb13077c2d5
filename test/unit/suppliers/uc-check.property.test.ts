// The UC-vs-SLA check as properties over random policies, grades, UCs and margins: a flag exactly where
// uc > sla × (1 − margin) (the boundary itself passes), none when every target is tightened to the allowed
// value, monotone in the margin, and a missing grade or unknown policy flagged rather than passed.

import fc from 'fast-check';
import {
  allowedMinutes,
  checkUnderpinning,
  strictEnough,
  type SlaPolicyTargets,
  type UcCheckRules,
  type UcGradeTargets,
} from '../../../src/domain/suppliers';

const GRADES = ['P1', 'P2', 'P3', 'P4'];
const GOALS = ['firstResponse', 'resolution'];

const policy = (id: string) =>
  fc.record({
    id: fc.constant(id),
    grades: fc.option(fc.subarray(GRADES, { minLength: 1 }), { nil: null }),
    targets: fc.record({
      firstResponse: fc.integer({ min: 1, max: 10_000 }),
      resolution: fc.integer({ min: 1, max: 100_000 }),
    }),
  });

const rules = fc.record({
  policies: fc.tuple(policy('a'), policy('b'), policy('c')),
  grades: fc.constant(GRADES),
  resolutionGoal: fc.constant('resolution'),
  marginPct: fc.integer({ min: 0, max: 90 }),
}) as fc.Arbitrary<UcCheckRules>;

const targets = fc.dictionary(
  fc.constantFrom(...GRADES),
  fc.record({
    responseMinutes: fc.integer({ min: 1, max: 12_000 }),
    resolutionMinutes: fc.integer({ min: 1, max: 120_000 }),
  }),
);
const supports = fc.subarray(['a', 'b', 'c'], { minLength: 1 });

/** The check, spelled out pair by pair. */
function looserPairs(uc: { targets: Record<string, UcGradeTargets>; supports: string[] }, r: UcCheckRules) {
  const out: string[] = [];
  for (const id of uc.supports) {
    const p = r.policies.find((x) => x.id === id)!;
    for (const g of p.grades ?? r.grades)
      for (const goal of GOALS) {
        const t = uc.targets[g];
        if (!t) continue;
        const ucMin = goal === 'resolution' ? t.resolutionMinutes : t.responseMinutes;
        if (ucMin > p.targets[goal]! * (1 - r.marginPct / 100) + 1e-9) out.push(`${id} ${g} ${goal}`);
      }
  }
  return out;
}

test('a flag exactly where the UC is looser than the SLA less the margin', () => {
  fc.assert(
    fc.property(rules, targets, supports, (r, t, s) => {
      const flags = checkUnderpinning({ targets: t, supports: s }, r);
      const looser = flags.flatMap((f) => (f.kind === 'looser' ? [`${f.policy} ${f.grade} ${f.goal}`] : []));
      expect(looser).toEqual(looserPairs({ targets: t, supports: s }, r));
      for (const f of flags)
        if (f.kind === 'looser') {
          expect(f.ucMinutes).toBeGreaterThan(f.allowedMinutes);
          expect(f.allowedMinutes).toBeCloseTo(f.slaMinutes * (1 - r.marginPct / 100), 9);
        }
    }),
    { numRuns: 2000, seed: 7 },
  );
});

test('targets at exactly the allowed value pass; one minute more fails', () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 100_000 }), fc.integer({ min: 0, max: 90 }), (sla, m) => {
      const allowed = allowedMinutes(sla, m);
      if (Number.isInteger(allowed)) expect(strictEnough(allowed, sla, m)).toBe(true);
      expect(strictEnough(Math.floor(allowed), sla, m)).toBe(true);
      expect(strictEnough(Math.floor(allowed) + 1, sla, m)).toBe(false);
    }),
    { numRuns: 5000, seed: 11 },
  );
});

test('a UC tightened to the allowed minutes of every policy it backs has no flags', () => {
  fc.assert(
    fc.property(rules, supports, (r, s) => {
      const t: Record<string, UcGradeTargets> = {};
      for (const g of GRADES) {
        const backing = r.policies.filter((p) => s.includes(p.id) && (p.grades ?? GRADES).includes(g));
        const min = (goal: string) =>
          Math.floor(Math.min(...backing.map((p) => allowedMinutes(p.targets[goal]!, r.marginPct)), 1e9));
        t[g] = { responseMinutes: min('firstResponse'), resolutionMinutes: min('resolution') };
      }
      expect(checkUnderpinning({ targets: t, supports: s }, r)).toEqual([]);
    }),
    { numRuns: 1000, seed: 3 },
  );
});

test('a larger margin never removes a flag', () => {
  fc.assert(
    fc.property(rules, targets, supports, fc.integer({ min: 0, max: 90 }), (r, t, s, more) => {
      const key = (f: ReturnType<typeof checkUnderpinning>[number]) =>
        JSON.stringify([f.kind, f.policy, 'grade' in f ? f.grade : '', 'goal' in f ? f.goal : '']);
      const lo = checkUnderpinning({ targets: t, supports: s }, { ...r, marginPct: Math.min(r.marginPct, more) }).map(
        key,
      );
      const hi = new Set(
        checkUnderpinning({ targets: t, supports: s }, { ...r, marginPct: Math.max(r.marginPct, more) }).map(key),
      );
      for (const k of lo) expect(hi.has(k)).toBe(true);
    }),
    { numRuns: 1000, seed: 5 },
  );
});

test('a grade the policy covers without a UC target, and a policy the configuration lacks, are flagged', () => {
  const p1: SlaPolicyTargets = { id: 'p1', grades: ['P1'], targets: { firstResponse: 15, resolution: 240 } };
  const all: SlaPolicyTargets = { id: 'all', grades: null, targets: { resolution: 1000 } };
  const r: UcCheckRules = { policies: [p1, all], grades: ['P1', 'P2'], resolutionGoal: 'resolution', marginPct: 20 };
  expect(
    checkUnderpinning(
      { targets: { P1: { responseMinutes: 12, resolutionMinutes: 192 } }, supports: ['p1', 'all', 'gone'] },
      r,
    ),
  ).toEqual([
    { kind: 'missing', policy: 'all', grade: 'P2', goal: 'resolution', slaMinutes: 1000, allowedMinutes: 800 },
    { kind: 'unknownPolicy', policy: 'gone' },
  ]);
});
