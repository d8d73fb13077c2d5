// One customer's monthly service report: its figures, one Jira issue (found again by its marker after a
// crash between Jira and SQL), and the report row. A report already recorded is returned as it is, so the
// daily job and "generate now" can both run it any number of times.

import type { CompiledConfig } from '../../domain/config/compile';
import type { LocalText } from '../../domain/text';
import { monthBounds, nextMonth, nthWorkingDay, type Month } from '../../domain/reports/working-days';
import { JiraClient } from '../../platform/jira/client';
import { addReport, reportOf, type ReportCustomer, type ReportRow } from '../../platform/sql/reports';
import { latest, loadConfigs } from '../config';
import { createIssueOnce, relationMarker } from '../relations/create-once';
import { customerFigures } from './figures-source';
import { reportDoc } from './report-adf';

/** Where a project's reports go. */
export interface ReportTarget {
  readonly project: { readonly id: string; readonly key: string };
  readonly targetProject: string;
  readonly issueType: string;
  readonly recipient: string | null;
}

/** Seed 003: submitted within 5 working days of the next month, reviewed within 10. */
export const SUBMIT_BY_WORKING_DAY = 5;
export const REVIEW_BY_WORKING_DAY = 10;

export class MonthNotOver extends Error {}

/** The customer's calendar (its record names one of the configuration's), else the default calendar. */
export function customerCalendar(cfg: CompiledConfig, calendarId: string | null) {
  const id = calendarId !== null && cfg.calendars.has(calendarId) ? calendarId : cfg.doc.defaultCalendar;
  return { cal: cfg.calendars.get(id)!, zone: cfg.doc.calendars.find((c) => c.id === id)!.spec.timeZone };
}

export async function generateReport(
  target: ReportTarget,
  customer: ReportCustomer,
  month: Month,
  now: number,
): Promise<{ readonly row: ReportRow; readonly created: boolean }> {
  const made = await reportOf(target.project.id, customer.id, month);
  if (made) return { row: made, created: false };
  const cfg = latest(await loadConfigs());
  const { cal, zone } = customerCalendar(cfg, customer.calendar);
  const { from, to } = monthBounds(zone, month);
  if (now < to) throw new MonthNotOver(`${month} is not over yet on ${customer.name}'s calendar.`);
  const dueOn = nthWorkingDay(cal, zone, nextMonth(month), SUBMIT_BY_WORKING_DAY);
  const reviewDueOn = nthWorkingDay(cal, zone, nextMonth(month), REVIEW_BY_WORKING_DAY);
  const figures = await customerFigures(target.project, customer, from, to);

  const names = (list: ReadonlyArray<{ id: string; name: LocalText }>) => {
    const m = new Map(list.map((x) => [x.id, x.name]));
    return (id: string) => m.get(id) ?? { en: id, zh: id };
  };
  const description = reportDoc({
    customer: customer.name,
    month,
    dueOn,
    reviewDueOn,
    figures,
    goalName: names(cfg.doc.sla.goals),
    tierName: names(cfg.doc.ola.tiers),
  });
  const issue = await createIssueOnce(
    new JiraClient({ as: 'app' }),
    relationMarker(`report-${target.project.id}-${customer.id}-${month}`),
    {
      project: { key: target.targetProject },
      issuetype: { name: target.issueType },
      summary: `Monthly service report 月度服务报告: ${customer.name} ${month}`.slice(0, 255),
      description,
      duedate: dueOn,
      labels: ['itr-service-report'],
      ...(target.recipient === null ? {} : { assignee: { accountId: target.recipient } }),
    },
  );
  const row = {
    customer_id: customer.id,
    month,
    issue_key: issue.key,
    due_on: dueOn,
    review_due_on: reviewDueOn,
    figures: JSON.stringify(figures),
    created_at: now,
  };
  const added = await addReport(target.project.id, row);
  return { row: { ...row, customer_name: customer.name }, created: added };
}
