// Why the clocks read what they read: each goal's recent cycles as timelines (counting, paused, closed,
// holiday) and the instant of every escalation already done. Pure, like evaluate(): the same history,
// configurations and instant give the same story, measured by the same clock code.

import { goalTimeline } from './clocks/cycles';
import { measureOla } from './clocks/ola';
import { measureGoal, type GoalResult } from './clocks/sla';
import { cycleTimeline, type CycleTimeline } from './clocks/timeline';
import { configAt, type CompiledConfig, type ConfigHistory } from './config/compile';
import { FactsMemo } from './facts';
import { FieldHistory } from './history';
import type { IssueInput, TimelineEvent } from './issue';

/** Timelines are told for this many of a goal's latest cycles. */
export const TOLD_CYCLES = 5;

export interface ClockStory {
  /** Per goal, its latest cycles, oldest first. */
  readonly timelines: Readonly<Record<string, readonly CycleTimeline[]>>;
  /** Each done group with the instant it fell due (null when its cycle or event is no longer measured). */
  readonly escalations: ReadonlyArray<{ readonly group: string; readonly at: number | null }>;
}

export function explainClocks(
  issue: IssueInput,
  timeline: readonly TimelineEvent[],
  configs: ConfigHistory,
  now: number,
  done: readonly string[],
): ClockStory {
  const h = new FieldHistory(issue, timeline, now);
  const cfg = configAt(configs, now);
  const memo = new FactsMemo(issue, h);
  const factsAt = (c: CompiledConfig, t: number) => memo.at(c, t);

  const timelines: Record<string, CycleTimeline[]> = {};
  const results = new Map<string, GoalResult>();
  let olaPaused = false;
  for (const g of cfg.doc.sla.goals) {
    const tl = goalTimeline(g.id, configs, h, issue.created, now);
    const result = measureGoal(issue, g.id, tl, configs, factsAt, now);
    results.set(g.id, result);
    if (g.id === cfg.doc.ola.goal) olaPaused = tl.pausedNow;
    timelines[g.id] = result.cycles.slice(-TOLD_CYCLES).map((m) => cycleTimeline(m.cal, m.cycle, m.pauses, now));
  }
  const ola = measureOla(cfg, issue, h, results.get(cfg.doc.ola.goal), olaPaused, now);

  const escalations = done.map((group) => {
    const parts = group.split(':');
    const since = (stamp: string | undefined) => (stamp === undefined ? null : unstamp(issue.created, stamp));
    switch (parts[0]) {
      case 'sla': {
        // sla:<rule>:<goal>:<cycle start>:<percent>
        const start = since(parts[3]);
        const m = results.get(parts[2]!)?.cycles.find((c) => c.cycle.start === start);
        const percent = Number(parts[4]);
        return { group, at: m ? m.reachedAt(Math.ceil((percent / 100) * m.cycle.targetMs)) : null };
      }
      case 'ola':
        return { group, at: ola.timeouts.find((t) => t.tier === parts[1])?.at ?? null };
      case 'tier-request':
      case 'complaint':
        return { group, at: since(parts[1]) };
      default:
        return { group, at: null };
    }
  });
  return { timelines, escalations };
}

/** The instant an escalation group's stamp ("+seconds" or "+seconds.ms" after creation) names. */
function unstamp(created: number, stamp: string): number | null {
  const m = /^\+(\d+)(?:\.(\d{1,3}))?$/.exec(stamp);
  return m ? created + Number(m[1]) * 1000 + Number(m[2] ?? 0) : null;
}
