// SLA goals: each cycle of a goal measured on its calendar against its target. A completed cycle is judged
// by the config version in force when it stopped (and the facts of that moment); a running cycle by the
// latest version and the facts of now.

import { configAt, type CompiledConfig, type ConfigHistory } from '../config/compile';
import type { Facts } from '../facts';
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
  readonly reachedAt: (budget: number) => number | null;
}

export interface GoalResult {
  readonly goal: string;
  readonly cycles: readonly CycleMath[];
}

type Target = { targetMs: number; calendar: string } | null;
const targets = new WeakMap<Facts, Map<string, Target>>();

/** First policy, top-down, whose conditions hold and that sets a target for the goal. */
export function targetFor(cfg: CompiledConfig, goal: string, f: Facts): Target {
  let byGoal = targets.get(f);
  if (!byGoal) targets.set(f, (byGoal = new Map<string, Target>()));
  let t = byGoal.get(goal);
  if (t === undefined) byGoal.set(goal, (t = findTarget(cfg, goal, f)));
  return t;
}

function findTarget(cfg: CompiledConfig, goal: string, f: Facts): Target {
  for (const p of cfg.doc.sla.policies) {
    const w = p.when;
    if (w.serviceTypes && !w.serviceTypes.includes(f.serviceType)) continue;
    if (w.grades && !w.grades.includes(f.grade)) continue;
    if (w.customerTiers && !(f.customerTier !== null && w.customerTiers.includes(f.customerTier))) continue;
    const minutes = p.targets[goal];
    if (minutes === undefined) continue;
    const svc = f.service ? cfg.doc.services.find((s) => s.id === f.service) : undefined;
    return { targetMs: Math.round(minutes * 60_000), calendar: p.calendar ?? svc?.calendar ?? cfg.doc.defaultCalendar };
  }
  return null;
}

export function measureGoal(
  goal: string,
  tl: GoalTimeline,
  configs: ConfigHistory,
  factsAt: (cfg: CompiledConfig, t: number) => Facts,
  now: number,
): GoalResult {
  const out: CycleMath[] = [];
  for (const c of tl.cycles) {
    const m = measureCycle(goal, c, tl, configs, factsAt, now);
    if (m) out.push(m);
  }
  return { goal, cycles: out };
}

function measureCycle(
  goal: string,
  c: Cycle,
  tl: GoalTimeline,
  configs: ConfigHistory,
  factsAt: (cfg: CompiledConfig, t: number) => Facts,
  now: number,
): CycleMath | null {
  const at = c.stop ?? now;
  const cfg = configAt(configs, at);
  const target = targetFor(cfg, goal, factsAt(cfg, at));
  if (!target) return null;
  const cal = cfg.calendars.get(target.calendar)!;
  const pauses = tl.pauses;
  const used = cal.elapsed(c.start, at, pauses);
  const running = c.stop === null;
  const paused = running && tl.pausedNow;
  const reachedAt = (budget: number): number | null => {
    if (budget <= used) return cal.deadline(c.start, budget, pauses);
    return running && !paused ? cal.deadline(c.start, budget, pauses) : null;
  };
  const base = { start: c.start, stop: c.stop, targetMs: target.targetMs, calendar: target.calendar, configVersion: cfg.version };
  let cycle: MeasuredCycle;
  if (!running) {
    cycle = { ...base, state: used <= target.targetMs ? 'met' : 'breached', elapsedMs: used };
  } else if (paused) {
    const remainingMs = target.targetMs - used;
    cycle = { ...base, state: remainingMs <= 0 ? 'breached' : 'paused', remainingMs };
  } else {
    const risk = Math.ceil(cfg.doc.sla.riskShare * target.targetMs);
    const state = used >= target.targetMs ? 'breached' : used >= risk ? 'atRisk' : 'running';
    cycle = { ...base, state, deadline: cal.deadline(c.start, target.targetMs, pauses) };
  }
  return { cycle, cal, pauses, used, reachedAt };
}
