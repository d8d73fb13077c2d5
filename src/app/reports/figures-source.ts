// A customer's figures for a month, from the app's SQL: its issues' evaluated states (matched by the
// customer record's id or its name, as the issue's `customer` holds either), the KPI facts pruned issues
// left, the problems those issues link to, and the surveys, complaints and praise recorded against it.

import { cyclesStoppedIn, isCustomers, tierOutcomes } from '../../domain/reports/from-state';
import { reportFigures, type CycleRow, type ReceivedIssue, type ReportFigures } from '../../domain/reports/figures';
import {
  factsOfMonth,
  feedbackOfMonth,
  customerIssuesOfMonth,
  problemsClosed,
  surveyScores,
  type ReportCustomer,
} from '../../platform/sql/reports';
import { parseState } from '../state-json';

/** Issues read a page at a time: states are large, and Forge SQL answers at most 16 MiB a query. */
const PAGE = 200;

export async function customerFigures(
  project: { readonly id: string; readonly key: string },
  customer: ReportCustomer,
  from: number,
  to: number,
): Promise<ReportFigures> {
  const cycles: CycleRow[] = [];
  const received: ReceivedIssue[] = [];
  for (let after = 0; ;) {
    const page = await customerIssuesOfMonth(project.key, [customer.id, customer.name], from, to, after, PAGE);
    for (const row of page) {
      const state = parseState(row.state);
      if (!isCustomers(state.customer, customer)) continue;
      cycles.push(...cyclesStoppedIn(row.issue_key, state, from, to));
      if (row.created_at >= from)
        received.push({
          key: row.issue_key,
          incident: row.incident === 1,
          closed: row.open_flag === 0,
          problem: state.links.problem ?? null,
          tiers: tierOutcomes(state),
        });
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]!.issue_id;
  }
  for (const f of await factsOfMonth(project.key, [customer.id, customer.name], from, to))
    cycles.push({ issueKey: f.issue_key, goal: f.goal, start: f.cycle_start, stop: f.cycle_stop, met: f.met === 1 });
  const linked = [...new Set(received.flatMap((r) => (r.problem === null ? [] : [r.problem])))];
  return reportFigures({
    cycles,
    received,
    problems: await problemsClosed(linked),
    scores: await surveyScores(project.id, customer.id, from, to),
    feedback: await feedbackOfMonth(project.id, customer.id, from, to),
  });
}
