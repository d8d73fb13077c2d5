// The what-if's findings as the admin page shows them: each changed issue with its pairs made JSON-safe
// (null, not undefined) and a significance, the most significant kept, totals over every issue examined.

import type { ActionKind, Pair, PreviewIssue } from '../contract/admin-preview';
import type { ConfigDoc } from '../domain/config/schema';
import type { LocalText } from '../domain/text';
import type { IssueChange, WhatIfReport } from '../domain/what-if';

const pair = <T>(p: readonly [T | null | undefined, T | null | undefined]): Pair<T> => [p[0] ?? null, p[1] ?? null];

function countKinds(kinds: readonly ActionKind[], into: Partial<Record<ActionKind, number>> = {}) {
  for (const k of kinds) into[k] = (into[k] ?? 0) + 1;
  return into;
}

export function previewIssue(c: IssueChange): PreviewIssue {
  const added = c.goals.filter((g) => g.state[1] === 'breached' && g.state[0] !== 'breached').length;
  const removed = c.goals.filter((g) => g.state[0] === 'breached' && g.state[1] !== 'breached').length;
  const classification = (c.serviceType ? 1 : 0) + (c.grade ? 1 : 0) + (c.tier ? 1 : 0);
  return {
    key: c.key,
    ...(c.serviceType ? { serviceType: pair(c.serviceType) } : {}),
    ...(c.grade ? { grade: pair(c.grade) } : {}),
    ...(c.tier ? { tier: pair(c.tier) } : {}),
    goals: c.goals.map((g) => ({
      goal: g.goal,
      state: pair(g.state),
      deadline: pair(g.deadline),
      targetMs: pair(g.targetMs),
    })),
    breachesAdded: added,
    breachesRemoved: removed,
    newActions: countKinds(c.newActions.map((a) => a.type)),
    severity: added * 1000 + removed * 500 + classification * 100 + c.newActions.length * 10 + c.goals.length,
  };
}

/** Totals of the reports of every chunk examined, and the `limit` most significant changes. */
export function summarize(reports: readonly WhatIfReport[], limit: number) {
  const changes = reports.flatMap((r) => r.changed);
  const actions: Partial<Record<ActionKind, number>> = {};
  for (const c of changes)
    countKinds(
      c.newActions.map((a) => a.type),
      actions,
    );
  return {
    examined: reports.reduce((n, r) => n + r.issues, 0),
    changed: changes.length,
    breachesAdded: reports.reduce((n, r) => n + r.breachesAdded, 0),
    breachesRemoved: reports.reduce((n, r) => n + r.breachesRemoved, 0),
    actions,
    issues: changes
      .map(previewIssue)
      .sort((a, b) => b.severity - a.severity || a.key.localeCompare(b.key, 'en', { numeric: true }))
      .slice(0, limit),
  };
}

/** Names by id of what the changes mention, the later document's names winning. */
export function namesOf(docs: readonly ConfigDoc[]) {
  const byId = (pick: (d: ConfigDoc) => ReadonlyArray<{ id: string; name: LocalText }>) =>
    Object.fromEntries(docs.flatMap((d) => pick(d).map((x) => [x.id, x.name] as const)));
  return {
    serviceTypes: byId((d) => d.serviceTypes),
    grades: byId((d) => d.grading.grades),
    tiers: byId((d) => d.ola.tiers),
    goals: byId((d) => d.sla.goals),
  };
}
