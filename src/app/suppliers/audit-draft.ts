// Scores proposed for a supplier audit from the issues of the period the supplier's support tier handled:
// its OLA clock's results (on time or not) and whether the issue came back (the measured goal ran again).

import type { AuditDraft } from '../../contract/records/supplier';
import { periodSpan, proposeScores, type TierOutcome } from '../../domain/suppliers';
import type { ItrState } from '../../domain/state';
import { issueStatesCreatedIn } from '../../platform/sql/suppliers';
import { latest, loadConfigs } from '../config';
import type { ProjectCall } from '../records/kind';
import { parseState } from '../state-json';

function outcome(state: ItrState, tier: string, goal: string): TierOutcome | null {
  const clock = state.ola[tier];
  if (!clock) return null;
  const finished = clock.state === 'met' || clock.state === 'breached';
  return {
    onTime: finished ? clock.state === 'met' : null,
    reopened: (state.goals[goal]?.cycles.length ?? 0) > 1,
  };
}

export async function auditDraft(
  input: { supplierId: string; period: string },
  tier: string | null,
  call: ProjectCall,
): Promise<AuditDraft> {
  const span = periodSpan(input.period)!; // the payload's pattern admits only periods it spans
  const outcomes: TierOutcome[] = [];
  if (tier !== null) {
    const goal = latest(await loadConfigs()).doc.ola.goal;
    for (const json of await issueStatesCreatedIn(call.project.key, span.from, span.to)) {
      const o = outcome(parseState(json), tier, goal);
      if (o) outcomes.push(o);
    }
  }
  return { tier, issues: outcomes.length, scores: proposeScores(outcomes) };
}
