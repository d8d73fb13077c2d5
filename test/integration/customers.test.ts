// Customers, their users and contracts through the project page's resolver on MariaDB: saves once however
// often sent, refusals at their paths with nothing written, a customer kept while it has users or
// contracts, and the renewal reminder raised once, on the right day, in step after a crash.

import { randomUUID } from 'node:crypto';
import type { ListPage } from '../../src/contract/project';
import type { Contract } from '../../src/contract/records/contract';
import type { Customer } from '../../src/contract/records/customer';
import type { CustomerUser } from '../../src/contract/records/customer-user';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const DAY = 86_400_000;
const T0 = Date.parse('2026-03-04T09:30:00+08:00');
let sb: Sandbox;

beforeAll(async () => {
  sb = await startSandbox(T0, { scope: null });
}, 180_000);
afterAll(async () => sb.stop());

const customer = (over: Partial<Customer> = {}): Customer => ({
  id: randomUUID(),
  name: `Acme ${randomUUID().slice(0, 6)}`,
  tier: 'strategic',
  policy: 'p2',
  calendar: null,
  termStart: '2026-01-01',
  termEnd: '2026-12-31',
  valueCents: 12_000_000,
  currency: 'CNY',
  accountManager: PEOPLE.manager,
  matching: { organizations: [], emailDomains: ['acme.example'], fieldValues: ['Acme'], reporterGroups: [] },
  contacts: [PEOPLE.admin],
  ...over,
});
const user = (customerId: string, over: Partial<CustomerUser> = {}): CustomerUser => ({
  id: randomUUID(),
  customerId,
  name: '王芳',
  email: 'Wang.Fang@Acme.example',
  accountId: PEOPLE.reporter,
  tier: 'vip',
  ...over,
});
const contract = (customerId: string, over: Partial<Contract> = {}): Contract => ({
  id: randomUUID(),
  customerId,
  title: 'Managed desktop 2026',
  policy: 'p2',
  starts: '2026-01-01',
  ends: '2026-03-31',
  valueCents: 5_000_000,
  remindDays: 30,
  ...over,
});

test("a customer's users are saved once, listed by customer, edited and removed; bad input is refused at its path", async () => {
  const c = customer();
  await projectData(sb, 'customer.save', { record: c });
  const u = user(c.id);
  await projectData(sb, 'customerUser.save', { record: u });
  await projectData(sb, 'customerUser.save', { record: u });
  const other = customer();
  await projectData(sb, 'customer.save', { record: other });
  await projectData(sb, 'customerUser.save', { record: user(other.id, { name: 'Li Lei', accountId: null }) });
  const mine = await projectData<ListPage<CustomerUser>>(sb, 'customerUser.list', { filter: { customerId: c.id } });
  expect(mine.total).toBe(1);
  expect(mine.items[0]).toMatchObject({ ...u, email: 'wang.fang@acme.example' });
  await projectData(sb, 'customerUser.save', { record: { ...u, tier: 'standard' } });
  expect(
    (await projectData<ListPage<CustomerUser>>(sb, 'customerUser.list', { filter: { customerId: c.id } })).items[0]!
      .tier,
  ).toBe('standard');

  const before = await tableChecksums(sb);
  expect(await projectCall(sb, 'customerUser.save', { record: user(randomUUID()) })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.customerId', message: 'SUP has no such customer.' },
  });
  expect(await projectCall(sb, 'customerUser.save', { record: { ...u, email: 'not-an-email' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.email' },
  });
  expect(await projectCall(sb, 'customerUser.save', { record: { ...u, tier: 'gold' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.tier', message: "A user's tier is vip or standard." },
  });
  expect(await tableChecksums(sb)).toEqual(before);
  await projectData(sb, 'customerUser.remove', { id: u.id });
  expect(
    (await projectData<ListPage<CustomerUser>>(sb, 'customerUser.list', { filter: { customerId: c.id } })).total,
  ).toBe(0);
});

test('a contract names a customer of the project and a policy of the configuration in force, and ends after it starts', async () => {
  const c = customer();
  await projectData(sb, 'customer.save', { record: c });
  const k = contract(c.id);
  await projectData(sb, 'contract.save', { record: k });
  await projectData(sb, 'contract.save', { record: k });
  const page = await projectData<ListPage<Contract & { remindedAt: number | null }>>(sb, 'contract.list', {
    filter: { customerId: c.id },
  });
  expect(page.items).toEqual([expect.objectContaining({ ...k, remindedAt: null, updatedBy: PEOPLE.manager })]);

  const before = await tableChecksums(sb);
  const platinum = await projectCall(sb, 'contract.save', { record: { ...k, policy: 'platinum' } });
  expect(platinum).toMatchObject({ ok: false, error: { code: 'invalid', path: 'record.policy' } });
  expect(!platinum.ok && platinum.error.message).toMatch(/no SLA policy 'platinum'/);
  expect(await projectCall(sb, 'contract.save', { record: { ...k, ends: '2025-12-31' } })).toMatchObject({
    ok: false,
    error: { code: 'invalid', path: 'record.ends', message: 'The contract ends before it starts.' },
  });
  expect(await projectCall(sb, 'contract.save', { record: { ...k, remindDays: 400 } })).toMatchObject({
    ok: false,
    error: { path: 'record.remindDays' },
  });
  expect(await projectCall(sb, 'contract.save', { record: contract(randomUUID()) })).toMatchObject({
    ok: false,
    error: { path: 'record.customerId' },
  });
  expect(await projectCall(sb, 'contract.save', { record: k }, PEOPLE.agent)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});

test('a customer with users or contracts is not removed (the refusal says what is left); without them it is', async () => {
  const c = customer();
  await projectData(sb, 'customer.save', { record: c });
  const u = user(c.id);
  const k = contract(c.id);
  await projectData(sb, 'customerUser.save', { record: u });
  await projectData(sb, 'contract.save', { record: k });
  const before = await tableChecksums(sb);
  expect(await projectCall(sb, 'customer.remove', { id: c.id })).toEqual({
    ok: false,
    error: {
      code: 'conflict',
      path: 'id',
      message: 'This customer still has 1 user(s) and 1 contract(s): remove or move them first.',
    },
  });
  expect(await tableChecksums(sb)).toEqual(before);
  await projectData(sb, 'customerUser.remove', { id: u.id });
  await projectData(sb, 'contract.remove', { id: k.id });
  await projectData(sb, 'customer.remove', { id: c.id });
  expect(await query(sb, 'SELECT id FROM itr_customer WHERE id = ?', [c.id])).toEqual([]);
});

describe('the renewal reminder', () => {
  const reminders = () =>
    [...sb.site.issues.values()].filter((i) => i.summary.startsWith('Renew contract “Renewal test'));

  test('is raised once, remindDays before the contract ends, and again neither the next day nor after a crash', async () => {
    const c = customer({ name: 'Globex 续约' });
    await projectData(sb, 'customer.save', { record: c });
    // Ends 2026-04-10; reminded 10 days before: on 2026-03-31 (Beijing), not on 2026-03-30.
    const k = contract(c.id, { title: 'Renewal test', ends: '2026-04-10', remindDays: 10 });
    await projectData(sb, 'contract.save', { record: k });

    sb.host.jumpTo(Date.parse('2026-03-30T09:00:00+08:00'));
    await sb.host.runSchedule('itr-daily');
    expect(reminders()).toHaveLength(0);

    sb.host.jumpTo(Date.parse('2026-03-31T08:00:00+08:00'));
    const first = await sb.host.runSchedule('itr-daily');
    expect(first.outcome).toBe('ok');
    const [issue] = reminders();
    expect(reminders()).toHaveLength(1);
    expect(issue).toMatchObject({
      project: 'SUP',
      issuetype: 'Task',
      assignee: PEOPLE.manager,
      duedate: '2026-04-10',
      summary:
        'Renew contract “Renewal test” (Globex 续约) by 2026-04-10 / 续签合同“Renewal test”(Globex 续约),2026-04-10 到期',
    });
    expect(JSON.stringify(issue!.description)).toContain('与 Globex 续约 的合同');
    const [row] = await query<{ reminded_at: string | number }>(
      sb,
      'SELECT reminded_at FROM itr_contract WHERE id = ?',
      [k.id],
    );
    expect(Number(row!.reminded_at)).toBe(Date.parse('2026-03-31T08:00:00+08:00'));

    sb.host.jumpTo(Date.parse('2026-04-01T08:00:00+08:00'));
    await sb.host.runSchedule('itr-daily');
    expect(reminders()).toHaveLength(1);

    // A run that died after Jira created the issue, before the contract recorded it: found by its marker.
    await query(sb, 'UPDATE itr_contract SET reminded_at = NULL WHERE id = ?', [k.id]);
    sb.host.jumpTo(Date.parse('2026-04-02T08:00:00+08:00') + DAY / 2);
    await sb.host.runSchedule('itr-daily');
    expect(reminders()).toHaveLength(1);
    const [again] = await query<{ reminded_at: number | null }>(
      sb,
      'SELECT reminded_at FROM itr_contract WHERE id = ?',
      [k.id],
    );
    expect(again!.reminded_at).not.toBeNull();

    // Renewed for a year: the new term is reminded in its own window, once.
    await projectData(sb, 'contract.save', { record: { ...k, ends: '2027-04-10' } });
    sb.host.jumpTo(Date.parse('2027-03-31T08:00:00+08:00'));
    await sb.host.runSchedule('itr-daily');
    expect(reminders().map((i) => i.duedate)).toEqual(['2026-04-10', '2027-04-10']);
  });
});
