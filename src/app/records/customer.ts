// Customers as a record kind. Their tier, policy and calendar name the configuration in force.

import { z } from 'zod';
import { customerMatching, customerPayload, type Customer } from '../../contract/records/customer-payloads';
import type { ConfigDoc } from '../../domain/config/schema';
import { customerDependents } from '../../platform/sql/customers';
import { latest, loadConfigs } from '../config';
import { forgetDirectory } from '../customers/directory';
import type { ProjectCall, RecordKind, Refusal } from './kind';

const row = z.object({
  id: z.string(),
  name: z.string(),
  tier: z.string().nullable(),
  policy: z.string().nullable(),
  calendar: z.string().nullable(),
  term_start: z.string().nullable(),
  term_end: z.string().nullable(),
  value_cents: z.coerce.number().nullable(),
  currency: z.string().nullable(),
  account_manager: z.string().nullable(),
  matching: z.string(),
  contacts: z.string(),
  updated_at: z.coerce.number(),
  updated_by: z.string(),
});
export type CustomerRow = z.infer<typeof row>;

export const customerFromRow = (r: CustomerRow) => ({
  id: r.id,
  name: r.name,
  tier: r.tier,
  policy: r.policy,
  calendar: r.calendar,
  termStart: r.term_start,
  termEnd: r.term_end,
  valueCents: r.value_cents,
  currency: r.currency,
  accountManager: r.account_manager,
  matching: customerMatching.parse(JSON.parse(r.matching)),
  contacts: z.array(z.string()).parse(JSON.parse(r.contacts)),
  updatedAt: r.updated_at,
  updatedBy: r.updated_by,
});

/** The tier, policy and calendar must be ones the configuration in force defines. */
export function configRefusals(c: Customer, doc: ConfigDoc): Refusal[] {
  const out: Refusal[] = [];
  const known = (value: string | null, ids: readonly string[], path: string, what: string) => {
    if (value !== null && !ids.includes(value))
      out.push({
        path,
        message: `The configuration in force has no ${what} '${value}' (it has ${ids.join(', ') || 'none'}).`,
      });
  };
  known(
    c.tier,
    doc.customers.tiers.map((t) => t.id),
    'tier',
    'customer tier',
  );
  known(
    c.policy,
    doc.sla.policies.map((p) => p.id),
    'policy',
    'SLA policy',
  );
  known(
    c.calendar,
    doc.calendars.map((k) => k.id),
    'calendar',
    'calendar',
  );
  return out;
}

/** A customer is removed only once it has no users or contracts: removing them with it would lose records
 * a person did not choose to delete (and reports that name them). */
async function removeRefusals(id: string, call: ProjectCall): Promise<Refusal[]> {
  const { users, contracts } = await customerDependents(call.project.id, id);
  if (users === 0 && contracts === 0) return [];
  const left = [users ? `${users} user(s)` : '', contracts ? `${contracts} contract(s)` : ''].filter(Boolean);
  return [{ path: 'id', message: `This customer still has ${left.join(' and ')}: remove or move them first.` }];
}

export const customerKind: RecordKind<Customer, CustomerRow, 'name' | 'tier' | 'termEnd' | 'updated', 'tier'> = {
  name: 'customer',
  table: 'itr_customer',
  payload: customerPayload,
  row,
  toColumns: (c) => ({
    name: c.name,
    tier: c.tier,
    policy: c.policy,
    calendar: c.calendar,
    term_start: c.termStart,
    term_end: c.termEnd,
    value_cents: c.valueCents,
    currency: c.currency,
    account_manager: c.accountManager,
    matching: JSON.stringify(c.matching),
    contacts: JSON.stringify(c.contacts),
    source: 'manual',
  }),
  fromRow: customerFromRow,
  search: ['name'],
  sort: { name: 'name', tier: 'tier', termEnd: 'term_end', updated: 'updated_at' },
  defaultSort: { by: 'name', dir: 'asc' },
  filters: { tier: 'tier' },
  check: async (c) => configRefusals(c, latest(await loadConfigs()).doc),
  removeCheck: removeRefusals,
  afterWrite: (call) => {
    forgetDirectory(call.project.id);
    return Promise.resolve();
  },
};
