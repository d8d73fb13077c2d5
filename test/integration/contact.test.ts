// The communication log through the project page's resolver on MariaDB: contacts with a customer, a
// supplier or a third party (the party must exist in its own table), refusals at their paths with nothing
// written, and the daily job that reminds follow-up owners once per follow-up.

import { randomUUID } from 'node:crypto';
import type { ListPage } from '../../src/contract/project';
import type { Contact, ContactItem } from '../../src/contract/records/contact';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-09T09:30:00+08:00'); // a Monday in Beijing
let sb: Sandbox;
const customerId = randomUUID();
const supplierId = randomUUID();

beforeAll(async () => {
  sb = await startSandbox(T0);
  await projectData(sb, 'project.access', {});
  const p = sb.site.projects.get('SUP')!.id;
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [p, customerId],
  );
  await query(
    sb,
    "INSERT INTO itr_supplier (project_id, id, name, subcontracting, updated_at, updated_by) VALUES (?, ?, 'PrintCo', '{}', 0, 'test')",
    [p, supplierId],
  );
}, 180_000);
afterAll(async () => sb.stop());

const contact = (over: Partial<Contact> = {}): Contact => ({
  id: randomUUID(),
  partyKind: 'customer',
  partyId: customerId,
  kind: 'review',
  at: Date.parse('2026-03-02T14:00:00+08:00'),
  people: ['王芳 (Acme)', PEOPLE.manager],
  summary: '月度服务回顾 / monthly service review: printer incidents down, ERP slow on month end',
  followUps: [],
  ...over,
});
const list = (q: object = {}) => projectData<ListPage<ContactItem>>(sb, 'contact.list', q);

test('a contact is saved once however often the save is sent, listed by party, edited and deleted', async () => {
  const c = contact();
  const s = contact({
    partyKind: 'supplier',
    partyId: supplierId,
    kind: 'daily',
    at: Date.parse('2026-03-05T10:00:00+08:00'),
    summary: 'Toner delivery late',
  });
  for (const x of [c, c, s]) await projectData(sb, 'contact.save', { record: x });
  expect((await list()).total).toBe(2);
  expect((await list({ filter: { partyKind: 'supplier', partyId: supplierId } })).items).toEqual([
    expect.objectContaining({ ...s, updatedBy: PEOPLE.manager }),
  ]);
  expect((await list({ search: 'TONER' })).items.map((x) => x.id)).toEqual([s.id]);
  expect((await list({ sort: { by: 'at', dir: 'desc' } })).items.map((x) => x.id)).toEqual([s.id, c.id]);
  await projectData(sb, 'contact.save', { record: { ...c, summary: 'edited' } });
  expect((await list({ filter: { partyKind: 'customer' } })).items[0]!.summary).toBe('edited');
  for (const x of [c, s]) await projectData(sb, 'contact.remove', { id: x.id });
  expect((await list()).total).toBe(0);
});

test('a party the project lacks, an unknown owner or a bad follow-up is refused at its path; nothing is written', async () => {
  const before = await tableChecksums(sb);
  const follow = { what: 'Send the ERP capacity plan', owner: PEOPLE.manager, due: '2026-03-13', done: false };
  const cases: Array<[Partial<Contact>, string, string]> = [
    [{ partyKind: 'thirdParty', partyId: customerId }, 'record.partyId', 'SUP has no such third party.'],
    [{ partyKind: 'supplier' }, 'record.partyId', 'SUP has no such supplier.'],
    [{ followUps: [follow, { ...follow, owner: 'ghost' }] }, 'record.followUps.1.owner', 'Jira has no user ghost.'],
    [{ followUps: [{ ...follow, due: '2026-02-30' }] }, 'record.followUps.0.due', 'There is no such date.'],
    [{ people: [] }, 'record.people', 'Name who took part.'],
  ];
  for (const [over, path, message] of cases)
    expect(await projectCall(sb, 'contact.save', { record: contact(over) })).toMatchObject({
      ok: false,
      error: { code: 'invalid', path, message },
    });
  expect(await projectCall(sb, 'contact.save', { record: contact() }, PEOPLE.viewer)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('the daily job reminds each owner of a follow-up due today or overdue, once', async () => {
  const c = contact({
    followUps: [
      { what: 'Send the ERP capacity plan', owner: PEOPLE.manager, due: '2026-03-05', done: false },
      { what: 'Book the printer vendor visit', owner: PEOPLE.agent, due: '2026-03-09', done: false },
      { what: 'Next review agenda', owner: PEOPLE.agent, due: '2026-03-10', done: false },
      { what: 'Already done', owner: PEOPLE.agent, due: '2026-03-01', done: true },
    ],
  });
  await projectData(sb, 'contact.save', { record: c });
  expect((await list()).items[0]).toMatchObject({
    partyName: 'Acme',
    ownerNames: { [PEOPLE.agent]: 'Li Lei (L1)' },
    overdue: [0],
  });
  const reminders = () => [...sb.site.issues.values()].filter((i) => i.summary.includes('Follow-up due'));
  /** This job's line of the daily run's report (other jobs run beside it). */
  const daily = async () => {
    const r = (await sb.host.runSchedule('itr-daily')).result as { jobs: Array<{ name: string }> };
    return r.jobs.find((j) => j.name === 'follow-up reminders');
  };

  expect(await daily()).toEqual({
    name: 'follow-up reminders',
    outcome: '2 reminder(s) created, 0 already made',
    failed: false,
  });
  expect(reminders().map((i) => [i.project, i.issuetype, i.assignee, i.duedate])).toEqual([
    ['SUP', 'Task', PEOPLE.manager, '2026-03-05'],
    ['SUP', 'Task', PEOPLE.agent, '2026-03-09'],
  ]);

  await sb.host.advance(60_000); // Jira's search index has caught up with the markers
  expect(await daily()).toMatchObject({ outcome: '0 reminder(s) created, 2 already made' });

  // The next morning the third falls due; the first two are not made again.
  sb.host.jumpTo(Date.parse('2026-03-10T08:00:00+08:00'));
  expect(await daily()).toMatchObject({ outcome: '1 reminder(s) created, 2 already made' });
  expect(reminders()).toHaveLength(3);
});
