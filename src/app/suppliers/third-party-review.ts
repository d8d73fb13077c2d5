// Third-party agreements are reviewed periodically: the daily job opens one reminder issue in the
// project per third party and due date (noted in SQL; found again by its marker if the run died between
// creating the issue and noting it), and marking the review
// done moves the next one reviewDays on from the day it was done.

import type { ThirdParty } from '../../contract/records/third-party-payloads';
import { addDays } from '../../domain/suppliers';
import { wallClock } from '../../domain/time/format';
import { JiraClient } from '../../platform/jira/client';
import { rowById } from '../../platform/sql/records';
import { setNextReview, setReminded, thirdPartiesDue } from '../../platform/sql/suppliers';
import { adfFromText } from '../adf';
import { latest, loadConfigs } from '../config';
import type { DailyJob } from '../daily';
import type { Changed, ProjectCall } from '../records/kind';
import { thirdPartyKind } from '../records/third-party';
import { createIssueOnce, relationMarker } from '../relations/create-once';

/** Today on the default calendar of the configuration in force (where the service organisation works). */
export async function today(now: number): Promise<string> {
  const doc = latest(await loadConfigs()).doc;
  const cal = doc.calendars.find((c) => c.id === doc.defaultCalendar) ?? doc.calendars[0]!;
  return wallClock(now, cal.spec.timeZone).slice(0, 10);
}

export const REVIEW_ISSUE_TYPE = 'Task';

export const thirdPartyReviewJob: DailyJob = {
  name: 'thirdPartyReviews',
  async run(now) {
    const due = await thirdPartiesDue(await today(now));
    const jira = new JiraClient({ as: 'app' });
    let created = 0;
    for (const t of due) {
      const made = await createIssueOnce(jira, relationMarker(`review-${t.project_id}-${t.id}-${t.next_review}`), {
        project: { id: t.project_id },
        issuetype: { name: REVIEW_ISSUE_TYPE },
        summary: `Review the information-sharing agreement with ${t.name} (due ${t.next_review})`,
        description: adfFromText(
          `The 5W1H agreement with ${t.name} (${t.kind}) is due for its periodic review on ${t.next_review}: ` +
            'check what is shared, why, with whom, when, where and how, and that the authorisation still holds. ' +
            "Then mark it reviewed on the project page's Third parties tab.",
        ),
      });
      await setReminded(t.project_id, t.id, t.next_review);
      if (made.created) created += 1;
    }
    return `${due.length} third-party review(s) due without a reminder, ${created} reminder(s) created`;
  },
};

/** The review was done today: the next one falls reviewDays later (a second call the same day changes nothing). */
export async function markReviewed(id: string, call: ProjectCall): Promise<(ThirdParty & Changed) | null> {
  const r = await rowById(thirdPartyKind.table, thirdPartyKind.row, call.project.id, id);
  if (!r) return null;
  const next = addDays(await today(call.now), r.review_days);
  await setNextReview(call.project.id, id, next, call.now, call.accountId);
  return { ...thirdPartyKind.fromRow(r), nextReview: next, updatedAt: call.now, updatedBy: call.accountId };
}
