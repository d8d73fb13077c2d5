// The demo's monthly service reports: reports on for SUP (created there as Tasks, assigned to the service
// manager), and last month's report made for every customer the project has, through "generate now" (the
// code the daily job runs), so the tab and the report issues show real figures from the generated year.

import type { ListPage } from '../../../src/contract/project';
import { REPORT } from '../../../src/contract/records/report';
import { monthAt, previousMonth } from '../../../src/domain/reports/working-days';
import { PEOPLE } from '../site-seed';
import type { SeedContext } from './seed';

export async function seedReports(c: SeedContext): Promise<void> {
  await c.call(REPORT.saveSettings, {
    settings: { enabled: true, targetProject: 'SUP', issueType: 'Task', recipient: PEOPLE.manager },
  });
  const month = previousMonth(monthAt('Asia/Shanghai', c.now));
  const customers = await c.call<ListPage<{ id: string }>>('customer.list', { pageSize: 1000 });
  for (const customer of customers.items) await c.call(REPORT.generate, { customerId: customer.id, month });
}
