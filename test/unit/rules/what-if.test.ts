// What-if: a draft configuration previewed on real issues before it is saved.

import { whatIf } from '../../../src/domain/what-if';
import { HOUR, Life, MIN, at, template, variant } from '../../support/itr';

const cfg = template();
const current = [{ activatedAt: Number.NEGATIVE_INFINITY, config: cfg }];
const mon = at('2026-03-02T14:00:00+08:00');
const p3 = { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } };

describe('what-if', () => {
  const now = mon + 4 * HOUR;
  const running = new Life({ key: 'SUP-1', created: mon, fields: p3 }).comment(mon + 30 * MIN, 'agent-1');
  const resolved = new Life({ key: 'SUP-2', created: mon, fields: p3 })
    .comment(mon + 20 * MIN, 'agent-1')
    .status(mon + 3 * HOUR, 'Resolved', { resolution: 'Fixed' });
  const items = [running, resolved].map((l) => ({ issue: l.issue(now), timeline: l.events }));

  it('shows how tighter P3 targets would move deadlines and breaches, leaving completed cycles alone', () => {
    const draft = variant((c) => {
      c.version = 2;
      c.sla.policies.find((p) => p.id === 'p3')!.targets = { firstResponse: 15, resolution: 120 };
      return c;
    });
    const report = whatIf(items, current, draft, now);
    expect(report.issues).toBe(2);
    const one = report.changed.find((c) => c.key === 'SUP-1')!;
    const resolution = one.goals.find((g) => g.goal === 'resolution')!;
    expect(resolution.targetMs).toEqual([1350 * MIN, 120 * MIN]);
    expect(resolution.state).toEqual(['running', 'breached']);
    expect(one.newActions.some((a) => a.key.includes(':resolution:') && a.key.includes(':100:'))).toBe(true);
    expect(report.changed.find((c) => c.key === 'SUP-2')).toBeUndefined(); // its cycles completed under version 1
    expect(report.breachesAdded).toBe(1);
  });

  it('reports nothing for a draft that changes nothing that matters', () => {
    const same = variant((c) => ({ ...c, version: 2 }));
    expect(whatIf(items, current, same, now)).toEqual({ issues: 2, changed: [], breachesAdded: 0, breachesRemoved: 0 });
  });
});
