// The KPI facts a pruned issue leaves behind: one per completed SLA cycle, with what KPI reports group
// and filter by (project, service, service type, grade, customer) and what they measure.

import type { ItrState } from '../domain/state';
import type { ClosedRow, KpiFact } from '../platform/sql/store';

export function kpiFacts(row: ClosedRow, state: ItrState): KpiFact[] {
  const facts: KpiFact[] = [];
  for (const [goal, g] of Object.entries(state.goals))
    for (const c of g.cycles) {
      if (c.stop === null || c.elapsedMs === undefined) continue; // not completed: nothing to report
      facts.push({
        issueId: String(row.issue_id),
        goal,
        start: c.start,
        issueKey: row.issue_key,
        project: row.project,
        service: state.service,
        serviceType: state.serviceType,
        grade: state.grade,
        customer: state.customer,
        stop: c.stop,
        targetMs: c.targetMs,
        elapsedMs: c.elapsedMs,
        met: c.elapsedMs <= c.targetMs,
        configVersion: c.configVersion,
      });
    }
  return facts;
}
