// evaluate(issue, timeline, config, now): the issue's ITR state and the actions due. Pure: time is a
// parameter, output is data. The stored state's `done` groups make re-evaluation idempotent.

import type { Action } from './actions';
import { goalTimeline, type GoalTimeline } from './clocks/cycles';
import { measureOla, tierAt } from './clocks/ola';
import { measureGoal, type GoalResult } from './clocks/sla';
import { configAt, type CompiledConfig, type ConfigHistory } from './config/compile';
import { doneGroups } from './done';
import { beyondWindow, escalate, pruneDone } from './escalation';
import { FactsMemo, type Facts } from './facts';
import { FieldHistory } from './history';
import type { IssueInput, ProblemContext, TimelineEvent } from './issue';
import { detectProblem } from './problem';
import { responsibilityAt, type Responsibility } from './responsibility';
import { routeToSalesAndRnd } from './routing';
import { MAX_CYCLES, toSeconds, worst, type ItrState, type SlaState } from './state';

export interface EvaluateOptions {
  /** Other incidents and open problems, for the incident-to-problem rules. */
  readonly context?: ProblemContext;
  /** Actions due before this instant are recorded as done but not returned (first evaluation of old issues). */
  readonly actionsSince?: number;
}

export interface Evaluation {
  readonly state: ItrState;
  /** Due and not yet done, oldest first. */
  readonly actions: readonly Action[];
  /** Epoch ms of the next instant anything can change without a new event. */
  readonly nextCheckAt: number | null;
}

export function evaluate(
  issue: IssueInput,
  timeline: readonly TimelineEvent[],
  config: CompiledConfig | ConfigHistory,
  now: number,
  options: EvaluateOptions = {},
): Evaluation {
  const configs: ConfigHistory = 'doc' in config ? [{ activatedAt: Number.NEGATIVE_INFINITY, config }] : config;
  const h = new FieldHistory(issue, timeline, now);
  const cfg = configAt(configs, now);

  const memo = new FactsMemo(issue, h);
  const factsAt = (c: CompiledConfig, t: number): Facts => memo.at(c, t);
  const facts = factsAt(cfg, now);

  const measured: Array<{ tl: GoalTimeline; result: GoalResult }> = [];
  for (const g of cfg.doc.sla.goals) {
    const tl = goalTimeline(g.id, configs, h, issue.created, now);
    measured.push({ tl, result: measureGoal(issue, g.id, tl, configs, factsAt, now) });
  }
  const olaGoal = measured.find((m) => m.result.goal === cfg.doc.ola.goal);
  const ola = measureOla(cfg, issue, h, olaGoal?.result, olaGoal?.tl.pausedNow ?? false, now);
  const tierNow = (t: number) => tierAt(cfg, issue, h, t);

  const previous = issue.property;
  const done = doneGroups(previous?.done);
  const goalResults = measured.map((m) => m.result);
  const esc = escalate({
    cfg,
    issueKey: issue.key,
    created: issue.created,
    facts,
    goals: goalResults,
    ola,
    requests: h.requests,
    tierAt: tierNow,
    factsAt: (t) => factsAt(configAt(configs, t), t),
    now,
    done,
    ...(options.actionsSince === undefined ? {} : { since: options.actionsSince }),
  });

  // One pass for what the remaining rules need: resolutions (entering a done-category status), overrides
  // of responsibility, and complaints by channel.
  const resolutions: number[] = [];
  const decisions: number[] = []; // resolutions and overrides, in time order
  let complaintsCustomer = 0;
  let complaintsUser = 0;
  for (const s of h.steps) {
    if (s.kind === 'changed') {
      if (s.statusTo !== null && h.categoryOf(configAt(configs, s.at), s.statusTo) === 'done') {
        resolutions.push(s.at);
        decisions.push(s.at);
      }
    } else if (s.kind === 'responsibilityOverridden') decisions.push(s.at);
    else if (s.kind === 'complaint') {
      if (s.event?.type === 'complaint' && s.event.via === 'customer') complaintsCustomer++;
      else complaintsUser++;
    }
  }
  const resolvedNow = h.categoryOf(cfg, h.text('status', now)) === 'done';
  const lastResolution = resolvedNow && resolutions.length ? resolutions[resolutions.length - 1]! : null;
  const verdict = responsibilityAt(cfg, h, lastResolution, now);
  // Verdicts at every resolution and override, for routing to R&D; not needed once that route is taken.
  const verdicts: Responsibility[] = [];
  if (cfg.doc.routing.ipd && !done.has('route:ipd')) {
    let r = 0;
    for (const t of decisions) {
      while (r < resolutions.length && resolutions[r]! <= t) r++;
      const v = responsibilityAt(cfg, h, r > 0 ? resolutions[r - 1]! : null, t);
      if (v) verdicts.push(v);
    }
  }

  const kind = cfg.doc.serviceTypes.find((s) => s.id === facts.serviceType)?.kind;
  const problem =
    kind === 'incident'
      ? detectProblem(cfg, issue, facts, h.list('components', now), options.context)
      : { verdict: null, actions: [] };

  const routed = routeToSalesAndRnd({
    cfg,
    issueKey: issue.key,
    summary: h.text('summary', now) ?? '',
    instants: [issue.created, ...memo.movesOf(cfg).classification],
    serviceTypeAt: (t) => memo.classification(configAt(configs, t), t).serviceType,
    labelsAt: (t) => h.list('labels', t),
    verdicts,
    done,
  });

  // Every producer leaves out the groups already done (escalation and routing look them up as they go).
  const all: Action[] = esc.actions;
  const priority = done.has('priority:created') ? null : priorityAtCreation(issue, h, configs, factsAt);
  if (priority) all.push(priority);
  for (const a of problem.actions) if (!done.has(a.group)) all.push(a);
  for (const a of routed) all.push(a);
  byDueTime(all);
  // A group's actions fall due together and sit side by side; doneList sorts and drops the repeats left.
  const fresh: string[] = esc.passed;
  for (const a of all) if (fresh[fresh.length - 1] !== a.group) fresh.push(a.group);
  const since = options.actionsSince;
  const actions = since === undefined ? all : all.filter((a) => a.dueAt >= since);

  // State and the next instant anything changes.
  let slaState: SlaState = 'none';
  let breachAt: number | null = null;
  let next: number | null = esc.nextAt;
  const soonest = (t: number | null) => {
    if (t !== null && t > now && (next === null || t < next)) next = t;
  };
  soonest(ola.nextAt);
  const goals: Record<string, ItrState['goals'][string]> = {};
  for (const { result } of measured) {
    const last = result.cycles[result.cycles.length - 1];
    if (!last) continue;
    const c = last.cycle;
    slaState = worst(slaState, c.state);
    const breach = last.reachedAt(c.targetMs);
    if (breach !== null && (breachAt === null || breach < breachAt)) breachAt = breach;
    if (c.stop === null && c.deadline !== undefined) {
      soonest(last.reachedAt(Math.ceil(cfg.doc.sla.riskShare * c.targetMs)));
      soonest(c.deadline);
    }
    const kept = result.cycles.length > MAX_CYCLES ? result.cycles.slice(-MAX_CYCLES) : result.cycles;
    goals[result.goal] = { state: c.state, cycles: kept.map((m) => m.cycle) };
  }

  const state: ItrState = {
    v: 1,
    configVersion: cfg.version,
    serviceType: facts.serviceType,
    grade: facts.grade,
    customer: facts.customer,
    slaState,
    breachAt: toSeconds(breachAt),
    tier: ola.current,
    responsibility: verdict?.party ?? null,
    nextCheckAt: toSeconds(next),
    service: facts.service,
    requester: facts.requester,
    why: { classification: facts.classificationRule, grade: facts.gradeWhy },
    goals,
    ola: ola.tiers,
    responsibilityDetail: verdict,
    problem: problem.verdict,
    complaints: { customer: complaintsCustomer, user: complaintsUser },
    links: previous?.links ?? {},
    done: doneList(previous?.done, fresh, goalResults, h, issue.created),
  };
  return { state, actions, nextCheckAt: next };
}

/** Sets Jira's priority to the grade the issue was given when it was created, once. */
function priorityAtCreation(
  issue: IssueInput,
  h: FieldHistory,
  configs: ConfigHistory,
  factsAt: (c: CompiledConfig, t: number) => Facts,
): Action | null {
  const cfg = configAt(configs, issue.created);
  const g = factsAt(cfg, issue.created).grade;
  const def = cfg.doc.grading.grades.find((x) => x.id === g)!;
  if (h.text('priority', issue.created) === def.jiraPriority) return null;
  return {
    type: 'setPriority',
    grade: g,
    jiraPriority: def.jiraPriority,
    key: 'priority:created',
    group: 'priority:created',
    dueAt: issue.created,
  };
}

/** The done groups after this evaluation: previous and fresh ones, sorted, without those of cycles and
 * events that have left the escalation window (which keeps the state under 32 KB). */
function doneList(
  previous: readonly string[] | undefined,
  fresh: string[],
  goals: readonly GoalResult[],
  h: FieldHistory,
  created: number,
): readonly string[] {
  const prune = beyondWindow(goals, h.requests);
  if (fresh.length === 0 && previous && !prune) return previous;
  const sorted = distinct(sortStrings(fresh));
  // A first evaluation has nothing to merge with: the fresh list is already a new array.
  const all = previous && previous.length > 0 ? mergeSorted(previous, sorted) : sorted;
  return prune ? pruneDone(all, goals, h.requests, created) : all;
}

/**
 * Orders actions oldest first, ties in the order the rules produced them. An insertion sort: the lists
 * are short and nearly ordered, and a comparator callback per comparison cost more than the rest.
 */
function byDueTime(actions: Action[]): void {
  // Actions come in many shapes: each due time is read once, into an array of plain numbers.
  const due = actions.map((a) => a.dueAt);
  for (let i = 1; i < actions.length; i++) {
    const a = actions[i]!;
    const t = due[i]!;
    let j = i - 1;
    while (j >= 0 && due[j]! > t) {
      actions[j + 1] = actions[j]!;
      due[j + 1] = due[j]!;
      j--;
    }
    actions[j + 1] = a;
    due[j + 1] = t;
  }
}

/**
 * Sorts strings in place by UTF-16 code units, as sort() without a comparator does. An insertion sort:
 * fresh groups are mostly a handful, for which the built-in sort's setup cost more than the comparisons
 * (long lists, from issues with many cycles and events, still go to the built-in one).
 */
function sortStrings(xs: string[]): string[] {
  if (xs.length > 32) return xs.sort();
  for (let i = 1; i < xs.length; i++) {
    const s = xs[i]!;
    let j = i - 1;
    while (j >= 0 && xs[j]! > s) {
      xs[j + 1] = xs[j]!;
      j--;
    }
    xs[j + 1] = s;
  }
  return xs;
}

/** A sorted list without its repeats, in place. */
function distinct(sorted: string[]): string[] {
  let n = 0;
  for (let i = 0; i < sorted.length; i++) if (n === 0 || sorted[i] !== sorted[n - 1]) sorted[n++] = sorted[i]!;
  sorted.length = n;
  return sorted;
}

/** Two sorted lists of distinct strings merged into one sorted list. */
function mergeSorted(a: readonly string[], b: readonly string[]): string[] {
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push(a[i]! < b[j]! ? a[i++]! : b[j++]!);
  while (i < a.length) out.push(a[i++]!);
  while (j < b.length) out.push(b[j++]!);
  return out;
}
