// The issues the app files for the service manager (reminders, monthly reports) live in a project the app
// manages, yet are tasks, not service requests: they carry the relationship label, and however people
// work on them the app runs no clock on them (no `itr` property, no stored snapshot).

import { randomUUID } from 'node:crypto';
import { RELATION_LABEL } from '../../src/app/relations/create-once';
import { projectData, query } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0); // the template active for SUP
}, 180_000);
afterAll(async () => sb.stop());

test('a review reminder filed in SUP gets no SLA clock, even once an agent works on it', async () => {
  await projectData(sb, 'thirdParty.save', {
    record: {
      id: randomUUID(),
      name: 'Cloud Provider',
      kind: 'provider',
      agreement: {
        what: 'Incident timelines',
        why: 'Shared root-cause analysis',
        who: 'Their NOC lead',
        when: 'Within a day of a P1',
        where: 'The shared portal',
        how: 'Encrypted upload',
        authorisation: { grantedBy: 'CIO', scope: 'P1 incidents', until: null },
      },
      reviewDays: 30,
      nextReview: '2026-03-04',
    },
  });
  await sb.host.runSchedule('itr-daily');
  const reminder = [...sb.site.issues.values()].find((i) => i.summary.includes('Cloud Provider'))!;
  expect(reminder.labels).toContain(RELATION_LABEL);

  sb.site.update(reminder, { assignee: PEOPLE.agent, status: 'In Progress' }, PEOPLE.agent);
  await sb.host.settle();
  await sb.host.advance(2 * 3_600_000); // sweeps and the hourly reconciliation
  expect(reminder.properties.get('itr')).toBeUndefined();
  expect(await query(sb, 'SELECT issue_id FROM itr_issue WHERE issue_id = ?', [reminder.id])).toEqual([]);
});
