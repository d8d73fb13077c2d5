// The daily job: for every project with reports on, every customer without a report for the month just
// ended (on its own calendar) gets one. Generation is idempotent, so a second run the same day, or the
// run after a crash, makes nothing twice.

import { monthAt, previousMonth } from '../../domain/reports/working-days';
import { enabledReportSettings, projectCustomers } from '../../platform/sql/reports';
import { latest, loadConfigs } from '../config';
import type { DailyJob } from '../daily';
import { customerCalendar, generateReport } from './generate';

export const reportsJob: DailyJob = {
  name: 'monthly service reports',
  async run(now) {
    const cfg = latest(await loadConfigs());
    let created = 0;
    const failed: string[] = [];
    for (const s of await enabledReportSettings()) {
      const target = {
        project: { id: s.project_id, key: s.project_key },
        targetProject: s.target_project,
        issueType: s.issue_type,
        recipient: s.recipient,
      };
      for (const customer of await projectCustomers(s.project_id)) {
        const month = previousMonth(monthAt(customerCalendar(cfg, customer.calendar).zone, now));
        try {
          if ((await generateReport(target, customer, month, now)).created) created++;
        } catch (e) {
          failed.push(`${s.project_key}/${customer.name} ${month}: ${e instanceof Error ? e.message : String(e)}`);
        }
      }
    }
    if (failed.length > 0) throw new Error(`${created} report(s) made; ${failed.length} failed: ${failed.join('; ')}`);
    return `${created} report(s) made`;
  },
};
