// Writing KPI facts as clocks complete: the evaluation writes the facts of every issue whose state it
// stored, a recalculation backfills those of the closed issues it does not evaluate, and pruning writes
// them once more before an issue's rows go. All through one writer, all idempotent; the writer keeps the
// SLA gadget's monthly rollup in step with the facts.

import { configAt, type ConfigHistory } from '../../domain/config/compile';
import { tierAt } from '../../domain/clocks/ola';
import { FieldHistory } from '../../domain/history';
import type { IssueInput, TimelineEvent } from '../../domain/issue';
import type { ItrState } from '../../domain/state';
import { addIssueFacts, addOlaFacts, addSlaFacts, supplierTiers } from '../../platform/sql/facts';
import { refreshSlaMonths } from '../../platform/sql/sla-month';
import { latest } from '../config';
import { zoneOf } from '../service-zone';
import { deriveFacts, suppliersByTier, type Facts } from '../../domain/kpi-facts';

export interface FactSource {
  readonly issueId: string;
  readonly issueKey: string;
  /** Project key, as itr_issue keeps it. */
  readonly project: string;
  readonly projectId: string;
  /** The issue as the evaluation read it (with the groups of its assignees when tiers follow them). */
  readonly issue: IssueInput;
  readonly timeline: readonly TimelineEvent[];
  readonly state: ItrState;
}

/** The facts of these issues (pure but for the suppliers' tiers, read once per project). */
export async function factsOf(configs: ConfigHistory, sources: readonly FactSource[], now: number): Promise<Facts[]> {
  if (sources.length === 0) return [];
  const doc = latest(configs).doc;
  const zone = zoneOf(doc);
  const suppliers = await supplierTiers([...new Set(sources.map((s) => s.projectId))]);
  const byProject = new Map<string, ReturnType<typeof suppliersByTier>>();
  for (const p of new Set(suppliers.map((s) => s.project_id)))
    byProject.set(p, suppliersByTier(suppliers.filter((s) => s.project_id === p)));
  return sources.map((src) => {
    let history: FieldHistory | undefined;
    const tierAtStop = (t: number) => {
      history ??= new FieldHistory(src.issue, src.timeline, now);
      return tierAt(configAt(configs, t), src.issue, history, t);
    };
    return deriveFacts(
      { issueId: src.issueId, issueKey: src.issueKey, project: src.project, created: src.issue.created },
      src.state,
      { zone, olaGoal: doc.ola.goal, tierAt: tierAtStop, supplierOf: byProject.get(src.projectId) ?? (() => null) },
    );
  });
}

/** Writes the facts, then rolls up again every (project, month) they fall in (written before or not: a
 * retried write repairs a rollup its first attempt did not reach). */
export async function writeFacts(facts: readonly Facts[]): Promise<void> {
  const sla = facts.flatMap((f) => f.sla);
  const ola = facts.flatMap((f) => f.ola);
  await addSlaFacts(sla);
  await addOlaFacts(ola);
  await addIssueFacts(facts.map((f) => f.issue));
  await refreshSlaMonths([...sla, ...ola].map((f) => ({ project: f.project, month: f.month })));
}

export async function recordFacts(configs: ConfigHistory, sources: readonly FactSource[], now: number): Promise<void> {
  await writeFacts(await factsOf(configs, sources, now));
}
