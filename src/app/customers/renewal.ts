// The daily renewal reminder: `remindDays` before a contract ends, one Jira issue in the contract's
// project, assigned to the customer's account manager and due the day it ends. The issue is made once per
// contract and end date (a run that died after Jira created it finds it by its marker), then the contract
// records reminded_at; a renewed contract (a later end) is reminded again in its own window.

import { dayIn, reminderDue } from '../../domain/renewal';
import { JiraClient } from '../../platform/jira/client';
import { contractsEndingFrom, markReminded, type RenewalRow } from '../../platform/sql/contracts';
import { latest, loadConfigs } from '../config';
import type { DailyJob } from '../daily';
import { createIssueOnce, relationMarker } from '../relations/create-once';

/** The issue type reminders are raised as (every Jira project template has it). */
export const REMINDER_ISSUE_TYPE = 'Task';

function reminderFields(c: RenewalRow): Record<string, unknown> {
  const customer = c.customer_name ?? '?';
  const paragraph = (text: string) => ({ type: 'paragraph', content: [{ type: 'text', text }] });
  return {
    project: { id: c.project_id },
    issuetype: { name: REMINDER_ISSUE_TYPE },
    summary: `Renew contract “${c.title}” (${customer}) by ${c.ends} / 续签合同“${c.title}”(${customer}),${c.ends} 到期`,
    description: {
      type: 'doc',
      version: 1,
      content: [
        paragraph(`The contract “${c.title}” with ${customer} ends on ${c.ends}. Agree its renewal with the customer.`),
        paragraph(`与 ${customer} 的合同“${c.title}”将于 ${c.ends} 到期,请与客户商定续签。`),
      ],
    },
    duedate: c.ends,
    ...(c.account_manager ? { assignee: { accountId: c.account_manager } } : {}),
  };
}

export async function remindRenewals(now: number, jira = new JiraClient({ as: 'app' })): Promise<string> {
  const doc = latest(await loadConfigs()).doc;
  const zone = doc.calendars.find((k) => k.id === doc.defaultCalendar)!.spec.timeZone;
  const today = dayIn(now, zone);
  const due = (await contractsEndingFrom(today)).filter((c) =>
    reminderDue(
      {
        ends: c.ends,
        remindDays: c.remind_days,
        remindedOn: c.reminded_at === null ? null : dayIn(c.reminded_at, zone),
      },
      today,
    ),
  );
  const raised: string[] = [];
  const failed: string[] = [];
  for (const c of due) {
    try {
      const made = await createIssueOnce(jira, relationMarker(`renewal ${c.id} ${c.ends}`), reminderFields(c));
      await markReminded(c.project_id, c.id, now);
      raised.push(made.key);
    } catch (e) {
      failed.push(`${c.title}: ${e instanceof Error ? e.message : String(e)}`);
    }
  }
  if (failed.length) throw new Error(`reminded ${raised.join(', ') || 'none'}; failed ${failed.join('; ')}`);
  return raised.length ? `renewal reminders ${raised.join(', ')}` : 'no renewal reminders due';
}

export const renewalJob: DailyJob = { name: 'contract renewals', run: (now) => remindRenewals(now) };
