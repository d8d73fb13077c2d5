// SLA goals: each cycle of a goal measured on its calendar against its target. A completed cycle is judged
// by the config version in force when it stopped (and the facts of that moment); a running cycle by the
// latest version and the facts of now.

import { configAt, type CompiledConfig, type ConfigHistory } from '../config/compile';
import type { Facts } from '../facts';
import type { IssueInput } from '../issue';
import type { BusinessCalendar } from '../time/calendar';
import type { Cycle, GoalTimeline, Span } from './cycles';

export type ClockState = 'running' | 'atRisk' | 'paused' | 'met' | 'breached';

export interface MeasuredCycle {
  readonly start: number;
  readonly stop: number | null;
  readonly targetMs: number;
  readonly calendar: string;
  readonly configVersion: number;
  readonly state: ClockState;
  /** Completed cycles: business ms used. */
  readonly elapsedMs?: number;
  /** Running, not paused: when the target is (or was) reached. */
  readonly deadline?: number;
  /** Running and paused: business ms left (negative once breached). */
  readonly remainingMs?: number;
}

export interface CycleMath {
  readonly cycle: MeasuredCycle;
  readonly cal: BusinessCalendar;
  readonly pauses: readonly Span[];
  /** Business ms used by now (or at stop). */
  readonly used: number;
  /** Instant at which `budget` business ms are used, if that happens without a new event. */
  reachedAt(budget: number): number | null;
}

export interface GoalResult {
  readonly goal: string;
  readonly cycles: readonly CycleMath[];
}

type Target = { targetMs: number; calendar: string } | null;

/** The issue's project (key) and type: the app's own problems, LTC and IPD issues are measured only by a
 * policy that names both, so the incident SLAs never run on them. */
export type IssueKind = Pick<IssueInput, 'project' | 'issueType'>;

/** First policy, top-down, whose conditions hold and that sets a target for the goal. */
function findTarget(cfg: CompiledConfig, goal: string, f: Facts, issue: IssueKind): Target {
  const created = cfg.createdByApp.has(`${issue.project} ${issue.issueType}`);
  for (const p of cfg.doc.sla.policies) {
    const w = p.when;
    if (created && !(w.projects && w.issueTypes)) continue;
    if (w.projects && !w.projects.includes(issue.project)) continue;
    if (w.issueTypes && !w.issueTypes.includes(issue.issueType)) continue;
    if (w.serviceTypes && !w.serviceTypes.includes(f.serviceType)) continue;
    if (w.grades && !w.grades.includes(f.grade)) continue;
    if (w.customerTiers && !(f.customerTier !== null && w.customerTiers.includes(f.customerTier))) continue;
    if (w.customers && !(f.customer !== null && w.customers.includes(f.customer))) continue;
    const minutes = p.targets[goal];
    if (minutes === undefined) continue;
    const svc = f.service ? cfg.serviceById.get(f.service) : undefined;
    return { targetMs: Math.round(minutes * 60_000), calendar: p.calendar ?? svc?.calendar ?? cfg.doc.defaultCalendar };
  }
  return null;
}

export function measureGoal(
  issue: IssueKind,
  goal: string,
  tl: GoalTimeline,
  configs: ConfigHistory,
  factsAt: (cfg: CompiledConfig, t: number) => Facts,
  now: number,
): GoalResult {
  const out: CycleMath[] = [];
  // Cycles mostly share their facts, hence their target.
  let lastFacts: Facts | undefined;
  let target: Target = null;
  for (const c of tl.cycles) {
    const at = c.stop ?? now;
    const cfg = configAt(configs, at);
    const facts = factsAt(cfg, at);
    if (facts !== lastFacts) target = findTarget(cfg, goal, (lastFacts = facts), issue);
    if (target) out.push(measureCycle(c, tl, cfg, target, now));
  }
  return { goal, cycles: out };
}

function measureCycle(
  c: Cycle,
  tl: GoalTimeline,
  cfg: CompiledConfig,
  target: NonNullable<Target>,
  now: number,
): CycleMath {
  const cal = cfg.calendars.get(target.calendar)!;
  const pauses = tl.pauses;
  const used = cal.elapsed(c.start, c.stop ?? now, pauses);
  const running = c.stop === null;
  const paused = running && tl.pausedNow;
  const { targetMs, calendar } = target;
  const v = cfg.version;
  let cycle: MeasuredCycle;
  let deadline: number | undefined;
  if (!running) {
    cycle = {
      start: c.start,
      stop: c.stop,
      targetMs,
      calendar,
      configVersion: v,
      state: used <= targetMs ? 'met' : 'breached',
      elapsedMs: used,
    };
  } else if (paused) {
    const remainingMs = targetMs - used;
    cycle = {
      start: c.start,
      stop: null,
      targetMs,
      calendar,
      configVersion: v,
      state: remainingMs <= 0 ? 'breached' : 'paused',
      remainingMs,
    };
  } else {
    const risk = Math.ceil(cfg.doc.sla.riskShare * targetMs);
    const state = used >= targetMs ? 'breached' : used >= risk ? 'atRisk' : 'running';
    deadline = cal.deadline(c.start, targetMs, pauses);
    cycle = { start: c.start, stop: null, targetMs, calendar, configVersion: v, state, deadline };
  }
  return new Measured(cycle, cal, pauses, used, running && !paused, deadline);
}

/** A class rather than an object with a closure: one allocation per cycle instead of three. */
class Measured implements CycleMath {
  constructor(
    readonly cycle: MeasuredCycle,
    readonly cal: BusinessCalendar,
    readonly pauses: readonly Span[],
    readonly used: number,
    /** Whether the clock runs now (so budgets beyond `used` will be reached). */
    private readonly ticking: boolean,
    /** When the target is reached, once known. */
    private deadline: number | undefined,
  ) {}

  reachedAt(budget: number): number | null {
    if (budget > this.used && !this.ticking) return null;
    if (budget !== this.cycle.targetMs) return this.cal.deadline(this.cycle.start, budget, this.pauses);
    return (this.deadline ??= this.cal.deadline(this.cycle.start, budget, this.pauses));
  }
}
