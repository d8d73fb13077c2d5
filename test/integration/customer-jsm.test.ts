// Customers imported from the service desk's JSM organizations, through the emulator's JSM routes (JSM's
// paging, 404 outside a service desk, 403 for non-agents): a second run keeps them in step.

import type { JsmImportResult } from '../../src/contract/records/customer-import';
import { addOrganization, organization } from '../../sandbox/jira/jsm-organizations';
import { projectCall, projectData, query, tableChecksums } from '../support/project';
import { PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

let sb: Sandbox;
let acme: string;
let globex: string;

beforeAll(async () => {
  sb = await startSandbox(Date.parse('2026-03-04T09:30:00+08:00'), { scope: null });
  // 60 customers in one organization: more than one JSM page (50).
  for (let i = 0; i < 60; i++)
    sb.site.users.set(`c-${i}`, {
      accountId: `c-${i}`,
      accountType: 'customer',
      displayName: `Customer ${i}`,
      emailAddress: `c${i}@acme.example`,
      groups: [],
      browse: ['SUP'],
      edit: [],
    });
  acme = addOrganization(
    sb.site,
    'Acme',
    [PEOPLE.reporter, ...Array.from({ length: 60 }, (_, i) => `c-${i}`)],
    ['SUP'],
  );
  globex = addOrganization(sb.site, 'Globex', ['c-1'], ['SUP']);
  addOrganization(sb.site, 'Elsewhere Ltd', ['c-2'], ['PRB']);
}, 180_000);
afterAll(async () => sb.stop());

const customers = () =>
  query<{ id: string; name: string; jsm_org_id: string; source: string; tier: string | null; matching: string }>(
    sb,
    'SELECT id, name, jsm_org_id, source, tier, matching FROM itr_customer ORDER BY name',
  );
const usersOf = (customerId: string) =>
  query<{ id: string; account_id: string; tier: string; email: string | null }>(
    sb,
    'SELECT id, account_id, tier, email FROM itr_customer_user WHERE customer_id = ? ORDER BY account_id',
    [customerId],
  );

test('organizations become customers with their users; a re-run keeps them in step and keeps manual edits', async () => {
  expect(await projectData<JsmImportResult>(sb, 'customer.importJsm', {})).toEqual({
    organizations: 2,
    customersCreated: 2,
    customersUpdated: 0,
    usersCreated: 62,
    usersUpdated: 0,
    usersRemoved: 0,
  });
  const [a, g] = await customers();
  expect(a).toMatchObject({ name: 'Acme', jsm_org_id: acme, source: 'jsm' });
  expect(JSON.parse(a!.matching)).toMatchObject({ organizations: [acme, 'Acme'] });
  expect(g).toMatchObject({ name: 'Globex', jsm_org_id: globex });
  expect(await usersOf(a!.id)).toHaveLength(61);
  expect((await usersOf(a!.id)).find((u) => u.account_id === 'c-7')).toMatchObject({ email: 'c7@acme.example' });

  // By hand: Acme's tier, a VIP user, and a user JSM does not know.
  await query(sb, "UPDATE itr_customer SET tier = 'strategic' WHERE id = ?", [a!.id]);
  await query(sb, "UPDATE itr_customer_user SET tier = 'vip' WHERE customer_id = ? AND account_id = 'c-3'", [a!.id]);
  await projectData(sb, 'customerUser.save', {
    record: {
      id: '7d1d3c52-0b0e-4b53-9d0b-2b6c9b7f2a10',
      customerId: a!.id,
      name: 'Hand made',
      email: null,
      accountId: null,
      tier: 'standard',
    },
  });
  // In JSM: Acme renamed, c-4 leaves it, c-99 joins.
  sb.site.users.set('c-99', {
    accountId: 'c-99',
    accountType: 'customer',
    displayName: 'Newcomer',
    groups: [],
    browse: ['SUP'],
    edit: [],
  });
  const org = organization(sb.site, acme);
  org.name = 'Acme Group';
  org.members = [...org.members.filter((m) => m !== 'c-4'), 'c-99'];

  expect(await projectData<JsmImportResult>(sb, 'customer.importJsm', {})).toEqual({
    organizations: 2,
    customersCreated: 0,
    customersUpdated: 2,
    usersCreated: 1,
    usersUpdated: 61,
    usersRemoved: 1,
  });
  const after = await customers();
  expect(JSON.parse(after[0]!.matching)).toMatchObject({ organizations: [acme, 'Acme Group'] });
  expect(after.map((c) => [c.id, c.name, c.tier])).toEqual([
    [a!.id, 'Acme Group', 'strategic'],
    [g!.id, 'Globex', null],
  ]);
  const acmeUsers = await usersOf(a!.id);
  expect(acmeUsers).toHaveLength(62); // 61 - c-4 + c-99 + the hand-made one
  expect(acmeUsers.map((u) => u.account_id)).not.toContain('c-4');
  expect(acmeUsers.find((u) => u.account_id === 'c-3')!.tier).toBe('vip');
  expect(acmeUsers.filter((u) => !u.account_id)).toHaveLength(1);

  // A third run changes nothing but the stamps.
  await projectData(sb, 'customer.importJsm', {});
  expect((await usersOf(a!.id)).map((u) => u.id)).toEqual(acmeUsers.map((u) => u.id));
});

test('outside a service desk, or for a caller who is not its agent, nothing is read or written', async () => {
  const before = await tableChecksums(sb);
  expect(await projectCall(sb, 'customer.importJsm', {}, PEOPLE.admin, 'PRB')).toMatchObject({
    ok: false,
    error: { code: 'notFound', message: 'PRB is not a Jira Service Management service desk.' },
  });
  expect(await projectCall(sb, 'customer.importJsm', {}, PEOPLE.agent)).toMatchObject({
    ok: false,
    error: { code: 'forbidden' },
  });
  expect(await tableChecksums(sb)).toEqual(before);
});
