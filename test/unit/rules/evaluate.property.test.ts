// Properties of evaluation over generated issue lives (default template).

import fc from 'fast-check';
import { evaluate } from '../../../src/domain/evaluate';
import { whatIf } from '../../../src/domain/what-if';
import type { ItrState } from '../../../src/domain/state';
import { HOUR, issueLife, MIN, template, variant } from '../../support/itr';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 150);
const cfg = template();

describe('evaluate (properties)', () => {
  it('evaluating a timeline in one go equals evaluating it event by event', () => {
    fc.assert(
      fc.property(issueLife, ({ life, now }) => {
        const oneGo = evaluate(life.issue(now), life.events, cfg, now);
        let property: ItrState | undefined;
        const fired: string[] = [];
        for (const e of life.events) {
          const base = life.issue(e.at);
          const step = evaluate(
            property ? { ...base, property } : base,
            life.events.filter((x) => x.at <= e.at),
            cfg,
            e.at,
          );
          fired.push(...step.actions.map((a) => a.key));
          property = step.state;
        }
        const base = life.issue(now);
        const last = evaluate(property ? { ...base, property } : base, life.events, cfg, now);
        fired.push(...last.actions.map((a) => a.key));
        expect(last.state).toEqual(oneGo.state);
        expect([...fired].sort()).toEqual(oneGo.actions.map((a) => a.key).sort());
      }),
      { numRuns: RUNS },
    );
  });

  it('actionsSince leaves the state as it is and returns exactly the actions due from then on', () => {
    fc.assert(
      fc.property(issueLife, fc.double({ min: 0, max: 1, noNaN: true }), ({ life, now }, share) => {
        const all = evaluate(life.issue(now), life.events, cfg, now);
        const created = life.issue(now).created;
        const since = created + Math.floor((now - created) * share);
        const later = evaluate(life.issue(now), life.events, cfg, now, { actionsSince: since });
        expect(later.state).toEqual(all.state);
        expect(later.nextCheckAt).toEqual(all.nextCheckAt);
        expect(later.actions).toEqual(all.actions.filter((a) => a.dueAt >= since));
      }),
      { numRuns: RUNS },
    );
  });

  it('nothing in the state changes strictly before nextCheckAt', () => {
    fc.assert(
      fc.property(issueLife, fc.double({ min: 0, max: 1, noNaN: true }), ({ life, now }, share) => {
        const first = evaluate(life.issue(now), life.events, cfg, now);
        const next = first.nextCheckAt ?? now + 30 * 24 * HOUR;
        const t = now + Math.floor((next - 1 - now) * share);
        const later = evaluate(life.issue(now), life.events, cfg, t);
        expect(later.state).toEqual(first.state);
        expect(later.actions.map((a) => a.key)).toEqual(first.actions.map((a) => a.key));
        if (first.nextCheckAt !== null) {
          const at = evaluate(life.issue(now), life.events, cfg, first.nextCheckAt);
          expect(at.state).not.toEqual(first.state); // something does change at nextCheckAt
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('re-evaluation never repeats an action', () => {
    fc.assert(
      fc.property(issueLife, fc.integer({ min: 0, max: 3 * 24 * 60 }), ({ life, now }, later) => {
        const first = evaluate(life.issue(now), life.events, cfg, now);
        const again = evaluate({ ...life.issue(now), property: first.state }, life.events, cfg, now);
        expect(again.actions).toEqual([]);
        const next = evaluate({ ...life.issue(now), property: first.state }, life.events, cfg, now + later * MIN);
        const before = new Set(first.state.done);
        expect(next.actions.filter((a) => before.has(a.group))).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });

  it('pausing never brings a deadline earlier', () => {
    fc.assert(
      fc.property(
        issueLife,
        fc.integer({ min: 1, max: 48 * 60 }),
        fc.integer({ min: 1, max: 24 * 60 }),
        ({ life, now }, offset, length) => {
          const plain = evaluate(life.issue(now), life.events, cfg, now).state.goals.resolution?.cycles.at(-1);
          if (!plain || plain.stop !== null || plain.deadline === undefined) return;
          // Insert "Waiting for customer" for a while, then return to the status the issue was in.
          const issue = life.issue(now);
          const start = plain.start + offset * MIN;
          const end = Math.min(start + length * MIN, now);
          if (end <= start || life.events.some((e) => e.at >= start && e.at <= end)) return;
          const before = [...life.events]
            .filter((e) => e.at <= start)
            .reverse()
            .find((e) => e.type === 'changed' && e.changes.some((c) => c.field === 'status'));
          const status =
            before && before.type === 'changed'
              ? (before.changes.find((c) => c.field === 'status')!.to as string)
              : 'Open';
          if (status === 'Waiting for customer' || status === 'Pending') return;
          const paused = [
            ...life.events,
            {
              at: start,
              type: 'changed' as const,
              changes: [{ field: 'status', from: status, to: 'Waiting for customer' }],
            },
            {
              at: end,
              type: 'changed' as const,
              changes: [{ field: 'status', from: 'Waiting for customer', to: status }],
            },
          ].sort((a, b) => a.at - b.at);
          const withPause = evaluate(issue, paused, cfg, now).state.goals.resolution?.cycles.at(-1);
          const due = withPause?.deadline ?? (withPause?.remainingMs !== undefined ? Infinity : undefined);
          expect(due).toBeDefined();
          expect(due!).toBeGreaterThanOrEqual(plain.deadline);
        },
      ),
      { numRuns: RUNS },
    );
  });

  it('a config version change never alters a completed cycle', () => {
    const tighter = variant((c) => {
      c.version = 2;
      for (const p of c.sla.policies)
        for (const k of Object.keys(p.targets)) p.targets[k] = Math.max(1, Math.round(p.targets[k]! / 3));
      return c;
    });
    fc.assert(
      // Activated at least a minute after `now`: a cycle that stops at the very instant a version is
      // activated is judged by that version (the one in force at or before an instant governs it).
      fc.property(issueLife, fc.integer({ min: 1, max: 24 * 60 }), ({ life, now }, delay) => {
        const v1 = evaluate(life.issue(now), life.events, cfg, now).state;
        const history = [
          { activatedAt: Number.NEGATIVE_INFINITY, config: cfg },
          { activatedAt: now + delay * MIN, config: tighter },
        ];
        const later = now + delay * MIN + 1;
        const v2 = evaluate(life.issue(now), life.events, history, later).state;
        for (const [goal, g] of Object.entries(v1.goals)) {
          const completed = g.cycles.filter((c) => c.stop !== null);
          expect(v2.goals[goal]?.cycles.filter((c) => c.stop !== null)).toEqual(completed);
        }
      }),
      { numRuns: RUNS },
    );
  });

  it('a what-if with a draft equal to the configuration in force reports no change', () => {
    const same = variant((c) => ({ ...c, version: 2 }));
    const current = [{ activatedAt: Number.NEGATIVE_INFINITY, config: cfg }];
    fc.assert(
      fc.property(fc.array(issueLife, { minLength: 1, maxLength: 5 }), (lives) => {
        const now = Math.max(...lives.map((l) => l.now));
        const items = lives.map(({ life }) => ({ issue: life.issue(now), timeline: life.events }));
        expect(whatIf(items, current, same, now).changed).toEqual([]);
      }),
      { numRuns: Math.ceil(RUNS / 5) },
    );
  });
});
