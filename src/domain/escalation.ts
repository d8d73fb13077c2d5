// Escalation: threshold escalations on SLA goals, support-tier escalation on OLA timeouts or on demand,
// and complaints (a customer's outranks a user's). Output is declarative actions with idempotency keys;
// an action is due from the instant its trigger happened, so evaluating late or twice changes nothing.

import type { Action, ActionBody, Recipient } from './actions';
import type { GoalResult } from './clocks/sla';
import type { OlaResult } from './clocks/ola';
import type { CompiledConfig } from './config/compile';
import type { ActionTemplate } from './config/schema';
import type { Facts } from './facts';
import type { TimelineEvent } from './issue';
import { fill, type LocalText } from './text';
import { wallClock } from './time/format';

export interface EscalationInput {
  readonly cfg: CompiledConfig;
  readonly issueKey: string;
  /** Instants in keys are written relative to creation: short, and cheap to make. */
  readonly created: number;
  readonly facts: Facts;
  readonly goals: readonly GoalResult[];
  readonly ola: OlaResult;
  readonly events: readonly TimelineEvent[];
  readonly tierAt: (t: number) => string | null;
  readonly factsAt: (t: number) => Facts;
  readonly now: number;
  /** Keys already carried out: not rendered again. */
  readonly done: ReadonlySet<string>;
}

export interface EscalationResult {
  readonly actions: Action[];
  /** Earliest future threshold instant. */
  readonly nextAt: number | null;
}

export function escalate(x: EscalationInput): EscalationResult {
  const { cfg, now } = x;
  const actions: Action[] = [];
  let nextAt: number | null = null;
  const zoneOf = (calendar: string) => cfg.doc.calendars.find((c) => c.id === calendar)!.spec.timeZone;

  for (const rule of cfg.doc.escalation.thresholds) {
    if (rule.when.serviceTypes && !rule.when.serviceTypes.includes(x.facts.serviceType)) continue;
    if (rule.when.grades && !rule.when.grades.includes(x.facts.grade)) continue;
    for (const g of x.goals) {
      if (!rule.goals.includes(g.goal)) continue;
      const goalName = cfg.goalById.get(g.goal)!.name;
      for (const m of g.cycles) {
        let due: string | undefined;
        const cyclePrefix = `sla:${rule.id}:${g.goal}:${stamp(m.cycle.start, x.created)}:`;
        for (const step of rule.at) {
          const prefix = `${cyclePrefix + String(step.percent)}:`;
          if (x.done.has(`${prefix}0`)) continue; // a step's actions fall due together: carried out already
          const at = m.reachedAt(Math.ceil((step.percent / 100) * m.cycle.targetMs));
          if (at === null) continue;
          if (at > now) {
            nextAt = nextAt === null ? at : Math.min(nextAt, at);
            continue;
          }
          let values: Record<string, string | number | LocalText> | undefined;
          step.actions.forEach((t, i) => {
            const key = prefix + String(i);
            if (x.done.has(key)) return;
            if (!values) {
              if (due === undefined) {
                const deadline = m.reachedAt(m.cycle.targetMs);
                due = deadline === null ? '—' : wallClock(deadline, zoneOf(m.cycle.calendar));
              }
              values = { issue: x.issueKey, goal: goalName, percent: step.percent, due };
            }
            const body = render(x, t, values, at);
            if (body) actions.push({ ...body, key, dueAt: at });
          });
        }
      }
    }
  }

  for (const timeout of x.ola.timeouts) {
    const def = cfg.tierById.get(timeout.tier)!;
    const next = def.next ? cfg.tierById.get(def.next) : undefined;
    const values = { issue: x.issueKey, tier: def.name, target: `${def.targetMinutes} min`, next: next?.name ?? '—' };
    cfg.doc.escalation.tierTimeout.forEach((t, i) => {
      const key = `ola:${timeout.tier}:${i}`;
      if (x.done.has(key)) return;
      const body = t.type === 'reassignNextTier' ? reassign(cfg, timeout.tier) : render(x, t, values, timeout.at);
      if (body) actions.push({ ...body, key, dueAt: timeout.at });
    });
  }

  for (const e of x.events) {
    if (e.type !== 'escalationRequested' && e.type !== 'complaint') continue;
    const when = stamp(e.at, x.created);
    if (e.type === 'escalationRequested') {
      if (x.done.has(`tier-request:${when}:comment`)) continue;
      const body = reassign(cfg, x.tierAt(e.at));
      if (body) actions.push({ ...body, key: `tier-request:${when}`, dueAt: e.at });
      actions.push({
        type: 'comment',
        internal: true,
        text: fill({ en: 'Escalated on request: {reason}', zh: '应要求升级:{reason}' }, { reason: e.reason }),
        key: `tier-request:${when}:comment`,
        dueAt: e.at,
      });
    } else {
      cfg.doc.escalation.complaints[e.via].forEach((t, i) => {
        const key = `complaint:${when}:${i}`;
        if (x.done.has(key)) return;
        const body = render(x, t, { issue: x.issueKey }, e.at);
        if (body) actions.push({ ...body, key, dueAt: e.at });
      });
    }
  }
  return { actions, nextAt };
}

function reassign(cfg: CompiledConfig, from: string | null): ActionBody | null {
  const cur = from ? cfg.tierById.get(from) : cfg.doc.ola.tiers[0];
  const toId = from ? cur?.next : cur?.id;
  const to = toId ? cfg.tierById.get(toId) : undefined;
  if (!to) return null;
  const src = cfg.doc.ola.source;
  const r = to.reassignTo;
  return {
    type: 'reassign',
    fromTier: from,
    toTier: to.id,
    ...(r.group ? { group: r.group } : {}),
    ...(r.accountId ? { accountId: r.accountId } : {}),
    ...('field' in src && r.fieldValue ? { field: src.field, fieldValue: r.fieldValue } : {}),
  };
}

function render(x: EscalationInput, t: ActionTemplate, values: Readonly<Record<string, string | number | LocalText>>, at: number): ActionBody | null {
  const text = (tx: LocalText) => fill(tx, values);
  switch (t.type) {
    case 'comment':
      return { type: 'comment', internal: t.internal, text: text(t.text) };
    case 'notify': {
      const owner = x.facts.service ? x.cfg.doc.services.find((s) => s.id === x.facts.service)?.owner : undefined;
      const to: Recipient[] = [];
      for (const r of t.to) {
        if (typeof r !== 'string') to.push(r);
        else if (r === 'serviceOwner') {
          if (owner) to.push({ owner });
        } else to.push({ role: r });
      }
      return { type: 'notify', to, text: text(t.text) };
    }
    case 'setGrade': {
      const g = typeof t.grade === 'string' ? t.grade : x.factsAt(at).grade;
      const def = x.cfg.doc.grading.grades.find((d) => d.id === g)!;
      return { type: 'setPriority', grade: g, jiraPriority: def.jiraPriority };
    }
    case 'reassignNextTier':
      return reassign(x.cfg, x.tierAt(at));
    case 'addLabel':
      return { type: 'addLabel', label: t.label };
    case 'transition':
      return { type: 'transition', status: t.status };
  }
}

/** An instant as "+seconds[.ms]" after creation; small integers turn into strings far faster than epoch ms. */
export function stamp(t: number, created: number): string {
  const d = t - created;
  const s = Math.floor(d / 1000);
  const ms = d - s * 1000;
  return ms === 0 ? `+${s}` : `+${s}.${ms}`;
}
