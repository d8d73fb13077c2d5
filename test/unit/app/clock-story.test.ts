// The clocks' story for the SLA panel: each cycle's timeline (counting, paused, closed, holiday) adds up
// to the business time the engine measured, and each escalation already done is dated at the instant
// the engine made it due.

import fc from 'fast-check';
import { cycleTimeline, type Segment } from '../../../src/domain/clocks/timeline';
import { evaluate } from '../../../src/domain/evaluate';
import { explainClocks } from '../../../src/domain/explain';
import { at, HOUR, Life, MIN, template } from '../../support/itr';

const cfg = template();
const configs = [{ activatedAt: Number.NEGATIVE_INFINITY, config: cfg }];
const cal = cfg.calendars.get(cfg.doc.defaultCalendar)!;
const RUNS = Number(process.env.PROPERTY_RUNS ?? 100);
const length = (segments: readonly Segment[], kind: Segment['kind'], ahead: boolean) =>
  segments.filter((s) => s.kind === kind && (s.ahead === true) === ahead).reduce((n, s) => n + s.to - s.from, 0);

describe('cycleTimeline', () => {
  it('a worked example: a Friday cycle paused by the customer, then the Qingming weekend and holiday', () => {
    const fri = at('2026-04-03T16:00:00+08:00'); // Apr 4–6 are off (Sat–Mon, Qingming)
    const now = at('2026-04-03T19:00:00+08:00');
    const pauses = [[fri + HOUR, fri + HOUR + 30 * MIN]] as const;
    const deadline = cal.deadline(fri, 4 * HOUR, pauses);
    const t = cycleTimeline(cal, { start: fri, stop: null, deadline }, pauses, now);
    expect(t.segments).toEqual([
      { from: fri, to: fri + HOUR, kind: 'counting' },
      { from: fri + HOUR, to: fri + 90 * MIN, kind: 'paused' },
      { from: fri + 90 * MIN, to: at('2026-04-03T18:00:00+08:00'), kind: 'counting' },
      { from: at('2026-04-03T18:00:00+08:00'), to: now, kind: 'closed' },
      { from: now, to: at('2026-04-06T09:00:00+08:00'), kind: 'closed', ahead: true },
      { from: at('2026-04-06T09:00:00+08:00'), to: at('2026-04-06T18:00:00+08:00'), kind: 'holiday', ahead: true },
      { from: at('2026-04-06T18:00:00+08:00'), to: at('2026-04-07T09:00:00+08:00'), kind: 'closed', ahead: true },
      { from: at('2026-04-07T09:00:00+08:00'), to: deadline, kind: 'counting', ahead: true },
    ]);
    expect(deadline).toBe(at('2026-04-07T11:30:00+08:00'));
  });

  it('segments tile the cycle; counting time is the business time used, and ahead of now what is left', () => {
    const cases = fc.record({
      start: fc.integer({ min: at('2026-01-01T00:00:00Z'), max: at('2026-12-01T00:00:00Z') }),
      ran: fc.integer({ min: 0, max: 10 * 24 * 60 }).map((m) => m * MIN),
      stopped: fc.boolean(),
      target: fc.integer({ min: 1, max: 12 * 9 * 60 }).map((m) => m * MIN),
      pauses: fc.array(fc.tuple(fc.integer({ min: -600, max: 30_000 }), fc.integer({ min: 0, max: 3000 })), {
        maxLength: 5,
      }),
    });
    fc.assert(
      fc.property(cases, ({ start, ran, stopped, target, pauses: raw }) => {
        const now = start + ran;
        // Pauses as goalTimeline gives them: sorted, disjoint, not beyond now.
        const pauses: Array<[number, number]> = [];
        for (const [s, len] of [...raw].sort((a, b) => a[0] - b[0])) {
          const a = Math.max(start + s * MIN, pauses[pauses.length - 1]?.[1] ?? -Infinity);
          const b = Math.min(Math.max(a, start + (s + len) * MIN), now);
          if (a < b) pauses.push([a, b]);
        }
        const deadline = stopped ? undefined : cal.deadline(start, target, pauses);
        const t = cycleTimeline(
          cal,
          { start, stop: stopped ? now : null, ...(deadline ? { deadline } : {}) },
          pauses,
          now,
        );
        const s = t.segments;
        expect(t.omitted).toBe(0);
        if (s.length > 0) {
          expect(s[0]!.from).toBe(start);
          expect(s[s.length - 1]!.to).toBe(stopped ? now : Math.max(now, deadline!));
        }
        for (let i = 1; i < s.length; i++) {
          expect(s[i]!.from).toBe(s[i - 1]!.to);
          expect([s[i]!.kind, s[i]!.ahead]).not.toEqual([s[i - 1]!.kind, s[i - 1]!.ahead]);
          if (s[i]!.kind === 'closed' && i + 1 < s.length)
            expect([s[i - 1]!.kind, s[i + 1]!.kind]).not.toEqual(['holiday', 'holiday']);
        }
        expect(length(s, 'counting', false)).toBe(cal.elapsed(start, now, pauses));
        if (!stopped && deadline! > now) expect(length(s, 'counting', true)).toBe(cal.elapsed(now, deadline!));
        for (const x of s) if (x.kind === 'closed' || x.kind === 'holiday') expect(cal.elapsed(x.from, x.to)).toBe(0);
      }),
      { numRuns: RUNS },
    );
  });
});

describe('explainClocks', () => {
  it('dates every escalation done at the instant evaluate() gives it for the same history', () => {
    const mon = at('2026-03-02T09:30:00+08:00');
    const life = new Life({
      created: mon,
      fields: { components: ['Printer'], custom: { Impact: 'Moderate / Limited', Urgency: 'Medium' } },
    })
      .status(mon + 20 * MIN, 'Waiting for customer')
      .status(mon + 50 * MIN, 'In Progress')
      .push({ at: mon + HOUR, type: 'escalationRequested', by: 'agent-1', reason: 'needs an expert' })
      .push({ at: mon + 90 * MIN, type: 'complaint', by: 'cio', via: 'customer' });
    const end = mon + 30 * HOUR;
    // In one go, as the engine's own properties define the state: every action due, with its instant.
    const e = evaluate(life.issue(end), life.events, cfg, end);
    const due = new Map<string, number>();
    for (const a of e.actions) if (!due.has(a.group)) due.set(a.group, a.dueAt);
    const story = explainClocks(life.issue(end), life.events, configs, end, e.state.done);
    const dated = new Map(story.escalations.map((x) => [x.group, x.at]));
    expect([...due.keys()].filter((g) => /^(sla|ola|tier-request|complaint):/.test(g)).length).toBeGreaterThan(4);
    for (const [group, when] of due)
      if (!group.startsWith('priority')) expect([group, dated.get(group)]).toEqual([group, when]);
    expect(dated.get('tier-request:+3600')).toBe(mon + HOUR);
    expect([...dated.keys()].some((g) => g.startsWith('ola:'))).toBe(true);

    const resolution = story.timelines['resolution']![0]!;
    expect(resolution.segments.map((s) => s.kind)).toContain('paused');
    expect(resolution.segments[0]).toEqual({ from: mon, to: mon + 20 * MIN, kind: 'counting' });
  });
});
