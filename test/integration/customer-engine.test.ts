// The rules engine reads customers from the project's records, end to end: an issue whose Customer field
// names a record gets the record's id in its `itr` property, the record's tier and its grade uplift; one
// reported by a VIP user is raised too; the reporter as one of the customer's contacts is the customer; the
// issue panel shows the customer's name. A change to the records is seen at the next evaluation.

import { randomUUID } from 'node:crypto';
import type { SetupCheck } from '../../src/contract/admin';
import type { PanelResult, PanelView } from '../../src/contract/panel';
import { ITR_TEMPLATE } from '../../src/domain/config';
import type { Customer } from '../../src/contract/records/customer';
import type { Issue } from '../../sandbox/jira/site';
import { projectData } from '../support/project';
import { fieldId, itr, PEOPLE, startSandbox, type Sandbox } from '../support/sandbox';

const T0 = Date.parse('2026-03-07T22:00:00+08:00'); // a Saturday night: no critical window raises the grade
let sb: Sandbox;
const ACME = randomUUID();
const GLOBEX = randomUUID();

const customer = (id: string, name: string, tier: string, contacts: string[]): Customer => ({
  id,
  name,
  tier,
  policy: null,
  calendar: null,
  termStart: null,
  termEnd: null,
  valueCents: null,
  currency: null,
  accountManager: null,
  matching: { organizations: [], emailDomains: [], fieldValues: [`${name} Corp`], reporterGroups: [] },
  contacts,
});

beforeAll(async () => {
  sb = await startSandbox(T0);
  await projectData(sb, 'customer.save', { record: customer(ACME, 'Acme', 'strategic', [PEOPLE.admin]) });
  await projectData(sb, 'customer.save', { record: customer(GLOBEX, 'Globex', 'standard', []) });
  await projectData(sb, 'customerUser.save', {
    record: {
      id: randomUUID(),
      customerId: GLOBEX,
      name: '王芳',
      email: null,
      accountId: PEOPLE.reporter,
      tier: 'vip',
    },
  });
}, 180_000);
afterAll(async () => sb.stop());

function incident(reporter: string, customer?: string): Issue {
  return sb.site.createIssue(
    {
      project: 'SUP',
      issuetype: 'Incident',
      summary: '打印机卡纸 / printer jams',
      reporter,
      components: ['Printer'],
      custom: {
        [fieldId(sb.site, 'Impact')]: 'Moderate / Limited',
        [fieldId(sb.site, 'Urgency')]: 'Medium',
        ...(customer ? { [fieldId(sb.site, 'Customer')]: customer } : {}),
      },
    },
    reporter,
  );
}

const facts = (i: Issue) => {
  const s = itr(i);
  return { customer: s['customer'], grade: s['grade'], requester: s['requester'] };
};

test('an issue naming a customer by a matching value gets its record id, its strategic uplift; a contact is the customer', async () => {
  const byContact = incident(PEOPLE.admin, 'Acme Corp');
  const byStranger = incident(PEOPLE.agent, 'acme corp');
  const unknown = incident(PEOPLE.agent, 'Initech');
  await sb.host.settle();
  expect(facts(byContact)).toEqual({ customer: ACME, grade: 'P2', requester: 'customer' });
  expect(facts(byStranger)).toEqual({ customer: ACME, grade: 'P2', requester: 'user' });
  expect(facts(unknown)).toEqual({ customer: 'Initech', grade: 'P3', requester: 'user' });

  const panel = await sb.host.resolve(
    'panelResolver',
    'itr-sla-panel',
    'panel.get',
    {},
    {
      accountId: PEOPLE.agent,
      issue: { id: String(byContact.id), key: byContact.key },
    },
  );
  expect((panel.result as PanelResult<PanelView> & { ok: true }).data.customerName).toBe('Acme');
});

test("a VIP user's issue without a Customer value is their customer's, raised as the strictest tier", async () => {
  const vip = incident(PEOPLE.reporter);
  await sb.host.settle();
  expect(facts(vip)).toEqual({ customer: GLOBEX, grade: 'P2', requester: 'user' });
});

test('a reporter whose profile shows their email is matched by its domain', async () => {
  const initech = randomUUID();
  await projectData(sb, 'customer.save', {
    record: {
      ...customer(initech, 'Initech', 'strategic', []),
      matching: { organizations: [], emailDomains: ['initech.example'], fieldValues: [], reporterGroups: [] },
    },
  });
  sb.site.users.set('u-initech', {
    accountId: 'u-initech',
    displayName: 'Peter Gibbons (Initech)',
    emailAddress: 'peter@initech.example',
    groups: [],
    browse: ['SUP'],
    edit: ['SUP'],
  });
  const issue = incident('u-initech');
  await sb.host.settle();
  expect(facts(issue)).toEqual({ customer: initech, grade: 'P2', requester: 'user' });
});

test('a saved change to the records is what the next evaluation reads', async () => {
  const issue = incident(PEOPLE.agent, 'Acme Corp');
  await sb.host.settle();
  expect(facts(issue).customer).toBe(ACME);
  const acme = customer(ACME, 'Acme', 'strategic', [PEOPLE.admin]);
  await projectData(sb, 'customer.save', { record: { ...acme, matching: { ...acme.matching, fieldValues: [] } } });
  sb.site.update(issue, { summary: '打印机又卡纸 / printer jams again' }, PEOPLE.agent);
  await sb.host.settle();
  expect(facts(issue)).toEqual({ customer: 'Acme Corp', grade: 'P3', requester: 'user' });
});

test("an SLA policy for a customer's contract names a customer record of a project in scope, or activation is blocked", async () => {
  const sup = sb.site.projects.get('SUP')!;
  const withContract = (customer: string) => {
    const c = structuredClone(ITR_TEMPLATE);
    c.scope = { projects: [sup.id] };
    c.sla.policies.unshift({ id: 'acme-gold', when: { customers: [customer] }, targets: { firstResponse: 10 } });
    return c;
  };
  const check = async (config: unknown) =>
    (
      (await sb.host.resolve('adminResolver', 'itr-admin', 'admin.checkSetup', { config }, { accountId: PEOPLE.admin }))
        .result as { data: SetupCheck }
    ).data.findings.filter((f) => f.code === 'customer-missing');
  expect(await check(withContract(ACME))).toEqual([]);
  const nobody = randomUUID();
  expect(await check(withContract(nobody))).toEqual([
    {
      path: 'sla.policies[0].when.customers[0]',
      severity: 'blocking',
      code: 'customer-missing',
      message: `No customer record ${nobody} in the projects in scope (SUP).`,
    },
  ]);
});
