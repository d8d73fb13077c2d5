// An incident's whole life through the real handlers and @forge/* packages, against the local host:
// create → classify and grade → first response → waiting for customer (paused) → threshold escalations
// and the L1 timeout on the sweep → resolution → responsibility → routing to R&D.

import { fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-02T10:00:00+08:00'); // a Monday, inside the ERP business peak
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0);
}, 180_000);
afterAll(async () => sb.stop());

test('create: classified, graded, clocks running, Jira priority set', async () => {
  const { site, host } = sb;
  const issue = site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: 'ERP 系统无法登录 / ERP login fails for the finance team',
      reporter: PEOPLE.reporter,
      components: ['ERP'],
      custom: { [fieldId(site, 'Customer')]: 'Acme', [fieldId(site, 'Impact')]: 'Significant / Large', [fieldId(site, 'Urgency')]: 'High', [fieldId(site, 'Support tier')]: 'L1' },
    },
    PEOPLE.reporter,
  );
  await host.settle();
  const p = itr(issue);
  expect(host.log.map((r) => [r.handler, r.outcome, r.error])).toEqual([['issueEvents', 'ok', undefined]]);
  expect(p).toMatchObject({ serviceType: 'softwareFault', grade: 'P1', tier: 'L1', slaState: 'running', customer: 'Acme' });
  expect(issue.priority).toBe('Highest');
});
