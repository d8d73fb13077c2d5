// The rules engine's customer facts from customer records: each matching rule, the record's tier and its
// grade uplift, a VIP user's uplift, and the reporter as the customer only when a contact.

import { evaluate } from '../../../src/domain/evaluate';
import { ACME, directory } from '../../support/customers';
import { at, Life, template } from '../../support/itr';

const cfg = template(); // tiers: strategic (+1 grade), standard (+0)
const sat = at('2026-03-07T22:00:00+08:00'); // outside every critical window: the base grade is P3
const GLOBEX = '5b2a9c1e-8d7f-4e6a-b3c2-1f0e9d8c7b6a';
const customers = directory(
  {
    id: ACME,
    name: 'Acme',
    tier: 'strategic',
    contacts: ['cio-acme'],
    organizations: ['7'],
    emailDomains: ['acme.example'],
    reporterGroups: ['acme-staff'],
    users: [{ accountId: 'acme-user', email: 'clerk@acme.example', tier: 'standard' }],
  },
  {
    id: GLOBEX,
    name: 'Globex',
    tier: 'standard',
    fieldValues: ['Globex Corporation'],
    users: [{ accountId: 'globex-vip', email: null, tier: 'vip' }],
  },
);

function facts(
  fields: ConstructorParameters<typeof Life>[0]['fields'],
  groups?: Record<string, string[]>,
  reporterEmail?: string,
) {
  const life = new Life({
    created: sat,
    fields: {
      components: ['Printer'],
      ...fields,
      custom: { Impact: 'Moderate / Limited', Urgency: 'Medium', ...fields?.custom },
    },
  });
  const issue = {
    ...life.issue(sat),
    customers,
    ...(groups ? { groups } : {}),
    ...(reporterEmail ? { reporterEmail } : {}),
  };
  const s = evaluate(issue, [], cfg, sat).state;
  return { customer: s.customer, grade: s.grade, requester: s.requester };
}

it.each([
  ['the customer field names it (its name)', { custom: { Customer: 'ACME' } }],
  ['the customer field names it (its id)', { custom: { Customer: ACME } }],
  ['the request is from its JSM organization', { custom: { Organizations: ['7'] } }],
  ['the reporter is one of its users', { reporter: 'acme-user' }],
])('%s: the record and its strategic tier (+1 grade)', (_why, fields) => {
  expect(facts(fields)).toEqual({ customer: ACME, grade: 'P2', requester: 'user' });
});

it("the reporter's email domain, where Jira shows the email, matches a customer's email domains", () => {
  expect(facts({ reporter: 'someone' }, undefined, 'Someone@ACME.example')).toMatchObject({
    customer: ACME,
    grade: 'P2',
  });
  expect(facts({ reporter: 'someone' }, undefined, 'someone@elsewhere.example')).toMatchObject({ customer: null });
});

it("the reporter's groups match a customer's reporter groups", () => {
  expect(facts({ reporter: 'someone' }, { someone: ['acme-staff'] })).toMatchObject({ customer: ACME, grade: 'P2' });
});

it('a matching field value picks its customer; a standard tier raises nothing; a VIP user is raised as the strictest tier', () => {
  expect(facts({ custom: { Customer: 'globex corporation' } })).toEqual({
    customer: GLOBEX,
    grade: 'P3',
    requester: 'user',
  });
  expect(facts({ reporter: 'globex-vip' })).toEqual({ customer: GLOBEX, grade: 'P2', requester: 'user' });
});

it('a contact of the customer reporting is the customer; an unknown field value stays raw and raises nothing', () => {
  expect(facts({ reporter: 'cio-acme', custom: { Customer: 'Acme' } })).toEqual({
    customer: ACME,
    grade: 'P2',
    requester: 'customer',
  });
  expect(facts({ custom: { Customer: 'Initech' } })).toEqual({ customer: 'Initech', grade: 'P3', requester: 'user' });
  expect(facts({ reporter: 'stranger' })).toEqual({ customer: null, grade: 'P3', requester: 'user' });
});
