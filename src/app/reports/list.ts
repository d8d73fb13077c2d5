// The reports made for a project, a page at a time, and "generate now" for one customer and month.

import type { GenerateOutcome, ReportListInput, ServiceReport } from '../../contract/records/report';
import type { ListPage } from '../../contract/project';
import { projectCustomers, reportPage, type ReportRow } from '../../platform/sql/reports';
import type { ProjectCall } from '../records/kind';
import { parseFigures } from './figures-json';
import { generateReport } from './generate';
import { settingsView } from './settings';

const toReport = (r: ReportRow): ServiceReport => ({
  id: `${r.customer_id}/${r.month}`,
  customerId: r.customer_id,
  customerName: r.customer_name,
  month: r.month,
  issueKey: r.issue_key,
  dueOn: r.due_on,
  reviewDueOn: r.review_due_on,
  createdAt: r.created_at,
  figures: parseFigures(r.figures),
});

export async function listReports(call: ProjectCall, q: ReportListInput): Promise<ListPage<ServiceReport>> {
  const page = await reportPage(call.project.id, {
    search: q.search,
    sort: q.sort ?? { by: 'month', dir: 'desc' },
    limit: q.pageSize,
    offset: q.page * q.pageSize,
  });
  return { items: page.rows.map(toReport), total: page.total, page: q.page, pageSize: q.pageSize };
}

/** The customer's report for the month, made now with the project's settings (saved or default) unless
 * it exists; null when the project has no such customer. */
export async function generateNow(
  call: ProjectCall,
  customerId: string,
  month: string,
): Promise<GenerateOutcome | null> {
  const customer = (await projectCustomers(call.project.id)).find((c) => c.id === customerId);
  if (!customer) return null;
  const { settings } = await settingsView(call);
  const r = await generateReport(
    {
      project: call.project,
      targetProject: settings.targetProject,
      issueType: settings.issueType,
      recipient: settings.recipient,
    },
    customer,
    month,
    call.now,
  );
  return { report: toReport(r.row), created: r.created };
}
