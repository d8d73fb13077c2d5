// A low rating (1–2) that says why is a complaint, recorded once per survey (its id derives from the
// survey's), credited to no engineer. It comes through the customer when the respondent is one of the
// customer's contacts (they speak for the contract holder, whose complaints outrank a user's); otherwise —
// a reporter who is not a contact, a campaign's customer user — from a user.

import { isCustomerContact, type SurveyRow } from '../../platform/sql/surveys';
import { recordFeedback } from '../feedback/record-feedback';
import { uuidFrom } from './link';

export async function complainFromSurvey(s: SurveyRow, comment: string, now: number): Promise<void> {
  const throughCustomer =
    s.kind === 'case' &&
    s.customer_id !== null &&
    s.respondent !== null &&
    (await isCustomerContact(s.project_id, s.customer_id, s.respondent));
  await recordFeedback(
    s.project_id,
    {
      id: uuidFrom(`survey-complaint|${s.project_id}|${s.id}`),
      kind: 'complaint',
      via: throughCustomer ? 'customer' : 'user',
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
