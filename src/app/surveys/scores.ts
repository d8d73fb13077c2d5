// Scores for a date range (answers given from `from` to `to`, whole days, UTC+8 as the desk keeps them —
// the demo and tests are in China Standard Time): per engineer, service type and customer, and overall;
// counted and averaged in SQL.

import type { ScoreGroup, Scores, ScoresQuery } from '../../contract/records/survey';
import { scoreGroups, type ScoreRow } from '../../platform/sql/surveys';
import type { ProjectCall } from '../records/kind';

const DAY_MS = 86_400_000;
const startOf = (day: string) => Date.parse(`${day}T00:00:00+08:00`);

const group = (r: ScoreRow): ScoreGroup => ({
  key: r.k ?? '',
  count: r.n,
  average: Math.round(r.a * 100) / 100,
  distribution: [r.s1, r.s2, r.s3, r.s4, r.s5],
});

const EMPTY: ScoreGroup = { key: '', count: 0, average: 0, distribution: [0, 0, 0, 0, 0] };

export async function surveyScores(call: ProjectCall, q: ScoresQuery): Promise<Scores> {
  const from = startOf(q.from);
  const to = startOf(q.to) + DAY_MS;
  const of = (column: 'engineer' | 'service_type' | 'customer_id' | null) =>
    scoreGroups(call.project.id, column, from, to).then((rows) => rows.map(group));
  const [overall, byEngineer, byServiceType, byCustomer] = [
    await of(null),
    await of('engineer'),
    await of('service_type'),
    await of('customer_id'),
  ];
  return { from: q.from, to: q.to, overall: overall[0] ?? EMPTY, byEngineer, byServiceType, byCustomer };
}
