// The KPI facts an issue's state holds: every completed SLA goal cycle, every support tier's OLA
// result once the measured goal's cycle completed, and the issue itself in the month it was created. A
// running or paused cycle is no fact; a fact, once derived, derives the same again (its key is the
// issue, the goal or tier, and the cycle's start), so writing it twice changes nothing.

import type { ItrState } from './state';
import { monthOf, type Month } from './months';

export interface FactIssue {
  readonly issueId: string;
  readonly issueKey: string;
  /** Project key, as itr_issue keeps it. */
  readonly project: string;
  readonly created: number;
}

export interface FactLookups {
  /** The service's zone: a fact's month is the month of its stop there. */
  readonly zone: string;
  /** The configuration's measured goal, whose cycles the OLA tiers split. */
  readonly olaGoal: string;
  /** The support tier holding the issue at an instant (null: none). */
  readonly tierAt: (t: number) => string | null;
  /** The project's supplier whose support tier this is, when exactly one supplier has it. */
  readonly supplierOf: (tier: string | null) => string | null;
}

export interface SlaFact {
  readonly issueId: string;
  readonly goal: string;
  readonly start: number;
  readonly issueKey: string;
  readonly project: string;
  readonly month: Month;
  readonly service: string | null;
  readonly serviceType: string;
  readonly grade: string;
  readonly customer: string | null;
  readonly tier: string | null;
  readonly supplier: string | null;
  readonly stop: number;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly met: boolean;
  readonly configVersion: number;
}

export interface OlaFact {
  readonly issueId: string;
  readonly tier: string;
  /** The measured goal's cycle the tier's result was read at. */
  readonly start: number;
  readonly issueKey: string;
  readonly project: string;
  readonly month: Month;
  readonly customer: string | null;
  readonly serviceType: string;
  readonly supplier: string | null;
  readonly stop: number;
  readonly targetMs: number;
  readonly elapsedMs: number;
  readonly met: boolean;
}

export interface IssueFact {
  readonly issueId: string;
  readonly issueKey: string;
  readonly project: string;
  readonly month: Month;
  readonly customer: string | null;
  readonly serviceType: string;
  readonly grade: string;
}

export interface Facts {
  readonly sla: SlaFact[];
  readonly ola: OlaFact[];
  readonly issue: IssueFact;
}

export function deriveFacts(issue: FactIssue, state: ItrState, look: FactLookups): Facts {
  const sla: SlaFact[] = [];
  for (const [goal, g] of Object.entries(state.goals))
    for (const c of g.cycles) {
      if (c.stop === null || c.elapsedMs === undefined) continue; // running or paused: not a fact yet
      const tier = look.tierAt(c.stop);
      sla.push({
        issueId: issue.issueId,
        goal,
        start: c.start,
        issueKey: issue.issueKey,
        project: issue.project,
        month: monthOf(c.stop, look.zone),
        service: state.service,
        serviceType: state.serviceType,
        grade: state.grade,
        customer: state.customer,
        tier,
        supplier: look.supplierOf(tier),
        stop: c.stop,
        targetMs: c.targetMs,
        elapsedMs: c.elapsedMs,
        met: c.elapsedMs <= c.targetMs,
        configVersion: c.configVersion,
      });
    }
  const ola: OlaFact[] = [];
  const last = state.goals[look.olaGoal]?.cycles.at(-1);
  // The tiers' clocks are final only once the measured goal's cycle has stopped (no tier holds it then).
  if (last && last.stop !== null && last.elapsedMs !== undefined)
    for (const [tier, clock] of Object.entries(state.ola)) {
      if (clock.elapsedMs === undefined || (clock.state !== 'met' && clock.state !== 'breached')) continue;
      ola.push({
        issueId: issue.issueId,
        tier,
        start: last.start,
        issueKey: issue.issueKey,
        project: issue.project,
        month: monthOf(last.stop, look.zone),
        customer: state.customer,
        serviceType: state.serviceType,
        supplier: look.supplierOf(tier),
        stop: last.stop,
        targetMs: clock.targetMs,
        elapsedMs: clock.elapsedMs,
        met: clock.state === 'met',
      });
    }
  return {
    sla,
    ola,
    issue: {
      issueId: issue.issueId,
      issueKey: issue.issueKey,
      project: issue.project,
      month: monthOf(issue.created, look.zone),
      customer: state.customer,
      serviceType: state.serviceType,
      grade: state.grade,
    },
  };
}

/** Supplier by tier: a tier two suppliers share names none of them. */
export function suppliersByTier(
  suppliers: ReadonlyArray<{ readonly id: string; readonly tier: string | null }>,
): (tier: string | null) => string | null {
  const by = new Map<string, string | null>();
  for (const s of suppliers) if (s.tier !== null) by.set(s.tier, by.has(s.tier) ? null : s.id);
  return (tier) => (tier === null ? null : (by.get(tier) ?? null));
}
