// OLA: the SLA clock split by who held the issue. Each support tier's share of the goal's running,
// unpaused time is measured on the tier's own calendar against the tier's own target.

import type { CompiledConfig } from '../config/compile';
import type { FieldHistory } from '../history';
import type { FieldValue, IssueInput } from '../issue';
import type { ClockState, GoalResult } from './sla';

export interface TierClock {
  readonly state: ClockState;
  readonly targetMs: number;
  /** Tiers not holding the issue now: business ms they held it. */
  readonly elapsedMs?: number;
  /** The holder, clock running: when its target is (or was) reached. */
  readonly timeoutAt?: number;
  /** The holder, clock paused: business ms left. */
  readonly remainingMs?: number;
}

export interface OlaResult {
  readonly current: string | null;
  readonly tiers: Readonly<Record<string, TierClock>>;
  /** Tiers whose target was reached, and when (escalation fires once per tier). */
  readonly timeouts: ReadonlyArray<{ readonly tier: string; readonly at: number }>;
  /** Next instant at which a tier clock changes state without a new event. */
  readonly nextAt: number | null;
}

export function tierAt(cfg: CompiledConfig, issue: IssueInput, h: FieldHistory, t: number): string | null {
  const src = cfg.doc.ola.source;
  return tierOf(cfg, issue, 'field' in src ? h.valueAt(src.field, t) : h.valueAt('assignee', t));
}

/** The tier a source value (the tier field's value, or the assignee) stands for. */
function tierOf(cfg: CompiledConfig, issue: IssueInput, value: FieldValue): string | null {
  if (value === null) return null;
  if ('field' in cfg.doc.ola.source) {
    if (typeof value !== 'object') return cfg.tierByValue.get(String(value)) ?? null;
    return firstTier(cfg, value);
  }
  return typeof value === 'string' ? firstTier(cfg, issue.groups?.[value] ?? []) : null;
}

function firstTier(cfg: CompiledConfig, values: readonly string[]): string | null {
  for (const v of values) {
    const tier = cfg.tierByValue.get(v);
    if (tier !== undefined) return tier;
  }
  return null;
}

export function measureOla(
  cfg: CompiledConfig,
  issue: IssueInput,
  h: FieldHistory,
  goal: GoalResult | undefined,
  pausedNow: boolean,
  now: number,
): OlaResult {
  if (!goal || goal.cycles.length === 0)
    return { current: tierAt(cfg, issue, h, now), tiers: {}, timeouts: [], nextAt: null };

  // Spans held by each tier, from creation to now: the holder changes only where the source field does.
  const held = new Map<string, Array<[number, number]>>();
  let from = issue.created;
  const src = cfg.doc.ola.source;
  const field = 'field' in src ? src.field : 'assignee';
  const sourceAt = h.reader(field);
  let tier = tierOf(cfg, issue, sourceAt(from));
  for (const t of h.changesOf(field)) {
    if (t <= from) continue;
    if (t > now) break;
    const next = tierOf(cfg, issue, sourceAt(t));
    if (next !== tier) {
      hold(held, tier, from, t);
      from = t;
      tier = next;
    }
  }
  hold(held, tier, from, now);
  const current = tier; // the holder after every change up to now

  const last = goal.cycles[goal.cycles.length - 1]!;
  const running = last.cycle.stop === null;
  const tiers: Record<string, TierClock> = {};
  const timeouts: Array<{ tier: string; at: number }> = [];
  let nextAt: number | null = null;
  for (const [id, spans] of held) {
    const def = cfg.tierById.get(id)!;
    const cal = cfg.calendars.get(def.calendar)!;
    const targetMs = Math.round(def.targetMinutes * 60_000);
    // The tier's time: where its spans meet the goal's cycles, outside the goal's pauses.
    let used = 0;
    let timeoutAt: number | null = null;
    for (const [a, b] of spans) {
      for (const m of goal.cycles) {
        const x = Math.max(a, m.cycle.start);
        const y = Math.min(b, m.cycle.stop ?? now);
        if (x >= y) continue;
        const part = cal.elapsed(x, y, last.pauses);
        if (timeoutAt === null && used + part >= targetMs) timeoutAt = cal.deadline(x, targetMs - used, last.pauses);
        used += part;
      }
    }
    const holding = running && current === id;
    // A tier that reaches its target timed out, holding it or not: the app's own reassignment at the timeout
    // hands over exactly at the target, and the tier must not then read as met.
    const timedOut = used >= targetMs;
    if (timedOut && timeoutAt !== null) timeouts.push({ tier: id, at: timeoutAt });
    if (!holding) {
      tiers[id] = { state: timedOut ? 'breached' : 'met', targetMs, elapsedMs: used };
    } else if (pausedNow) {
      tiers[id] = { state: used >= targetMs ? 'breached' : 'paused', targetMs, remainingMs: targetMs - used };
    } else {
      const at = timeoutAt ?? cal.deadline(now, targetMs - used);
      const risk = Math.ceil(cfg.doc.sla.riskShare * targetMs);
      if (used < risk) nextAt = cal.deadline(now, risk - used);
      else if (used < targetMs) nextAt = at;
      tiers[id] = {
        state: used >= targetMs ? 'breached' : used >= risk ? 'atRisk' : 'running',
        targetMs,
        timeoutAt: at,
      };
    }
  }
  return { current, tiers, timeouts, nextAt };
}

/** Records that `tier` held the issue over [from, to) (every tier that held it gets a clock). */
function hold(held: Map<string, Array<[number, number]>>, tier: string | null, from: number, to: number): void {
  if (tier === null) return;
  let list = held.get(tier);
  if (!list) held.set(tier, (list = []));
  if (to > from) list.push([from, to]);
}
