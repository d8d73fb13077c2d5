// The daily job that reminds owners of communication follow-ups due today or overdue: one Jira issue per
// follow-up (in the contact's project, assigned to the owner, due on the follow-up's date), made once —
// its marker names the contact and the follow-up's place, so later runs find it instead of making another.

import { contactPayload } from '../../contract/records/contact-payloads';
import { JiraClient } from '../../platform/jira/client';
import { contactsWithOpenFollowUps, type OpenFollowUpRow } from '../../platform/sql/contacts';
import { adfFromText } from '../adf';
import type { DailyJob } from '../daily';
import { createIssueOnce, relationMarker } from '../relations/create-once';
import { serviceToday } from './today';

const PAGE = 200;
/** The issue type of a reminder (every Jira project offers tasks). */
const REMINDER_TYPE = 'Task';

export const followUpMarker = (contactId: string, index: number) => relationMarker(`followup ${contactId} ${index}`);

async function* openContacts(): AsyncGenerator<OpenFollowUpRow> {
  let after: readonly [string, string] | null = null;
  for (;;) {
    const rows = await contactsWithOpenFollowUps(after, PAGE);
    yield* rows;
    if (rows.length < PAGE) return;
    const last = rows[rows.length - 1]!;
    after = [last.project_id, last.id];
  }
}

export const followUpReminders: DailyJob = {
  name: 'follow-up reminders',
  async run(now) {
    const today = await serviceToday(now);
    const jira = new JiraClient({ as: 'app' });
    let created = 0;
    let existing = 0;
    const failed: string[] = [];
    for await (const c of openContacts()) {
      const followUps = contactPayload.shape.followUps.parse(JSON.parse(c.follow_ups));
      for (const [i, f] of followUps.entries()) {
        if (f.done || f.due > today) continue;
        try {
          const made = await createIssueOnce(jira, followUpMarker(c.id, i), {
            project: { id: c.project_id },
            issuetype: { name: REMINDER_TYPE },
            summary: `跟进事项 / Follow-up due ${f.due}: ${f.what}`.slice(0, 255),
            assignee: { accountId: f.owner },
            duedate: f.due,
            description: adfFromText(`${f.what}\n\n${c.summary}`),
          });
          if (made.created) created++;
          else existing++;
        } catch (e) {
          failed.push(`${c.id}#${i}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    const line = `${created} reminder(s) created, ${existing} already made`;
    if (failed.length) throw new Error(`${line}; ${failed.length} failed: ${failed.slice(0, 3).join('; ')}`);
    return line;
  },
};
