// Value-added services through the project page's resolver on MariaDB: the four principles, the customer
// it names, paging/search/sort, who may change them, and nothing half-written on a refusal.

import { randomUUID } from 'node:crypto';
import { startSandbox, PEOPLE, type Sandbox } from '../support/sandbox';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import type { ListPage } from '../../src/contract/project';
import type { ValueAdded } from '../../src/contract/records/value-added';

const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;
let customerId: string;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
  await projectData(sb, 'project.access', {}); // the schema is ready once any function ran
  customerId = randomUUID();
  const p = sb.site.projects.get('SUP')!;
  await query(
    sb,
    "INSERT INTO itr_customer (project_id, id, name, matching, contacts, source, updated_at, updated_by) VALUES (?, ?, 'Acme', '{}', '[]', 'manual', 0, 'test')",
    [p.id, customerId],
  );
}, 180_000);
afterAll(async () => sb.stop());

const record = (over: Partial<ValueAdded> = {}): ValueAdded => ({
  id: randomUUID(),
  customerId,
  title: 'Quarterly PC health check for VIP users',
  deliveredOn: '2026-03-02',
  costCents: 120_050,
  checks: {
    agreedServiceUnaffected: { holds: true, note: 'Done on Saturdays' },
    fitsNeed: { holds: true, note: 'VIPs asked for it at the review' },
    costAcceptable: { holds: true, note: 'Two engineer-days' },
    canExtend: { holds: true, note: 'We run the same check for our own fleet' },
  },
  ...over,
});

test('a value-added service is saved once however often the save is sent, listed, edited and deleted', async () => {
  const v = record();
  await projectData(sb, 'valueAdded.save', { record: v });
  await projectData(sb, 'valueAdded.save', { record: v });
  const page = await projectData<ListPage<ValueAdded & { updatedBy: string }>>(sb, 'valueAdded.list', {});
  expect(page.total).toBe(1);
  expect(page.items[0]).toMatchObject({ ...v, updatedBy: PEOPLE.manager });
  await projectData(sb, 'valueAdded.save', { record: { ...v, costCents: 99 } });
  expect((await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', {})).items[0]!.costCents).toBe(99);
  await projectData(sb, 'valueAdded.remove', { id: v.id });
  expect((await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', {})).total).toBe(0);
  expect(await projectCall(sb, 'valueAdded.remove', { id: v.id })).toMatchObject({
    ok: false,
    error: { code: 'notFound', path: 'id' },
  });
});

test('a principle that does not hold, or a customer the project does not have, is refused at its path; nothing is written', async () => {
  const before = await tableChecksums(sb);
  const failing = record({
    checks: { ...record().checks, fitsNeed: { holds: false, note: 'Nobody asked' } },
  });
  const refused = await projectCall(sb, 'valueAdded.save', { record: failing });
  expect(refused).toMatchObject({ ok: false, error: { code: 'invalid', path: 'record.checks.fitsNeed.holds' } });
  expect(!refused.ok && refused.error.message).toMatch(/fit a need/);
  expect(await projectCall(sb, 'valueAdded.save', { record: record({ customerId: randomUUID() }) })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.customerId', message: 'SUP has no such customer.' },
  });
  expect(await projectCall(sb, 'valueAdded.save', { record: record({ deliveredOn: '2026-02-30' }) })).toMatchObject({
    ok: false,
    error: { path: 'record.deliveredOn', message: 'There is no such date.' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('the list pages, searches (case-insensitively, % taken literally) and sorts', async () => {
  const titles = ['Alpha audit', 'beta backup drill', 'Gamma 100% uptime review', 'delta training'];
  for (const [i, title] of titles.entries())
    await projectData(sb, 'valueAdded.save', { record: record({ title, costCents: (i + 1) * 100 }) });
  const byCost = await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', {
    sort: { by: 'cost', dir: 'desc' },
    pageSize: 3,
  });
  expect(byCost.items.map((x) => x.title)).toEqual(['delta training', 'Gamma 100% uptime review', 'beta backup drill']);
  expect(byCost.total).toBe(4);
  const second = await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', {
    sort: { by: 'cost', dir: 'desc' },
    pageSize: 3,
    page: 1,
  });
  expect(second.items.map((x) => x.title)).toEqual(['Alpha audit']);
  expect((await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', { search: 'BETA' })).items).toHaveLength(1);
  expect((await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', { search: '100%' })).total).toBe(1);
  expect((await projectData<ListPage<ValueAdded>>(sb, 'valueAdded.list', { search: '%' })).total).toBe(1);
});

test('browsing the project lets a person read; only its administrators change; others read nothing', async () => {
  expect(await projectCall(sb, 'valueAdded.list', {}, PEOPLE.viewer)).toMatchObject({ ok: true });
  expect(await projectCall(sb, 'project.access', {}, PEOPLE.viewer)).toMatchObject({
    ok: true,
    data: { canChange: false },
  });
  expect(await projectCall(sb, 'valueAdded.save', { record: record() }, PEOPLE.agent)).toMatchObject({
    ok: false,
    error: { code: 'forbidden', message: 'Only administrators of SUP can change its records.' },
  });
  expect(await projectCall(sb, 'valueAdded.list', {}, PEOPLE.reporter, 'RD')).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await projectCall(sb, 'project.access', {}, PEOPLE.admin)).toMatchObject({
    ok: true,
    data: { canChange: true },
  });
});
