// Case by case (逐单回访): when an issue in scope resolves, one survey for it — never a second, however
// often it resolves again (the row is unique per issue, kind and source). On a JSM service desk the app
// does not ask (JSM asks its own CSAT, which the daily job reads back); elsewhere it sends the reporter the
// signed link by a Jira notification (POST /issue/{id}/notify, to the reporter only): the app's comments
// outside a service desk are restricted to a role the reporter may not hold, so a comment would not reach
// them. The panel's "Request a survey" uses the same function and always sends the link (an agent asks on
// purpose, e.g. when a JSM customer left CSAT unanswered): still one link survey per issue at most.

import type { ItrState } from '../../domain/state';
import { notify } from '../../platform/jira/api';
import type { JiraClient } from '../../platform/jira/client';
import { deleteRow } from '../../platform/sql/records';
import { customerIdOf, insertSurveyOnce, surveyOfIssue, type NewSurvey } from '../../platform/sql/surveys';
import type { Snapshot } from '../snapshot';
import { linkMaker, uuidFrom } from './link';

/** How long a case survey's link (or JSM's CSAT, for the app's reading) stays open. */
export const CASE_SURVEY_DAYS = 30;
const DAY_MS = 86_400_000;

export type CaseSurveyOutcome = 'sent' | 'awaitingCsat' | 'exists' | 'noReporter';

/** Whether the snapshot shows the issue resolved (its status in the done category). */
export const isResolved = (snap: Snapshot): boolean => snap.issue.statusCategories[snap.issue.fields.status] === 'done';

export async function openCaseSurvey(
  jira: JiraClient,
  snap: Snapshot,
  state: ItrState | null,
  now: number,
  askedByAgent = false,
): Promise<CaseSurveyOutcome> {
  const issue = snap.issue;
  const source = issue.serviceDesk && !askedByAgent ? 'jsm' : 'link';
  if (await surveyOfIssue(issue.id, 'case', source)) return 'exists';
  if (source === 'link' && issue.fields.reporter === null) return 'noReporter';
  const survey: NewSurvey = {
    project_id: issue.projectId,
    id: uuidFrom(`case|${issue.id}|${source}`),
    kind: 'case',
    issue_id: Number(issue.id),
    issue_key: issue.key,
    customer_id: state?.customer ? await customerIdOf(issue.projectId, state.customer) : null,
    engineer: issue.fields.assignee,
    service_type: state?.serviceType ?? null,
    source,
    sent_at: now,
    expires_at: now + CASE_SURVEY_DAYS * DAY_MS,
    campaign_id: null,
    respondent: issue.fields.reporter,
  };
  const url =
    source === 'link'
      ? (await linkMaker())({ projectId: survey.project_id, surveyId: survey.id, expiresAt: survey.expires_at! })
      : null;
  if (!(await insertSurveyOnce(survey))) return 'exists';
  if (url === null) return 'awaitingCsat';
  try {
    await sendLink(jira, issue.key, issue.id, url);
  } catch (e) {
    // Not sent: the survey goes too, so the next resolution event (or the agent's retry) sends it again.
    await deleteRow('itr_survey', survey.project_id, survey.id);
    throw e;
  }
  return 'sent';
}

async function sendLink(jira: JiraClient, key: string, issueId: string, url: string): Promise<void> {
  await notify(jira, issueId, {
    subject: `[${key}] How did we do? / 服务满意度回访`,
    textBody:
      `Please rate how we handled ${key} (1–5, with a comment if you like). The link works once, for ${CASE_SURVEY_DAYS} days:\n${url}\n\n` +
      `请对 ${key} 的处理进行评价(1–5 分,可附意见)。链接仅可使用一次,${CASE_SURVEY_DAYS} 天内有效:\n${url}`,
    to: { reporter: true },
  });
}
