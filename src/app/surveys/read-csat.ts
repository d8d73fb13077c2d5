// The daily job that reads JSM's own satisfaction rating (CSAT) of the service desk requests the app did
// not ask about itself: each JSM survey still open is asked once a day until its customer has rated the
// request (recorded once, with source 'jsm') or the survey expires. A low rating with a comment is a
// complaint, as from the app's own form.

import { JiraClient } from '../../platform/jira/client';
import { requestFeedback } from '../../platform/jira/csat';
import { answerOnce, waitingForCsat } from '../../platform/sql/surveys';
import type { DailyJob } from '../daily';
import { recordSurveyFact } from '../facts/voice';
import { complainFromSurvey } from './survey-complaint';

/** Requests asked per run (a day's resolutions on a large desk fit; the rest wait for the next run). */
const PER_RUN = 500;

export const readCsatJob: DailyJob = {
  name: 'surveys.csat',
  async run(now) {
    const waiting = await waitingForCsat(now, PER_RUN);
    if (waiting.length === 0) return 'No JSM request awaits its rating.';
    const jira = new JiraClient({ as: 'app' });
    let rated = 0;
    for (const s of waiting) {
      const csat = await requestFeedback(jira, s.issue_key ?? String(s.issue_id));
      if (csat === null) continue;
      if (!(await answerOnce(s.project_id, s.id, { score: csat.rating, comment: csat.comment, at: now }))) continue;
      rated++;
      await recordSurveyFact(s, { score: csat.rating, at: now });
      if (csat.rating <= 2 && csat.comment !== null) await complainFromSurvey(s, csat.comment, now);
    }
    return `${rated} of ${waiting.length} JSM requests awaiting a rating were rated.`;
  },
};
