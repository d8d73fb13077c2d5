// A low rating (1–2) that says why is a complaint: recorded once per survey (its id derives from the
// survey's), as from a user (the link does not prove the respondent speaks for the customer, the contract
// holder, whose complaints outrank a user's), credited to no engineer.

import { recordFeedback } from '../feedback/record-feedback';
import type { SurveyRow } from '../../platform/sql/surveys';
import { uuidFrom } from './link';

export async function complainFromSurvey(s: SurveyRow, comment: string, now: number): Promise<void> {
  await recordFeedback(
    s.project_id,
    {
      id: uuidFrom(`survey-complaint|${s.project_id}|${s.id}`),
      kind: 'complaint',
      via: 'user',
      customerId: s.customer_id,
      issue: s.issue_id !== null && s.issue_key !== null ? { id: String(s.issue_id), key: s.issue_key } : null,
      engineer: null,
      source: 'survey',
      receivedAt: now,
      text: comment,
    },
    s.respondent ?? 'survey',
    now,
  );
}
