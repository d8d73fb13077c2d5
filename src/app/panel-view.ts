// What the SLA panel shows, computed in one resolver call: the stored state plus what the browser cannot
// work out itself — business time left on the goal's calendar, and the configuration's names.

import type { GoalView, PanelView } from '../contract/panel';
import type { CompiledConfig } from '../domain/config/compile';
import type { ItrState } from '../domain/state';

const MINUTE = 60_000;

function goalView(cfg: CompiledConfig, state: ItrState, now: number, id: string): GoalView {
  const goal = cfg.doc.sla.goals.find((g) => g.id === id);
  const { state: current, cycles } = state.goals[id]!;
  const last = cycles[cycles.length - 1];
  const cal = last ? cfg.calendars.get(last.calendar) : undefined;
  let leftMs: number | null = null;
  let pausedBy: GoalView['pausedBy'] = null;
  if (last && last.stop === null && cal) {
    if (last.deadline !== undefined)
      leftMs = last.deadline >= now ? cal.elapsed(now, last.deadline) : -cal.elapsed(last.deadline, now);
    else leftMs = last.remainingMs ?? null;
    if (last.state === 'paused') pausedBy = 'status';
    else if (cal.elapsed(now, now + MINUTE) === 0) pausedBy = 'calendar';
  }
  return {
    id,
    name: goal?.name ?? { en: id, zh: id },
    state: current,
    targetMs: last?.targetMs ?? 0,
    leftMs,
    deadline: last?.stop === null ? (last.deadline ?? null) : null,
    pausedBy,
    earlier: cycles.slice(0, -1),
  };
}

export function describe(
  cfg: CompiledConfig,
  state: ItrState | null,
  now: number,
  canEdit: boolean,
): Omit<PanelView, 'configVersion'> {
  const doc = cfg.doc;
  const service = doc.services.find((s) => s.id === state?.service);
  return {
    managed: state !== null && state.outOfScope !== true,
    now,
    canEdit,
    state,
    names: {
      serviceType: doc.serviceTypes.find((t) => t.id === state?.serviceType)?.name ?? null,
      grade: doc.grading.grades.find((g) => g.id === state?.grade)?.name ?? null,
      service: service?.name ?? null,
    },
    emergencyPlanUrl: service?.emergencyPlanUrl ?? null,
    parties: doc.responsibility.parties.map((p) => ({ id: p.id, name: p.name })),
    goals: state ? Object.keys(state.goals).map((id) => goalView(cfg, state, now, id)) : [],
    tiers: doc.ola.tiers.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** No configuration with a scope is active: the panel says so and offers nothing. */
export function inactiveView(now: number): PanelView {
  const names = { serviceType: null, grade: null, service: null };
  const none = { parties: [], goals: [], tiers: [] };
  return { managed: false, now, canEdit: false, state: null, configVersion: 0, names, emergencyPlanUrl: null, ...none };
}
