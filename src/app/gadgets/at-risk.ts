// "At risk now": the open issues whose clocks breach next, each with its most urgent goal and the
// business time left on that goal's calendar (negative: overdue), as the SLA panel counts it.

import type { GadgetTable } from '../../contract/gadgets';
import type { AtRiskSettings } from '../../contract/gadgets/at-risk';
import type { CompiledConfig } from '../../domain/config/compile';
import type { ItrState } from '../../domain/state';
import { breachingNext, type AtRiskRow } from '../../platform/sql/gadgets/at-risk';
import { latest, loadConfigs } from '../config';
import type { GadgetCall } from '../gadget-call';
import { parseState } from '../state-json';
import { configNames } from './config-names';

export const AT_RISK_COLUMNS = [
  { key: 'issue', kind: 'text' },
  { key: 'project', kind: 'text' },
  { key: 'goal', kind: 'text' },
  { key: 'grade', kind: 'text' },
  { key: 'tier', kind: 'text' },
  { key: 'state', kind: 'text' },
  { key: 'breachAt', kind: 'time' },
  { key: 'leftMs', kind: 'duration' },
] as const;

export async function atRisk(s: AtRiskSettings, call: GadgetCall): Promise<GadgetTable> {
  const cfg = latest(await loadConfigs());
  const found = await breachingNext(call.projects, s.breached ? 0 : call.now, s.limit);
  return { columns: AT_RISK_COLUMNS, rows: found.map((r) => row(cfg, r, call.now)), names: configNames(cfg) };
}

function row(cfg: CompiledConfig, r: AtRiskRow, now: number): Record<string, string | number | null> {
  const state = parseState(r.state);
  const urgent = mostUrgent(state, r.breach_at);
  const cal = urgent ? cfg.calendars.get(urgent.calendar) : undefined;
  const leftMs =
    cal === undefined ? null : r.breach_at >= now ? cal.elapsed(now, r.breach_at) : -cal.elapsed(r.breach_at, now);
  return {
    issue: r.issue_key,
    project: r.project,
    goal: urgent?.goal ?? null,
    grade: state.grade,
    tier: state.tier,
    state: urgent ? state.goals[urgent.goal]!.state : state.slaState,
    breachAt: r.breach_at,
    leftMs,
  };
}

/** The goal whose current cycle breaches at the issue's breach instant (the state's most urgent one). */
function mostUrgent(state: ItrState, breachAt: number): { goal: string; calendar: string } | undefined {
  let best: { goal: string; calendar: string; gap: number } | undefined;
  for (const [goal, g] of Object.entries(state.goals)) {
    const last = g.cycles[g.cycles.length - 1];
    if (!last || last.deadline === undefined) continue;
    const gap = Math.abs(last.deadline - breachAt);
    if (!best || gap < best.gap) best = { goal, calendar: last.calendar, gap };
  }
  return best;
}
