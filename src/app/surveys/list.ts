// The project's surveys, a page at a time: searched by issue, respondent or comment; sorted; filtered.

import type { ListPage } from '../../contract/project';
import type { ListInput } from '../../contract/project-payloads';
import type { Survey, SurveyItem } from '../../contract/records/survey';
import { pageRows } from '../../platform/sql/records';
import { surveyRow, type SurveyRow } from '../../platform/sql/surveys';
import { displayNames } from '../people-names';
import type { ProjectCall } from '../records/kind';

const SORT: Readonly<Record<string, string>> = {
  sentAt: 'sent_at',
  answeredAt: 'answered_at',
  score: 'score',
  issueKey: 'issue_key',
};
const FILTER: Readonly<Record<string, string>> = {
  kind: 'kind',
  source: 'source',
  customerId: 'customer_id',
  campaignId: 'campaign_id',
};

export const surveyOf = (r: SurveyRow): Survey => ({
  id: r.id,
  kind: r.kind,
  source: r.source,
  issueKey: r.issue_key,
  customerId: r.customer_id,
  engineer: r.engineer,
  serviceType: r.service_type,
  respondent: r.respondent,
  campaignId: r.campaign_id,
  sentAt: r.sent_at,
  expiresAt: r.expires_at,
  answeredAt: r.answered_at,
  score: r.score,
  comment: r.comment,
});

export async function listSurveys(call: ProjectCall, q: ListInput): Promise<ListPage<SurveyItem>> {
  const sort = q.sort ?? { by: 'sentAt', dir: 'desc' as const };
  const page = await pageRows('itr_survey', surveyRow, {
    projectId: call.project.id,
    equal: Object.entries(q.filter).map(([k, v]) => [FILTER[k]!, v] as const),
    search: { columns: ['issue_key', 'respondent', 'comment', 'engineer', 'service_type'], term: q.search },
    order: [[SORT[sort.by]!, sort.dir]],
    limit: q.pageSize,
    offset: q.page * q.pageSize,
  });
  const names = await displayNames(page.rows.map((r) => r.engineer));
  const items = page.rows.map((r) => ({
    ...surveyOf(r),
    engineerName: r.engineer ? (names.get(r.engineer) ?? null) : null,
  }));
  return { items, total: page.total, page: q.page, pageSize: q.pageSize };
}
