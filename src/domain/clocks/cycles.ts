// Where a goal's clock ran: its cycles (start → stop) and the spans in which it was paused. Each event is
// judged by the config version in force when it happened, so a later version never moves a past cycle.

import { configAt, type CompiledConfig, type ConfigHistory } from '../config/compile';
import { eventMatches, stateHolds } from '../conditions';
import type { FieldHistory } from '../history';

export interface Cycle {
  readonly start: number;
  readonly stop: number | null;
}

export type Span = readonly [number, number];

export interface GoalTimeline {
  readonly cycles: readonly Cycle[];
  /** Merged spans in which the pause condition held, up to now (an ongoing pause ends at now). */
  readonly pauses: readonly Span[];
  /** Whether the pause condition holds at now. */
  readonly pausedNow: boolean;
}

export function goalTimeline(
  goalId: string,
  configs: ConfigHistory,
  h: FieldHistory,
  created: number,
  now: number,
): GoalTimeline {
  const cycles: Cycle[] = [];
  let open: number | null = null;
  // Versions change rarely: the goal's matchers are looked up again only when the version does.
  let cfg: CompiledConfig | undefined;
  let m: GoalMatchers | undefined;
  for (const e of h.steps) {
    const at = e.at;
    const c = configAt(configs, at);
    if (c !== cfg) m = (cfg = c).goalMatchers.get(goalId);
    if (!m) continue;
    if (open === null) {
      if (eventMatches(cfg, m.start, e, h)) open = at;
    } else if (eventMatches(cfg, m.stop, e, h)) {
      cycles.push({ start: open, stop: at });
      open = null;
    } else if (eventMatches(cfg, m.reset, e, h)) {
      open = at;
    }
  }
  if (open !== null) cycles.push({ start: open, stop: null });

  const pauses: Array<[number, number]> = [];
  if (!pausesUnder(configs, goalId)) return { cycles, pauses, pausedNow: false };
  const statusAt = h.reader('status');
  const times = h.changeTimes;
  let from = created;
  let k = 0;
  while (k < times.length && times[k]! <= created) k++;
  let pcfg: CompiledConfig | undefined;
  let goal: Goal | undefined;
  for (;;) {
    const to = k < times.length ? Math.min(times[k]!, now) : now;
    const c = configAt(configs, from);
    if (c !== pcfg) goal = (pcfg = c).goalById.get(goalId);
    const held =
      goal !== undefined &&
      goal.pause.length > 0 &&
      stateHolds(c, goal.pause, h, from, statusAt(from) as string | null);
    if (held) {
      const last = pauses[pauses.length - 1];
      if (last && last[1] === from) last[1] = to;
      else if (to > from || to === now) pauses.push([from, to]);
    }
    if (to >= now) break;
    from = to;
    while (k < times.length && times[k]! <= from) k++;
  }
  const last = configAt(configs, now);
  if (last !== pcfg) goal = last.goalById.get(goalId);
  return { cycles, pauses, pausedNow: goal !== undefined && stateHolds(last, goal.pause, h, now) };
}

type GoalMatchers = CompiledConfig['goalMatchers'] extends ReadonlyMap<string, infer M> ? M : never;
type Goal = CompiledConfig['doc']['sla']['goals'][number];

/** Whether the goal pauses under some version in force (if not, it has no pause spans to find). */
function pausesUnder(configs: ConfigHistory, goalId: string): boolean {
  for (const v of configs) if ((v.config.goalById.get(goalId)?.pause.length ?? 0) > 0) return true;
  return false;
}
