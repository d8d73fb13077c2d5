// What-if: how a draft configuration would change a set of issues, before anyone saves it. Each issue is
// evaluated under the configuration in force and under the draft (activated now, so completed cycles keep
// their verdicts, as they would after a real save); the differences that matter to people are listed.

import type { ActionBody } from './actions';
import type { CompiledConfig, ConfigHistory } from './config/compile';
import { evaluate, type EvaluateOptions } from './evaluate';
import type { IssueInput, TimelineEvent } from './issue';
import type { ItrState, SlaState } from './state';

export interface WhatIfIssue {
  readonly issue: IssueInput;
  readonly timeline: readonly TimelineEvent[];
}

export interface GoalChange {
  readonly goal: string;
  readonly state: readonly [SlaState | undefined, SlaState | undefined];
  /** Deadline of the running cycle (epoch ms), when it has one. */
  readonly deadline: readonly [number | undefined, number | undefined];
  readonly targetMs: readonly [number | undefined, number | undefined];
}

export interface IssueChange {
  readonly key: string;
  readonly serviceType?: readonly [string, string];
  readonly grade?: readonly [string, string];
  readonly tier?: readonly [string | null, string | null];
  readonly goals: readonly GoalChange[];
  /** Actions the draft would make due now that the current configuration does not. */
  readonly newActions: ReadonlyArray<{ readonly key: string; readonly type: ActionBody['type'] }>;
}

export interface WhatIfReport {
  readonly issues: number;
  readonly changed: readonly IssueChange[];
  /** Goals whose state would become breached / no longer be breached. */
  readonly breachesAdded: number;
  readonly breachesRemoved: number;
}

export function whatIf(
  items: readonly WhatIfIssue[],
  current: ConfigHistory,
  draft: CompiledConfig,
  now: number,
  options: EvaluateOptions = {},
): WhatIfReport {
  const withDraft: ConfigHistory = [
    ...current.filter((h) => h.activatedAt <= now),
    { activatedAt: now, config: draft },
  ];
  const changed: IssueChange[] = [];
  let breachesAdded = 0;
  let breachesRemoved = 0;
  for (const { issue, timeline } of items) {
    const before = evaluate(issue, timeline, current, now, options);
    const after = evaluate(issue, timeline, withDraft, now, options);
    const goals = goalChanges(before.state, after.state);
    for (const g of goals) {
      if (g.state[1] === 'breached' && g.state[0] !== 'breached') breachesAdded++;
      if (g.state[0] === 'breached' && g.state[1] !== 'breached') breachesRemoved++;
    }
    const had = new Set(before.actions.map((a) => a.key));
    const newActions = after.actions.filter((a) => !had.has(a.key)).map((a) => ({ key: a.key, type: a.type }));
    const b = before.state;
    const a = after.state;
    const change: IssueChange = {
      key: issue.key,
      ...(b.serviceType !== a.serviceType ? { serviceType: [b.serviceType, a.serviceType] as const } : {}),
      ...(b.grade !== a.grade ? { grade: [b.grade, a.grade] as const } : {}),
      ...(b.tier !== a.tier ? { tier: [b.tier, a.tier] as const } : {}),
      goals,
      newActions,
    };
    if (change.serviceType || change.grade || change.tier || goals.length || newActions.length) changed.push(change);
  }
  return { issues: items.length, changed, breachesAdded, breachesRemoved };
}

function goalChanges(before: ItrState, after: ItrState): GoalChange[] {
  const out: GoalChange[] = [];
  for (const goal of new Set([...Object.keys(before.goals), ...Object.keys(after.goals)])) {
    const b = before.goals[goal];
    const a = after.goals[goal];
    const bc = b?.cycles.at(-1);
    const ac = a?.cycles.at(-1);
    const change: GoalChange = {
      goal,
      state: [b?.state, a?.state],
      deadline: [bc?.deadline, ac?.deadline],
      targetMs: [bc?.targetMs, ac?.targetMs],
    };
    if (
      change.state[0] !== change.state[1] ||
      change.deadline[0] !== change.deadline[1] ||
      change.targetMs[0] !== change.targetMs[1]
    )
      out.push(change);
  }
  return out;
}
