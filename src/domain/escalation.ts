// Escalation: threshold escalations on SLA goals, support-tier escalation on OLA timeouts or on demand,
// and complaints (a customer's outranks a user's). Output is declarative actions with idempotency keys;
// an action is due from the instant its trigger happened, so evaluating late or twice changes nothing.

import type { Action, Recipient } from './actions';
import type { GoalResult } from './clocks/sla';
import type { OlaResult } from './clocks/ola';
import type { CompiledConfig } from './config/compile';
import type { ActionTemplate } from './config/schema';
import type { Facts } from './facts';
import type { DoneGroups } from './done';
import type { Step } from './history';
import { MAX_CYCLES } from './state';
import { message, type MessageValue } from './text';

export interface EscalationInput {
  readonly cfg: CompiledConfig;
  readonly issueKey: string;
  /** Instants in keys are written relative to creation: short, and cheap to make. */
  readonly created: number;
  readonly facts: Facts;
  readonly goals: readonly GoalResult[];
  readonly ola: OlaResult;
  /** Complaints and escalation requests, in time order. */
  readonly requests: readonly Step[];
  readonly tierAt: (t: number) => string | null;
  readonly factsAt: (t: number) => Facts;
  readonly now: number;
  /** Keys already carried out: not rendered again. */
  readonly done: DoneGroups;
  /** Actions due before this instant are not built; their groups are reported as passed. */
  readonly since?: number;
}

export interface EscalationResult {
  readonly actions: Action[];
  /** Groups that fell due before `since`: done without being built (a first evaluation of an old issue). */
  readonly passed: string[];
  /** Earliest future threshold instant. */
  readonly nextAt: number | null;
}

export function escalate(x: EscalationInput): EscalationResult {
  const { cfg, now } = x;
  const since = x.since ?? Number.NEGATIVE_INFINITY;
  const actions: Action[] = [];
  const passed: string[] = [];
  let nextAt: number | null = null;

  for (const rule of cfg.doc.escalation.thresholds) {
    if (rule.when.serviceTypes && !rule.when.serviceTypes.includes(x.facts.serviceType)) continue;
    if (rule.when.grades && !rule.when.grades.includes(x.facts.grade)) continue;
    const steps = cfg.thresholdSteps.get(rule.id)!; // ascending by percent
    for (const g of x.goals) {
      if (!rule.goals.includes(g.goal)) continue;
      const goalName = cfg.goalById.get(g.goal)!.name;
      for (const m of recent(g.cycles, MAX_CYCLES)) {
        const targetMs = m.cycle.targetMs;
        // Steps reached so far are 0..reached-1. They fall due in order, so once one is done all below it
        // are done too: look down from the highest for the first that is not, then emit upwards.
        let reached = 0;
        while (reached < steps.length && budgetOf(steps[reached]!.percent, targetMs) <= m.used) reached++;
        if (reached > 0) {
          const cyclePrefix = `sla:${rule.id}:${g.goal}:${stamp(m.cycle.start, x.created)}:`;
          let from = reached;
          if (x.done.size === 0) from = 0; // a first evaluation: nothing to look up
          while (from > 0 && !x.done.has(cyclePrefix + String(steps[from - 1]!.percent))) from--;
          // Likewise, if the highest step fell due before `since`, all below it did: their instants (a
          // calendar search each) are not needed.
          const allPast = from < reached && m.reachedAt(budgetOf(steps[reached - 1]!.percent, targetMs))! < since;
          let due: MessageValue | undefined;
          for (let k = from; k < reached; k++) {
            const step = steps[k]!;
            const group = cyclePrefix + String(step.percent);
            const budget = budgetOf(step.percent, targetMs);
            const at = allPast ? null : m.reachedAt(budget)!;
            if (at === null || at < since) {
              // Only a reassignment needs the instant (for the tier then).
              if (buildsAlways(step.actions) || yieldsAction(x, step.actions, at ?? m.reachedAt(budget)!))
                passed.push(group);
              continue;
            }
            if (due === undefined) {
              const deadline = m.reachedAt(targetMs);
              due = deadline === null ? '—' : { instant: deadline, zone: zoneOf(cfg, m.cycle.calendar) };
            }
            const values = { issue: x.issueKey, goal: goalName, percent: step.percent, due };
            for (let i = 0; i < step.actions.length; i++) {
              const a = render(x, step.actions[i]!, values, group, i, at);
              if (a) actions.push(a);
            }
          }
        }
        if (reached < steps.length) {
          const at = m.reachedAt(budgetOf(steps[reached]!.percent, targetMs));
          if (at !== null && at > now) nextAt = nextAt === null ? at : Math.min(nextAt, at);
        }
      }
    }
  }

  const onTimeout = cfg.doc.escalation.tierTimeout;
  for (const timeout of x.ola.timeouts) {
    const group = `ola:${timeout.tier}`;
    if (x.done.has(group)) continue;
    if (timeout.at < since) {
      if (yieldsAction(x, onTimeout, timeout.at, timeout.tier)) passed.push(group);
      continue;
    }
    const def = cfg.tierById.get(timeout.tier)!;
    const next = def.next ? cfg.tierById.get(def.next) : undefined;
    const values = { issue: x.issueKey, tier: def.name, target: `${def.targetMinutes} min`, next: next?.name ?? '—' };
    for (let i = 0; i < onTimeout.length; i++) {
      const t = onTimeout[i]!;
      const a =
        t.type === 'reassignNextTier'
          ? reassign(cfg, timeout.tier, group, i, timeout.at)
          : render(x, t, values, group, i, timeout.at);
      if (a) actions.push(a);
    }
  }

  for (const s of recent(x.requests, MAX_EVENTS)) {
    const e = s.event!;
    if (e.type !== 'escalationRequested' && e.type !== 'complaint') continue;
    const when = stamp(e.at, x.created);
    if (e.type === 'escalationRequested') {
      const group = `tier-request:${when}`;
      if (x.done.has(group)) continue;
      if (e.at < since) {
        passed.push(group); // its comment is always built
        continue;
      }
      const body = reassign(cfg, x.tierAt(e.at), group, 0, e.at);
      if (body) actions.push(body);
      actions.push({
        type: 'comment',
        internal: true,
        text: message({ en: 'Escalated on request: {reason}', zh: '应要求升级:{reason}' }, { reason: e.reason }),
        key: `${group}:1`,
        group,
        dueAt: e.at,
      });
    } else {
      const group = `complaint:${when}`;
      if (x.done.has(group)) continue;
      const templates = cfg.doc.escalation.complaints[e.via];
      if (e.at < since) {
        if (yieldsAction(x, templates, e.at)) passed.push(group);
        continue;
      }
      const values = { issue: x.issueKey };
      for (let i = 0; i < templates.length; i++) {
        const a = render(x, templates[i]!, values, group, i, e.at);
        if (a) actions.push(a);
      }
    }
  }
  return { actions, passed, nextAt };
}

/** Whether templates due at `at` build at least one action (only a reassignment past the last tier builds none). */
function yieldsAction(
  x: EscalationInput,
  templates: readonly ActionTemplate[],
  at: number,
  fromTier?: string | null,
): boolean {
  for (const t of templates) {
    // The tier (a field lookup) is read only for a reassignment.
    if (
      t.type !== 'reassignNextTier' ||
      nextTier(x.cfg, fromTier === undefined ? x.tierAt(at) : fromTier) !== undefined
    )
      return true;
  }
  return false;
}

/** Whether templates build an action whatever the tier (all but a reassignment do). */
const buildsAlways = (templates: readonly ActionTemplate[]): boolean =>
  templates.some((t) => t.type !== 'reassignNextTier');

/** Business ms at which a threshold step of a target is reached. */
const budgetOf = (percent: number, targetMs: number): number => Math.ceil((percent / 100) * targetMs);

const zoneOf = (cfg: CompiledConfig, calendar: string): string =>
  cfg.doc.calendars.find((c) => c.id === calendar)!.spec.timeZone;

// The state must stay under Jira's 32 KB: only the latest cycles and the latest complaints and requests
// escalate (older ones were escalated when they were recent), and done groups of older ones are dropped.
const MAX_EVENTS = 50;

const recent = <T>(xs: readonly T[], n: number): readonly T[] => (xs.length > n ? xs.slice(-n) : xs);

/** Whether some cycle or event lies outside the window that escalates (so done groups may be pruned). */
export function beyondWindow(goals: readonly GoalResult[], requests: readonly Step[]): boolean {
  if (requests.length > MAX_EVENTS) return true;
  for (const g of goals) if (g.cycles.length > MAX_CYCLES) return true;
  return false;
}

/** Done groups without those of cycles and events that no longer escalate. */
export function pruneDone(
  done: readonly string[],
  goals: readonly GoalResult[],
  requests: readonly Step[],
  created: number,
): string[] {
  const live = new Set<string>();
  for (const g of goals)
    for (const m of recent(g.cycles, MAX_CYCLES)) live.add(`${g.goal}:${stamp(m.cycle.start, created)}`);
  for (const s of recent(requests, MAX_EVENTS)) live.add(stamp(s.at, created));
  return done.filter((group) => {
    const parts = group.split(':');
    if (parts[0] === 'sla') return live.has(`${parts[2]!}:${parts[3]!}`);
    if (parts[0] === 'complaint' || parts[0] === 'tier-request') return live.has(parts[1]!);
    return true;
  });
}

/** The tier a reassignment from `from` goes to: the next one, or the first if none holds the issue. */
function nextTier(cfg: CompiledConfig, from: string | null): Tier | undefined {
  const cur = from ? cfg.tierById.get(from) : cfg.doc.ola.tiers[0];
  const toId = from ? cur?.next : cur?.id;
  return toId ? cfg.tierById.get(toId) : undefined;
}

type Tier = CompiledConfig['doc']['ola']['tiers'][number];

function reassign(cfg: CompiledConfig, from: string | null, group: string, i: number, dueAt: number): Action | null {
  const to = nextTier(cfg, from);
  if (!to) return null;
  const src = cfg.doc.ola.source;
  const r = to.reassignTo;
  return {
    type: 'reassign',
    fromTier: from,
    toTier: to.id,
    ...(r.accountId ? { accountId: r.accountId } : {}),
    ...('field' in src && r.fieldValue ? { field: src.field, fieldValue: r.fieldValue } : {}),
    key: `${group}:${i}`,
    group,
    dueAt,
  };
}

function render(
  x: EscalationInput,
  t: ActionTemplate,
  values: Readonly<Record<string, MessageValue>>,
  group: string,
  i: number,
  dueAt: number,
): Action | null {
  const key = `${group}:${i}`;
  switch (t.type) {
    case 'comment':
      return { type: 'comment', internal: t.internal, text: message(t.text, values), key, group, dueAt };
    case 'notify':
      return { type: 'notify', to: recipients(x, t.to), text: message(t.text, values), key, group, dueAt };
    case 'setGrade': {
      const g = typeof t.grade === 'string' ? t.grade : x.factsAt(dueAt).grade;
      const def = x.cfg.doc.grading.grades.find((d) => d.id === g)!;
      return { type: 'setPriority', grade: g, jiraPriority: def.jiraPriority, key, group, dueAt };
    }
    case 'reassignNextTier':
      return reassign(x.cfg, x.tierAt(dueAt), group, i, dueAt);
    case 'addLabel':
      return { type: 'addLabel', label: t.label, key, group, dueAt };
    case 'transition':
      return { type: 'transition', status: t.status, key, group, dueAt };
  }
}

// Recipient lists depend only on the template and the service owner: made once, shared (they are read-only).
const recipientCache = new WeakMap<object, Map<string, readonly Recipient[]>>();

function recipients(x: EscalationInput, to: Extract<ActionTemplate, { type: 'notify' }>['to']): readonly Recipient[] {
  const owner = x.facts.service ? x.cfg.serviceById.get(x.facts.service)?.owner : undefined;
  let byOwner = recipientCache.get(to);
  if (!byOwner) recipientCache.set(to, (byOwner = new Map<string, readonly Recipient[]>()));
  const hit = byOwner.get(owner ?? '');
  if (hit) return hit;
  const out: Recipient[] = [];
  for (const r of to) {
    if (typeof r !== 'string') out.push(r);
    else if (r === 'serviceOwner') {
      if (owner) out.push({ owner });
    } else out.push({ role: r });
  }
  byOwner.set(owner ?? '', out);
  return out;
}

/** An instant as "+seconds[.ms]" after creation; small integers turn into strings far faster than epoch ms. */
function stamp(t: number, created: number): string {
  const d = t - created;
  const s = Math.floor(d / 1000);
  const ms = d - s * 1000;
  return ms === 0 ? `+${s}` : `+${s}.${ms}`;
}
