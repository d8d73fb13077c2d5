// Scores for a date range (answers given from `from` to `to`, whole days in China Standard Time, the desk's
// zone; without a range, the year up to today): per engineer, service type and customer, and overall;
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

/** The desk's day (UTC+8) of an instant, YYYY-MM-DD. */
const dayOf = (ms: number) => new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10);

export async function surveyScores(call: ProjectCall, q: ScoresQuery): Promise<Scores> {
  const today = dayOf(call.now);
  const last = q.to ?? (q.from !== undefined && q.from > today ? q.from : today);
  const first = q.from ?? dayOf(startOf(last) - 364 * DAY_MS);
  const from = startOf(first);
  const to = startOf(last) + DAY_MS;
  const of = (column: 'engineer' | 'service_type' | 'customer_id' | null) =>
    scoreGroups(call.project.id, column, from, to).then((rows) => rows.map(group));
  const [overall, byEngineer, byServiceType, byCustomer] = [
    await of(null),
    await of('engineer'),
    await of('service_type'),
    await of('customer_id'),
  ];
  return { from: first, to: last, overall: overall[0] ?? EMPTY, byEngineer, byServiceType, byCustomer };
}
