// What the SLA panel shows, computed in one resolver call: the stored state plus what the browser cannot
// work out itself — business time left on the goal's calendar, where that calendar opens and closes over
// the next two days (so the browser counts down alone), the clocks' timelines and escalation instants
// (the story told by the domain), each tier's OLA time used, and the configuration's names.

import type { CalendarAhead, EscalationDone, GoalView, PanelView, PauseReason, TierView } from '../contract/panel';
import type { CompiledConfig } from '../domain/config/compile';
import type { ClockStory } from '../domain/explain';
import type { ItrState } from '../domain/state';
import type { BusinessCalendar } from '../domain/time/calendar';

/** How far ahead the browser is told where the calendar opens and closes (it asks again after). */
export const AHEAD_MS = 48 * 3_600_000;
const WEEK = 7 * 24 * 3_600_000;

function goalView(cfg: CompiledConfig, state: ItrState, story: ClockStory | null, now: number, id: string): GoalView {
  const goal = cfg.doc.sla.goals.find((g) => g.id === id);
  const { state: current, cycles } = state.goals[id]!;
  const last = cycles[cycles.length - 1];
  const cal = last ? cfg.calendars.get(last.calendar) : undefined;
  let leftMs: number | null = null;
  let pausedBy: PauseReason | null = null;
  let calendar: CalendarAhead | null = null;
  if (last && last.stop === null && cal) {
    if (last.deadline !== undefined)
      leftMs = last.deadline >= now ? cal.elapsed(now, last.deadline) : -cal.elapsed(last.deadline, now);
    else leftMs = last.remainingMs ?? null;
    if (last.state === 'paused' || last.deadline === undefined) pausedBy = 'status';
    else {
      // Read from the instants the browser gets, so the server and the browser agree on why at `now`.
      calendar = ahead(cal, now);
      const at = (spans: CalendarAhead['open']) => spans.some(([a, b]) => a <= now && now < b);
      if (!at(calendar.open)) pausedBy = at(calendar.holidays) ? 'holiday' : 'hours';
    }
  }
  const targetMs = last?.targetMs ?? 0;
  return {
    id,
    name: goal?.name ?? { en: id, zh: id },
    state: current,
    targetMs,
    leftMs,
    deadline: last?.stop === null ? (last.deadline ?? null) : null,
    pausedBy,
    riskLeftMs: targetMs - Math.ceil(cfg.doc.sla.riskShare * targetMs),
    calendar,
    earlier: cycles.slice(0, -1),
    timeline: story?.timelines[id] ?? [],
  };
}

/** Where the calendar opens and closes over the next AHEAD_MS, and its holidays there: the closed time
 * between two holiday spans (a holiday's nights and weekend) counts as holiday, as on the timeline. */
function ahead(cal: BusinessCalendar, now: number): CalendarAhead {
  const until = now + AHEAD_MS;
  const holidays: Array<[number, number]> = [];
  // A week either side finds the holiday spans a closed stretch around now lies between.
  for (const [a, b] of cal.holidays(Math.max(0, now - WEEK), until + WEEK)) {
    const last = holidays[holidays.length - 1];
    if (last && cal.elapsed(last[1], a) === 0) last[1] = b;
    else holidays.push([a, b]);
  }
  return {
    open: cal.openings(now, until),
    holidays: holidays
      .filter(([a, b]) => b > now && a < until)
      .map(([a, b]) => [Math.max(a, now), Math.min(b, until)] as const),
    until,
  };
}

/** Each tier that held the issue: business time used against its target, on the tier's calendar. */
function olaView(cfg: CompiledConfig, state: ItrState, now: number): TierView[] {
  return cfg.doc.ola.tiers.flatMap((tier) => {
    const c = state.ola[tier.id];
    if (!c) return [];
    const cal = cfg.calendars.get(tier.calendar)!;
    let usedMs = c.elapsedMs ?? c.targetMs - (c.remainingMs ?? 0);
    if (c.timeoutAt !== undefined)
      usedMs = c.targetMs + (c.timeoutAt >= now ? -cal.elapsed(now, c.timeoutAt) : cal.elapsed(c.timeoutAt, now));
    const holding = state.tier === tier.id;
    return [
      {
        id: tier.id,
        name: tier.name,
        state: c.state,
        targetMs: c.targetMs,
        usedMs,
        holding,
        timeoutAt: c.timeoutAt ?? null,
      },
    ];
  });
}

/** Escalation groups only (routing and priority groups are not escalations), oldest first. */
function escalations(story: ClockStory | null): EscalationDone[] {
  const kinds = /^(sla|ola|tier-request|complaint):/;
  return (story?.escalations ?? [])
    .filter((e) => kinds.test(e.group))
    .sort((a, b) => (a.at ?? Infinity) - (b.at ?? Infinity) || a.group.localeCompare(b.group));
}

export function describe(
  cfg: CompiledConfig,
  state: ItrState | null,
  now: number,
  canEdit: boolean,
  story: ClockStory | null,
  customerName: string | null,
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
    customerName,
    parties: doc.responsibility.parties.map((p) => ({ id: p.id, name: p.name })),
    goals: state ? Object.keys(state.goals).map((id) => goalView(cfg, state, story, now, id)) : [],
    escalations: escalations(story),
    ola: state ? olaView(cfg, state, now) : [],
    tiers: doc.ola.tiers.map((t) => ({ id: t.id, name: t.name })),
  };
}

/** No configuration with a scope is active: the panel says so and offers nothing. */
export function inactiveView(now: number): PanelView {
  const names = { serviceType: null, grade: null, service: null };
  const none = { parties: [], goals: [], escalations: [], ola: [], tiers: [] };
  return {
    managed: false,
    now,
    canEdit: false,
    state: null,
    configVersion: 0,
    names,
    emergencyPlanUrl: null,
    customerName: null,
    ...none,
  };
}
